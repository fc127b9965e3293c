"""Document rules declared `only_where_fired`: the engine skips such a rule on a document where
none of its triggers fired, so its triggers must be a necessary condition of its findings. Run
on each document without the gate, the rule finds exactly what the engine lets it find, on
its own documented examples, look-alikes at the edges of its triggers and the seed, with each
scanner backend; and on a document without a trigger it is not called at all.
"""

from __future__ import annotations

import msgspec
import pytest

from mtqa import Checker, registry
from mtqa.document import Document
from mtqa.rule import Scope, rule
from mtqa.scan import Chars, available_backends
from tests.scan.test_engine_triggers import BACKENDS

GATED = sorted(r.id for r in registry.all_rules() if r.meta.only_where_fired)

# Look-alikes at the edges of the gated rules' triggers, a document each.
EDGES = (
    "The vote is at 9 AM and ends at 10:30 P.M.; the count starts at 11:00 pm and ends at 23:00.",
    "Doors open at 6 p.m., the show starts at 7:30 p.m. and ends at 10pm; buses leave at 11 PM.",
    "The meeting started at 2 P.M. and ended at 16:00, after 3 PM.",
    "Prices rose 3 Per Cent and 4 PERCENT, then 5 per cent and 2 percent, and 1 per\u00a0cent.",
    "Prices rose 3 per cent in May and 4 per cent in June, and wages rose 1 percent.",
    "The plan — approved in May — is late – and over budget — again.",
    "The plan — approved in May — is late - and over budget — again; pages 10–12.",
    "The plan \u2014 approved \u2013 is late \u2012 and \u2015 over budget \u2014 again.",
    "Premier François Legault spoke. M.\u00a0Legault said no; m. Legault and M Legault and MM. Legault did not.",
    "Cst. Ann Ray spoke first.\n\nLater Const. Bo Li and Gov. Gen. Mary Simon said more.",
    "The unit is led by LCOL Sarah Dunn; Maj.\u2014Gen. Peter Dawe and Lt\u2013Col. Ann Ray spoke, and Gen Z voters.",
    "Canada's envoy met in Ottawa; the federal Department of Homeland Security and the GRC said no.",
)


def _texts(rule_id: str) -> list[str]:
    from benchmarks.speed import SEED

    return [e.text for e in registry.get(rule_id).examples] + list(EDGES) + [SEED.read_text(encoding="utf-8")]


def _ungated(r, text: str, monkeypatch) -> set[tuple[int, int, str]]:
    """What the rule finds in `text` run on it whatever fired (its hits still read from the scan)."""
    with monkeypatch.context() as m:
        m.setattr(r, "meta", msgspec.structs.replace(r.meta, only_where_fired=False))
        checker = Checker(select=[r.id], preview=True, languagetool="off")
        found, ran, _skipped, _ = checker.findings(Document(text))
    assert ran == [r.id]
    return {(f.span.start, f.span.end, f.message) for f in found}


def test_some_rules_are_gated() -> None:
    assert {"consistency/clock-style", "consistency/percent-style", "consistency/dash-style",
            "names/french-honorific"} <= set(GATED)
    for rule_id in GATED:
        meta = registry.get(rule_id).meta
        assert meta.scope is Scope.DOCUMENT and meta.triggers and not meta.requires


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("rule_id", GATED)
def test_a_gate_never_hides_a_finding(rule_id: str, backend: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    r = registry.get(rule_id)
    checker = Checker(select=[rule_id], preview=True, languagetool="off")
    found_any = False
    for text in _texts(rule_id):
        doc = Document(text)
        found, ran, _skipped, _ = checker.findings(doc)
        assert ran == [rule_id]
        gated = {(f.span.start, f.span.end, f.message) for f in found}
        assert gated == _ungated(r, text, monkeypatch), text
        found_any = found_any or bool(gated)
    assert found_any, "the texts hold nothing the rule finds: the test would prove nothing"


def _not_called_without(rule_id: str, without: str, with_: str, monkeypatch) -> None:
    """The rule, alone in a Checker, is not called on `without` and is called (and finds) on `with_`."""
    r = registry.get(rule_id)
    calls: list[str] = []
    real = r.func

    def counted(doc, ctx):
        calls.append(doc.text)
        return real(doc, ctx)

    monkeypatch.setattr(r, "func", counted)
    checker = Checker(select=[rule_id], languagetool="off")
    assert not checker.findings(Document(without))[0] and calls == []
    assert checker.findings(Document(with_))[0] and calls == [with_]


def test_a_gated_rule_is_not_called_without_a_trigger(monkeypatch) -> None:
    _not_called_without("consistency/percent-style", "Prices rose 3 PER CENT in May, and the CENTRE closed.",
                        "Prices rose 3 per cent in May and 4 percent in June, and 5 per cent in July.", monkeypatch)


def test_only_where_fired_needs_a_document_rule_with_triggers() -> None:
    for scope, triggers in ((Scope.PARAGRAPH, [Chars("x", "x")]), (Scope.DOCUMENT, [])):
        with pytest.raises(ValueError, match="only_where_fired"):
            rule("test/gated", category="Style", severity="minor", scope=scope, triggers=triggers,
                 only_where_fired=True)
    with pytest.raises(ValueError, match="none of its triggers"):
        rule("test/gated", category="Style", severity="minor", scope=Scope.DOCUMENT, triggers=[Chars("x", "x")],
             only_where_fired="y")


def test_a_rule_gated_on_one_trigger_is_not_called_where_only_another_fired(monkeypatch) -> None:
    """institutions/foreign-institution reads the place signals too, but finds nothing unless an
    institution's word fired: a text of signals alone does not call it."""
    rule_id = "institutions/foreign-institution"
    assert registry.get(rule_id).meta.only_where_fired == "institution words"
    _not_called_without(rule_id, "Officials in Ottawa said the federal plan would go ahead, Canadians were told.",
                        "Canada is moving its troops. The Department of Homeland Security will not say how many.",
                        monkeypatch)
