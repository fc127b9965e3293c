"""benchmarks/translationese_sixteenth.py and verdict_passing.py (the sixteenth round of the
document signal): the rates and the arithmetic they measure, on made-up text and rows, with
look-alikes that must not count."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def sixteenth():
    return load_script("mtqa_test_translationese_sixteenth", BENCH / "translationese_sixteenth.py")


@pytest.fixture(scope="module")
def passing():
    return load_script("mtqa_test_verdict_passing", BENCH / "verdict_passing.py")


def test_evenly_spaced_repeats_are_less_bursty_than_clustered_ones(sixteenth) -> None:
    even = ["harbour", "a", "b", "c"] * 4  # gaps 4, 4, 4: B = −1
    clustered = ["harbour", "harbour", "harbour", "x", "y", "z", "w", "v", "u", "t", "s", "harbour"]
    assert sixteenth.burstiness(even) == pytest.approx(-1.0)
    assert sixteenth.burstiness(clustered) > sixteenth.burstiness(even)


def test_burstiness_ignores_function_words_short_words_and_rare_repeats(sixteenth) -> None:
    # "the" is a function word, "go" is short, "ferry" occurs only twice: nothing to measure
    assert sixteenth.burstiness(["the", "go", "ferry", "the", "go", "ferry", "the", "go"]) == 0.0


def test_clause_markers_are_counted_per_sentence(sixteenth) -> None:
    read = [("", ["she", "left", "because", "the", "mill", "which", "paid", "her", "closed"]),
            ("", ["the", "council", "met", "on", "monday"])]
    assert sixteenth.clause_markers(read) == pytest.approx(1.0)  # two markers, two sentences
    assert sixteenth.clause_markers([("", ["whichever", "sincerely", "iffy"])]) == 0.0  # look-alikes


def test_the_normalisers_agree_with_mqm_at_the_reference_length(passing) -> None:
    for normaliser in passing.NORMALISERS.values():
        assert normaliser(passing.REFERENCE_WORDS) == pytest.approx(passing.REFERENCE_WORDS)
    # shorter texts are forgiven more, longer ones less, than under MQM's linear model
    assert passing.NORMALISERS["sqrt"](150) > 150 and passing.NORMALISERS["sqrt"](1500) < 1500
    assert passing.NORMALISERS["log"](150) > 150 and passing.NORMALISERS["log"](1500) < 1500


def _row(mt: bool, words: int, penalty: float, kind: str = "spun", scored: int = 1) -> dict:
    return {"file": "x", "kind": kind if mt else "clean", "mt": mt, "words": words, "penalty": penalty,
            "signal_penalty": 0.0, "logit": 0.0, "findings": scored, "scored": scored, "critical_fails": False,
            "families": {"calques": penalty} if penalty else {}}


def test_passing_mt_counts_the_near_misses_and_the_silent_ones(passing) -> None:
    rows = [_row(True, 300, 0.0, scored=0), _row(True, 300, 8.0), _row(True, 300, 30.0), _row(False, 300, 0.0, scored=0)]
    q1 = passing.passing_mt(rows, 97.0)
    spun = q1["per_kind"]["spun"]
    assert (spun["mt"], spun["passing"], spun["no_finding"], spun["pass_by_under_1"]) == (3, 2, 1, 1)
    assert q1["families"]["passing_mt"]["calques"] == {"share": 0.5, "mean_cost": 4.0}


def test_a_normaliser_is_kept_only_when_it_gains_auc_and_fails_more_mt(passing) -> None:
    rows = [_row(False, 300, 0.0, scored=0)] * 20 + [_row(True, 300, 6.0), _row(True, 300, 12.0)]
    figures = passing.arithmetic(rows)
    assert not any(f["kept"] for f in figures.values())  # equal lengths: every normaliser scores alike
