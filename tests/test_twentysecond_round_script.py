"""benchmarks/translationese_twentysecond.py (the twenty-second round of the document signal): the
surprisal profile's events, on made-up numbers and, with `mtqa[lm]`, on made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def twentysecond():
    return load_script("mtqa_test_translationese_twentysecond", ROOT / "benchmarks" / "translationese_twentysecond.py")


@pytest.mark.parametrize(("logp", "order", "want"), [
    (-0.3, 3, ">=-1 o3"),
    (-1.0, 2, ">=-1 o2"),  # a value on a bound goes to the higher bin
    (-1.01, 2, ">=-2 o2"),
    (-4.99, 1, ">=-5 o1"),
    (-5.0, 1, ">=-5 o1"),
    (-5.01, 1, "<-5 o1"),
    (-12.0, 3, "<-5 o3"),
])
def test_a_scored_word_is_its_probability_bin_and_the_models_order(twentysecond, logp, order, want) -> None:
    assert twentysecond.event(logp, order) == want


def test_the_fixed_set_holds_six_bins_by_three_orders(twentysecond) -> None:
    events = set(twentysecond.SURPRISAL_EVENTS)
    assert len(events) == 18
    assert {twentysecond.event(-0.1 - k * 0.7, o) for k in range(12) for o in (1, 2, 3)} == events


def test_a_line_is_read_as_the_model_reads_it(twentysecond) -> None:
    from mtqa import language_model

    lm = language_model.model()
    if lm is None:
        pytest.skip(language_model.MISSING)
    got = twentysecond.surprisal_events(["The minister said the plan would go ahead next week."], lm)
    assert got and set(got) <= set(twentysecond.SURPRISAL_EVENTS)
    # one event per word read with two words of history: none for a line the model reads nothing of
    assert sum(got.values()) == len(list(language_model.score(lm, "The minister said the plan would go ahead next week.")))
    assert twentysecond.surprisal_events(["42 — 17", "Montréal-Nord"], lm) == {}


def test_rows_that_are_not_rows_get_a_message_and_exit_2(twentysecond, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('{"not": "rows"}', encoding="utf-8")
    assert twentysecond.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(("sentence", "line", "want"), [
    ("US officials said so.", "US officials said so.", "<capital>"),  # the country, not the pronoun
    ("US, too, said so.", "US, too, said so.", "<capital>,"),
    ("WHO said so.", "WHO said so.", "<capital>"),
    ("Us too.", "Us too.", "us"),  # title case at a sentence's start is the listed word
    ("I said so.", "I said so.", "i"),  # one letter: the pronoun
    ("However, it rained.", "However, it rained.", "however,"),
    ("US OFFICIALS SAID SO.", "US OFFICIALS SAID SO.", "us"),  # a line in capitals is read as (i) reads it
    ("“Yes,” she said.", "“Yes,” she said.", "<quote>"),
])
def test_an_all_capitals_opener_is_a_capitalised_word(twentysecond, sentence, line, want) -> None:
    assert twentysecond.opener_cased(sentence, line) == want


def test_every_opener_event_is_in_the_fixed_set(twentysecond) -> None:
    got = twentysecond.opener_events(["US troops left. However, IT staff stayed. 42 people came.", "NATO met."])
    assert sum(got.values()) == 4
    assert set(got) <= set(twentysecond.VOCABULARY["opener_profile_cased"]())


def test_the_second_part_asks_the_later_batches_for_no_fall(twentysecond) -> None:
    def arm(mt_failing: int, clean_passing: int) -> dict:
        return {"by_batch": {"unseen-37": {"mt_failing": 9, "clean_passing": 9},
                             "unseen-38": {"mt_failing": mt_failing, "clean_passing": 0},
                             "unseen-43": {"mt_failing": 0, "clean_passing": clean_passing}}}

    figs = {"by_batch": {twentysecond.BASELINE: arm(3, 7), "+ x": arm(4, 6)}}
    assert twentysecond.since_twentieth_no_lower(figs, "x") == {
        "2_since_twentieth_mt_failing_no_lower": True, "2_since_twentieth_clean_passing_no_lower": False}
