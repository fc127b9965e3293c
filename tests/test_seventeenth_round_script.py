"""benchmarks/translationese_families.py (the seventeenth round of the document signal): the
rates of the other rules' findings it measures, on made-up rows and findings, with look-alikes
that must not count."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from script_loader import load_script

from mtqa.finding import Severity

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def families():
    return load_script("mtqa_test_translationese_families", ROOT / "benchmarks" / "translationese_families.py")


def _finding(rule_id: str, severity: Severity = Severity.MINOR, scored: bool = True, confidence: float = 1.0):
    return SimpleNamespace(rule_id=rule_id, severity=severity, scored=scored, confidence=confidence)


def test_the_tallies_leave_out_the_signal_s_own_findings_and_those_not_scored(families) -> None:
    weights = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 25.0}
    found = [_finding("spelling/us-spelling"), _finding("spelling/us-spelling"),
             _finding("quotes/unbalanced", Severity.MAJOR), _finding(families.SIGNAL_RULE, Severity.MAJOR),
             _finding("attribution/said-by", scored=False, confidence=0.3)]
    counts, costs = families.family_tallies(found, weights)
    assert counts == {"spelling": 2, "quotes": 1}
    assert costs == {"spelling": 2.0, "quotes": 5.0}


def test_the_candidates_count_per_100_words_and_furniture_only_leaves_c(families) -> None:
    row = {"words": 200, "counts": {"spelling": 2, "calques": 1, "boilerplate": 4, "typography": 3},
           "costs": {"spelling": 2.0, "calques": 5.0, "boilerplate": 4.0, "house": 1.0, "typography": 3.0}}
    rates = families.candidate_rates(row)
    assert rates["separating_rate"] == pytest.approx(1.5)  # 3 of the five families' findings on 200 words
    assert rates["rate_spelling"] == pytest.approx(1.0) and rates["rate_quotes"] == 0.0
    assert rates["penalty_no_furniture"] == pytest.approx(5.0)  # 2 + 5 + 3 per 200 words; furniture and house left out


def test_the_leakage_guard_scales_only_the_mt_rows(families) -> None:
    clean = {"mt": False, "words": 100, "counts": {"spelling": 1}, "costs": {"spelling": 1.0}, "f": {}}
    mt = {**clean, "mt": True}
    thinned_clean, thinned_mt = families.with_candidates([clean, mt], 0.5)
    assert thinned_clean["f"]["separating_rate"] == pytest.approx(1.0)
    assert thinned_mt["f"]["separating_rate"] == pytest.approx(0.5)


def test_rows_that_cannot_be_read_get_a_message_and_exit_2(families, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text("not json", encoding="utf-8")
    assert families.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err
