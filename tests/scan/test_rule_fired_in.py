"""`RuleContext.fired_in`: the paragraphs a document-scope rule walks are those where one of its
triggers fired, so a paragraph it passes over holds no hit of any of them (the rule would find
nothing there). Checked on every rule's documented examples and the seed, with each backend."""

from __future__ import annotations

import pytest

from mtqa import Checker, registry
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.rule import RuleContext
from tests.scan.test_engine_triggers import BACKENDS

RULES = ("publications/translated-name", "institutions/spun-name")  # document-scope rules that walk `fired_in`


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("rule_id", RULES)
def test_the_paragraphs_passed_over_hold_no_hit(rule_id: str, backend: str, monkeypatch) -> None:
    from benchmarks.speed import SEED

    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    rule = registry.get(rule_id)
    examples = [e.text for r in registry.all_rules() for e in r.examples]
    doc = Document("\n\n".join([*examples, SEED.read_text(encoding="utf-8")]))
    checker = Checker(select=[rule_id], preview=True, languagetool="off")
    scan = checker.scanner.scan(doc.paragraphs)
    packs = PackSet()
    data = {pid: packs.compiled(pid) for pid in rule.meta.packs}
    ctx = RuleContext(doc, rule.meta, dict(rule.meta.options), data, {"notes": []}, scan=scan)
    walked = ctx.fired_in(doc.paragraphs)
    with_hits = [p for p in doc.paragraphs if ctx.hits(p)]
    assert walked == with_hits
    assert 0 < len(walked) < len(doc.paragraphs)  # some paragraphs hold a hit, most do not
