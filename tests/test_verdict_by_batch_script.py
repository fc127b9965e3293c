"""benchmarks/verdict_by_batch.py (the verdict on an unseen batch it was not fitted on): which
batches it leaves out, that a left-out batch chooses nothing, the candidate's deflation, and why a
passing MT row passes, on made-up rows."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def by_batch():
    return load_script("mtqa_test_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")


def _row(rng: random.Random, mt: bool, batch: str, penalty: float, site: str, with_rates: bool = True) -> dict:
    from mtqa import translationese

    rates = {k: rng.gauss(1.0 if mt else 0.0, 1.0) for k in translationese.FEATURES}
    return {"file": f"tune/{site}.txt", "site": site, "kind": "mt-other-en" if mt else "clean", "mt": mt,
            "batch": batch, "words": 200, "prose_words": 180, "penalty": penalty, "signal_penalty": 0.0,
            "critical_fails": False, "counts": {}, "f": rates if with_rates else None}


def test_only_the_unseen_batches_from_the_fourteenth_on_are_left_out(by_batch) -> None:
    rows = [{"batch": b} for b in ("unseen-9", "unseen-14", "unseen-29", "unseen-14", "", "unseen-2x", "unseen-100")]
    assert by_batch.unseen_batches(rows) == ["unseen-14", "unseen-29", "unseen-100"]


def test_a_left_out_batch_does_not_choose_the_pass_threshold(by_batch) -> None:
    rng = random.Random(7)
    rows = [_row(rng, False, "", 0.0, f"clean-{i}") for i in range(40)]
    rows += [_row(rng, True, "", 20.0, f"mt-{i}") for i in range(20)]
    # the batch's clean copy costs 8 points per 200 words (score 96.0): with it in, keeping 95 % of
    # clean passing takes a threshold of 96.0 at most; left out, the other clean copy allows 100
    rows += [_row(rng, False, "unseen-40", 8.0, f"batch-clean-{i}") for i in range(3)]
    _docs, with_batch = by_batch.leave_out(rows, None)
    _docs, without = by_batch.leave_out(rows, "unseen-40")
    assert with_batch == pytest.approx(96.0)
    assert without == pytest.approx(100.0)


def test_the_candidate_deflates_only_the_mt_rows_finding_rate(by_batch) -> None:
    mt = {"mt": True, "f": {"separating_rate": 2.0, "of_the": 3.0}}
    clean = {"mt": False, "f": {"separating_rate": 2.0, "of_the": 3.0}}
    assert by_batch.deflated(mt, 0.5)["f"] == {"separating_rate": 1.0, "of_the": 3.0}
    assert by_batch.deflated(clean, 0.5) is clean
    assert by_batch.deflated({"mt": True, "f": None}, 0.5)["f"] is None


def test_why_a_passing_mt_row_passes(by_batch) -> None:
    assert by_batch.why_passing({"f": None, "found": 0}) == "no_signal_short_prose"
    assert by_batch.why_passing({"f": {}, "found": 0}) == "signal_under_entry"
    assert by_batch.why_passing({"f": {}, "found": 2}) == "signal_fired_score_over"


def test_rows_that_are_not_rows_get_a_message_and_exit_2(by_batch, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('[{"file": "tune/a.txt"}]', encoding="utf-8")
    assert by_batch.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err
