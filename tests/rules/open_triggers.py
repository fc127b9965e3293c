"""One check shared by the tests of rules that read only the paragraphs where their triggers
fired: on look-alike texts, with the scanning backend the test sets, the rule through the engine
must report what it reports when handed every paragraph (its triggers held open)."""

from __future__ import annotations

from typing import Iterable

from mtqa import Checker, registry
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.rule import RuleContext


class _Everywhere:
    """A scan result for which every paragraph fired (the rule with its triggers open)."""

    def fired_in(self, pars: list, rule_id: str) -> list:
        return list(pars)


def findings_with_triggers_open(rule_id: str, doc: Document) -> list[tuple[int, int, str]]:
    """The document rule `rule_id`'s findings (start, end, message) when every paragraph fired."""
    rule = registry.get(rule_id)
    data = {pid: PackSet().compiled(pid) for pid in rule.meta.packs}
    ctx = RuleContext(doc, rule.meta, dict(rule.meta.options), data, {"notes": []}, scan=_Everywhere())
    return [(*raw.par.span_to_doc(raw.start, raw.end), raw.message) for raw in rule.func(doc, ctx)]


def assert_triggers_hide_nothing(rule_id: str, texts: Iterable[str], *, ordered: bool = True) -> None:
    """Through the engine, `rule_id` finds on each text what it finds with its triggers open (in
    the same order when `ordered`)."""
    checker = Checker(select=[rule_id], preview=True, languagetool="off")
    for text in texts:
        doc = Document(text)
        found, ran, _skipped, _ = checker.findings(doc)
        assert ran == [rule_id]
        got = [(f.span.start, f.span.end, f.message) for f in found]
        expected = findings_with_triggers_open(rule_id, doc)
        if ordered:
            assert got == expected, text
        else:
            assert set(got) == set(expected), text
