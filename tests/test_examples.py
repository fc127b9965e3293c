"""Every documented example of every rule, run as a test (LanguageTool's idea).

A `bad:` example must produce exactly the marked spans (and the marked suggestion); a
`good:` example must produce nothing. Adding a rule never means writing code here.
"""

from __future__ import annotations

import pytest

from mtqa import registry
from mtqa.finding import FixAvailability
from mtqa.bilingual.filecheck import example_hits
from mtqa.rule import Example, Scope
from mtqa.testing import checker

CASES = [(r.id, ex) for r in registry.all_rules() for ex in r.examples]
FILE_RULES = {r.id: r for r in registry.all_rules() if r.meta.scope is Scope.FILE}
CORROBORATED = {r.id for r in registry.all_rules() if r.meta.needs_corroboration}


def _selection(rule_id: str) -> tuple[str, ...]:
    """The rule alone, or, for a rule whose findings stand only beside others that cost
    something (mtqa.scoring.corroborated), every rule (alone its findings never stand): its
    bad examples carry an error another rule finds, and a good one may read as its bad ones
    with nothing else wrong."""
    return () if rule_id in CORROBORATED else (rule_id,)


@pytest.mark.parametrize(("rule_id", "ex"), CASES, ids=[f"{i}|{e.label}" for i, e in CASES])
def test_example(rule_id: str, ex: Example) -> None:
    if rule_id in FILE_RULES:
        _test_file_example(FILE_RULES[rule_id], ex)
        return
    report = checker(_selection(rule_id), preview=True).check(ex.text, source=ex.source, reference=ex.reference)
    hits = [f for f in report.findings if f.rule_id == rule_id]
    if ex.kind == "good":
        assert hits == [], [(h.text, h.message) for h in hits]
        return
    assert [(h.span.start, h.span.end) for h in hits] == list(ex.spans), [(h.text, h.message) for h in hits]
    for hit, replacement in zip(hits, ex.replacements):
        if replacement is not None:
            assert replacement in hit.suggestions, (replacement, hit.suggestions)


def _test_file_example(rule, ex: Example) -> None:
    """A rule of a bilingual file's segments together: each line of the example a segment."""
    hits = example_hits(rule, ex.text, ex.source)
    if ex.kind == "good":
        assert hits == []
        return
    assert [(a, b) for a, b, _ in hits] == list(ex.spans)
    for (_, _, suggestions), replacement in zip(hits, ex.replacements):
        if replacement is not None:
            assert replacement in suggestions, (replacement, suggestions)


FIXABLE = {r.id for r in registry.all_rules() if r.meta.fix is not FixAvailability.NONE}
FIX_CASES = [(i, e) for i, e in CASES if e.kind == "bad" and i in FIXABLE]


@pytest.mark.parametrize(("rule_id", "ex"), FIX_CASES, ids=[f"{i}|{e.label}" for i, e in FIX_CASES])
def test_safe_fix_clears_finding_and_is_idempotent(rule_id: str, ex: Example) -> None:
    chk = checker(rule_id, preview=True)
    aux = {"source": ex.source, "reference": ex.reference}
    report = chk.check(ex.text, **aux)
    hits = [f for f in report.findings if f.rule_id == rule_id and f.fix_safe]
    if not hits:
        # Its fix is unsafe or display-only: the default --fix must leave the text alone.
        assert chk.fix(ex.text, **aux)[0] == ex.text
        return
    fixed, remaining = chk.fix(ex.text, **aux)
    assert not [f for f in remaining.findings if f.rule_id == rule_id and f.fix_safe], fixed
    assert chk.fix(fixed, **aux)[0] == fixed  # a second --fix changes nothing


@pytest.mark.parametrize("rule", registry.all_rules(), ids=lambda r: r.id)
def test_docstring_lines_keep_their_indentation(rule) -> None:
    """A line of a rule's docstring that starts in column 0 is an escape gone wrong: ``\\n`` written
    in a plain (not raw) docstring ends the example there, so the example's second paragraph
    is never checked. Examples write ``\\\\n`` for a paragraph break."""
    lines = rule.docstring.splitlines()[1:]
    assert all(not line or line[0].isspace() for line in lines), [line for line in lines if line and not line[0].isspace()]
