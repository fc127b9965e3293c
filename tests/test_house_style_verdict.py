"""benchmarks/house_style_verdict.py: each option's cost of a document's findings (pure, no corpus)."""

from __future__ import annotations

import pytest

from benchmarks.house_style_verdict import rescore

HOUSE = frozenset({"numbers/percent-sign"})
SIGNAL = frozenset({"calques/reads-as-translation"})


def _row(rule: str, severity: str = "minor", confidence: float = 1.0) -> dict:
    return {"rule": rule, "severity": severity, "confidence": confidence, "catches": []}


@pytest.mark.parametrize(("option", "expected"), [
    ("baseline", 98.0), ("a: moved to cp", 99.0), ("b: quarter weight", 98.75), ("b: weight 0", 99.0),
    ("c: only when suspect", 98.0)])
def test_a_house_style_finding_beside_another_costs_what_its_option_says(option, expected) -> None:
    rows = [_row("numbers/percent-sign"), _row("grammar/something")]
    doc_score, no_critical = rescore(rows, 100, option, HOUSE, SIGNAL)
    assert doc_score == pytest.approx(expected) and no_critical


def test_only_when_suspect_leaves_a_document_with_house_style_alone_unscored() -> None:
    rows = [_row("numbers/percent-sign"), _row("numbers/percent-sign")]
    assert rescore(rows, 100, "c: only when suspect", HOUSE, SIGNAL)[0] == 100.0
    assert rescore(rows, 100, "baseline", HOUSE, SIGNAL)[0] == 98.0


def test_a_whole_text_finding_loses_its_corroboration_when_house_style_costs_nothing() -> None:
    rows = [_row("numbers/percent-sign"), _row("calques/reads-as-translation", "major")]
    assert rescore(rows, 100, "baseline", HOUSE, SIGNAL)[0] == 94.0
    assert rescore(rows, 100, "b: weight 0", HOUSE, SIGNAL)[0] == 100.0


def test_a_critical_finding_is_reported_whatever_the_option() -> None:
    rows = [_row("encoding/x", "critical")]
    doc_score, no_critical = rescore(rows, 1000, "c: only when suspect", HOUSE, SIGNAL)
    assert doc_score == pytest.approx(97.5) and not no_critical
