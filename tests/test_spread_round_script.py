"""benchmarks/translationese_spread.py (the twenty-second round's (n)): the shares of prose sentences
and paragraphs holding a finding, on made-up text and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent

BODY = ("Headline of the page\n"
        "The council met on Monday. It voted for the plan. The mayor spoke.\n"
        "Photo: a caption\n"
        "Residents came to the hall. They asked questions.\n")
LINES = ["The council met on Monday. It voted for the plan. The mayor spoke.",
         "Residents came to the hall. They asked questions."]


@pytest.fixture(scope="module")
def spread_round():
    return load_script("mtqa_test_translationese_spread", ROOT / "benchmarks" / "translationese_spread.py")


def at(text: str) -> int:
    return BODY.index(text)


def test_no_finding_is_no_spread(spread_round) -> None:
    assert spread_round.spread(LINES, BODY, []) == {"finding_sentences": 0.0, "finding_paragraphs": 0.0}


def test_two_findings_in_one_sentence_count_once(spread_round) -> None:
    got = spread_round.spread(LINES, BODY, [at("voted"), at("plan")])
    assert got == {"finding_sentences": 1 / 5, "finding_paragraphs": 1 / 2}


def test_findings_in_two_paragraphs_are_spread_wider(spread_round) -> None:
    got = spread_round.spread(LINES, BODY, [at("voted"), at("asked")])
    assert got == {"finding_sentences": 2 / 5, "finding_paragraphs": 2 / 2}


def test_a_finding_outside_the_prose_counts_in_neither(spread_round) -> None:
    got = spread_round.spread(LINES, BODY, [at("Headline"), at("caption")])
    assert got == {"finding_sentences": 0.0, "finding_paragraphs": 0.0}


def test_a_line_repeated_in_the_body_is_found_in_order(spread_round) -> None:
    body = "Same words in a line that ends here.\nSame words in a line that ends here.\n"
    line = "Same words in a line that ends here."
    second = body.rindex("words")
    assert spread_round.spread([line, line], body, [second]) == {"finding_sentences": 1 / 2, "finding_paragraphs": 1 / 2}


def test_the_new_batches_are_asked_for_no_fall(spread_round) -> None:
    second = load_script("mtqa_translationese_twentysecond", ROOT / "benchmarks" / "translationese_twentysecond.py")

    def arm(mt_failing: int, clean_passing: int) -> dict:
        return {"by_batch": {"unseen-44": {"mt_failing": 9, "clean_passing": 9},
                             "unseen-45": {"mt_failing": mt_failing, "clean_passing": 0},
                             "unseen-46": {"mt_failing": 0, "clean_passing": clean_passing}}}

    figs = {"by_batch": {"base": arm(3, 7), "+ x": arm(3, 8)}}
    assert second.pooled_no_lower(figs, "x", spread_round.NEW_BATCHES, "3", "base") == {
        "3_mt_failing_no_lower": True, "3_clean_passing_no_lower": True}
    figs = {"by_batch": {"base": arm(3, 7), "+ x": arm(2, 8)}}
    assert second.pooled_no_lower(figs, "x", spread_round.NEW_BATCHES, "3", "base")["3_mt_failing_no_lower"] is False


def test_rows_without_the_findings_places_get_a_message_and_exit_2(spread_round, tmp_path, capsys) -> None:
    old = tmp_path / "rows.json"
    old.write_text('[{"f": null, "counts": {}, "batch": "", "file": "tune/x.txt", "site": "x", "mt": true}]',
                   encoding="utf-8")
    assert spread_round.main(["--from", str(old)]) == 2
    assert "cannot read" in capsys.readouterr().err
