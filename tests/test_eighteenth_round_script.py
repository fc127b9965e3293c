"""benchmarks/translationese_prose_rate.py (the eighteenth round of the document signal): the
findings' rate over prose words beside the shipped one over the document's words, on made-up rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def prose_rate():
    return load_script("mtqa_test_translationese_prose_rate", ROOT / "benchmarks" / "translationese_prose_rate.py")


def _row(mt: bool, words: int, prose_words: int, counts: dict[str, int]) -> dict:
    return {"mt": mt, "words": words, "prose_words": prose_words, "counts": counts, "f": {}}


def test_furniture_words_dilute_the_document_rate_but_not_the_prose_rate(prose_rate) -> None:
    bare = prose_rate.finding_rates(_row(True, 200, 200, {"spelling": 2}))
    with_furniture = prose_rate.finding_rates(_row(True, 400, 200, {"spelling": 2}))
    assert bare["separating_rate"] == pytest.approx(1.0) and with_furniture["separating_rate"] == pytest.approx(0.5)
    assert bare["separating_prose_rate"] == with_furniture["separating_prose_rate"] == pytest.approx(1.0)


def test_only_the_separating_families_count(prose_rate) -> None:
    rates = prose_rate.finding_rates(_row(False, 300, 100, {"quotes": 1, "boilerplate": 5, "typography": 2}))
    assert rates["separating_prose_rate"] == pytest.approx(1.0)  # page furniture and typography left out


def test_the_leakage_guard_scales_only_the_mt_rows(prose_rate) -> None:
    clean, mt = prose_rate.with_rates([_row(False, 100, 100, {"calques": 1}), _row(True, 100, 100, {"calques": 1})], 0.5)
    assert clean["f"]["separating_prose_rate"] == pytest.approx(1.0)
    assert mt["f"]["separating_prose_rate"] == pytest.approx(0.5)


def test_rows_that_are_not_rows_get_a_message_and_exit_2(prose_rate, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('{"documents": {}}', encoding="utf-8")
    assert prose_rate.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err
