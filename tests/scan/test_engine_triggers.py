"""The engine runs a rule that declares triggers only where they fire, and hands it its hits;
long documents are scanned a section at a time with the same result."""

from __future__ import annotations

import pytest

from mtqa import Checker
from mtqa.rule import DEFINED, rule
from mtqa.scan import Chars, Phrases, available_backends

BACKENDS = [pytest.param(b, marks=pytest.mark.skipif(b not in available_backends(),
                                                     reason="native scanner not built (needs cargo)"))
            for b in ("python", "native")]


@pytest.fixture
def probe_rule():
    seen: list[str] = []

    @rule("repetition/probe-trigger", category="Other/Test", severity="minor",
          triggers=(Phrases("word", ("ballast",)), Chars("mark", "§")))
    def probe(par, ctx):
        """Flags each hit (test only)."""
        seen.append(par.text)
        for h in ctx.hits(par):
            yield ctx.finding(par, h.start, h.end, f"{h.trigger}:{h.phrase}")

    try:
        yield seen
    finally:
        DEFINED.remove(probe.rule)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_triggered_rule_runs_only_where_its_triggers_fire(probe_rule, backend, monkeypatch) -> None:
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    report = Checker(select=["repetition/probe-trigger"]).check("Nothing here.\n\nThrow BALLAST § now.\n\nStill nothing.")
    assert probe_rule == ["Throw BALLAST § now."]
    assert [(f.text, f.message) for f in report.findings] == [("BALLAST", "word:ballast"), ("§", "mark:§")]


@pytest.mark.parametrize("backend", BACKENDS)
def test_sections_of_a_long_document_get_their_own_hits(probe_rule, backend, monkeypatch) -> None:
    import mtqa.engine

    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    monkeypatch.setattr(mtqa.engine, "SECTION_CHARS", 40)
    text = "\n\n".join(f"Paragraph {i} has ballast in it." for i in range(6))
    report = Checker(select=["repetition/probe-trigger"]).check(text)
    assert [f.span.start for f in report.findings] == [text.index("ballast", text.index(f"Paragraph {i}"))
                                                       for i in range(6)]


def test_a_trigger_must_read_a_declared_pack() -> None:
    with pytest.raises(ValueError, match="does not declare"):
        rule("repetition/bad-trigger", category="Other/Test", severity="minor",
             triggers=(Phrases("w", lambda data: (), pack="calques"),))
