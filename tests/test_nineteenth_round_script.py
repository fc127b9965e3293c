"""benchmarks/translationese_nineteenth.py (the nineteenth round of the document signal): the two
candidate rates and the passing-MT report, on made-up text and rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nineteenth():
    return load_script("mtqa_test_translationese_nineteenth", ROOT / "benchmarks" / "translationese_nineteenth.py")


def _row(mt: bool, words: int, counts: dict[str, int], unscored: dict[str, int]) -> dict:
    return {"file": "tune/made-up.txt", "mt": mt, "words": words, "prose_words": words, "counts": counts,
            "unscored_counts": unscored, "f": {}}


def test_reporting_verbs_count_the_swapped_verbs_and_not_said(nineteenth) -> None:
    text = ("The mayor stated that the bridge would reopen. The engineer pointed out a crack. "
            "The clerk said nothing more. The notes of the meeting were long.")
    # "stated" and "pointed out" count, "said" does not; the list holds word forms, so the noun "notes"
    # counts too (a known imprecision of a closed list read without tags)
    assert nineteenth.reporting_verbs(text, 100) == pytest.approx(30.0)


def test_look_alikes_of_reporting_verbs_do_not_count(nineteenth) -> None:
    text = "The statement was short. She says the mentioning of it was rare, and the unstated cost grew."
    assert nineteenth.reporting_verbs(text, 50) == 0.0


def test_unscored_rate_leaves_furniture_and_house_style_out(nineteenth) -> None:
    row = _row(True, 200, {}, {"spelling": 2, "boilerplate": 5, "house": 3, "grammar": 1})
    assert nineteenth.unscored_rate(row) == pytest.approx(1.5)


def test_the_leakage_guard_scales_only_the_mt_rows_finding_rates(nineteenth) -> None:
    clean, mt = nineteenth.with_rates([_row(False, 100, {"spelling": 1}, {"calques": 2}),
                                       _row(True, 100, {"spelling": 1}, {"calques": 2})], {}, 0.5)
    assert clean["f"]["separating_rate"] == pytest.approx(1.0) and clean["f"]["unscored_rate"] == pytest.approx(2.0)
    assert mt["f"]["separating_rate"] == pytest.approx(0.5) and mt["f"]["unscored_rate"] == pytest.approx(1.0)


def test_the_score_replaces_the_signals_findings(nineteenth) -> None:
    row = {**_row(True, 200, {}, {}), "penalty": 7.0, "signal_penalty": 5.0}
    assert nineteenth.score_of(row) == pytest.approx(96.5)
    assert nineteenth.score_of(row, 0) == pytest.approx(99.0)
    assert nineteenth.score_of(row, 2) == pytest.approx(94.0)


def test_rows_that_are_not_rows_get_a_message_and_exit_2(nineteenth, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('{"documents": {}}', encoding="utf-8")
    assert nineteenth.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_the_families_rows_count_only_unscored_findings_and_not_the_signals(nineteenth) -> None:
    from types import SimpleNamespace

    families = nineteenth._families()
    made_up = [SimpleNamespace(rule_id="calques/made-up", scored=False),
               SimpleNamespace(rule_id="calques/made-up", scored=True),
               SimpleNamespace(rule_id="names/made-up", scored=False),
               SimpleNamespace(rule_id=families.SIGNAL_RULE, scored=False)]
    assert families.unscored_tallies(made_up) == {"calques": 1, "names": 1}
