"""benchmarks/translationese_twentyfirst.py (the twenty-first round of the document signal): the two
candidate profiles' events on made-up text, and the twentieth round's shared scoring of several
profiles at once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def twentyfirst():
    return load_script("mtqa_test_translationese_twentyfirst", ROOT / "benchmarks" / "translationese_twentyfirst.py")


@pytest.fixture(scope="module")
def twentieth():
    return load_script("mtqa_test_translationese_twentieth", ROOT / "benchmarks" / "translationese_twentieth.py")


def test_a_closed_class_word_is_counted_with_what_follows_it(twentyfirst) -> None:
    got = twentyfirst.function_events(["Of the 2,000 residents, most were there", "Council"])
    # "of" before "the" (listed), "the" before a number (another word), "most" before "were" (listed),
    # "there" at the line's end; "residents" and "Council" are not listed and make no event
    assert got == Counter({"of|F": 1, "the|W": 1, "most|F": 1, "were|F": 1, "there|P": 1})


def test_look_alikes_of_closed_class_words_make_no_event(twentyfirst) -> None:
    # "Theme", "ones'" stem, "Inn": words that start with a listed word are other words
    assert twentyfirst.function_events(["Theme Inn hosts"]) == Counter()
    # the follower is read across punctuation only as punctuation: "with," is "with" before a comma
    assert twentyfirst.function_events(["Along with, then"]) == Counter({"along|F": 1, "with|P": 1, "then|P": 1})


def test_every_function_event_is_in_the_fixed_set(twentyfirst) -> None:
    vocabulary = set(twentyfirst.FUNCTION_EVENTS)
    text = ["However, it is “the one” that they would not — at all — take back, said Ms. Roy.", "Which?"]
    got = twentyfirst.function_events(text)
    assert got and set(got) <= vocabulary
    assert len(vocabulary) == 3 * len(twentyfirst.CLOSED_CLASS) == 468


@pytest.mark.parametrize(("sentence", "event"), [
    ("It rained.", "1w 0c"),
    ("The council, which met on Tuesday, voted to close the rink for the winter season.", "13w 2c"),
    ("One, two, three, four and five more words follow here now.", "8w 3+c"),
    ("“Yes,” she said.", "1w 1c"),
])
def test_a_sentence_is_its_length_bin_and_its_commas(twentyfirst, sentence: str, event: str) -> None:
    assert twentyfirst.shape(sentence) == event


def test_a_sentence_without_a_word_makes_no_shape_event(twentyfirst) -> None:
    assert twentyfirst.shape("— …") is None
    assert twentyfirst.shape("45" + " word" * 44) == "45w 0c"  # 45 words: the last bin


def test_the_shared_loso_auc_reads_every_profile_it_is_given(twentieth) -> None:
    import numpy as np

    # six sites, one MT and one clean excerpt each; the rate "x" says nothing, profile "p" separates
    # (MT uses event 0, clean event 1) and profile "q" is noise
    rows = [{"file": f"tune/{site}{m}.txt", "site": f"s{site}", "mt": m, "f": {"x": float((site * 7 + m) % 3)}}
            for site in range(6) for m in (True, False)]
    p = np.array([[3.0 + i % 4, 1.0] if r["mt"] else [1.0, 2.0 + i % 5] for i, r in enumerate(rows)])
    q = np.array([[2.0 + i % 3, 2.0 + i % 2] for i, _ in enumerate(rows)])
    events = {"p": p, "q": q}
    assert twentieth.loso_auc(rows, events, ["x"], ("q", "p")) == 1.0
    assert twentieth.loso_auc(rows, events, ["x"], ("q",)) < 1.0
    assert twentieth.own_auc(rows, p) == 1.0


def test_rows_that_are_not_rows_get_a_message_and_exit_2(twentyfirst, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('{"documents": {}}', encoding="utf-8")
    assert twentyfirst.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_leaning_names_the_events_furthest_each_way(twentyfirst) -> None:
    got = twentyfirst.leaning({"of|F": 0.4, "the|W": -0.2, "said|P": 0.0, "which|W": -0.5}, n=2)
    assert list(got["mt"]) == ["of|F", "said|P"]
    assert list(got["clean"]) == ["which|W", "the|W"]


def test_the_cased_profile_reads_a_capitalised_abbreviation_or_name_as_another_word(twentyfirst) -> None:
    # "US" (all capitals) and mid-sentence "May" and "Will" are names, not the pronoun or the modals;
    # the sentence-first "The" and the "The" after a colon are the article; "I" stays the pronoun
    got = twentyfirst.function_events_cased(["The US told us. Ask May and Will: The end, I think"])
    assert got == Counter({"the|W": 2, "us|P": 1, "and|W": 1, "i|W": 1})
    # the lowercased reading counts "US" as the pronoun and "May"/"Will" as listed words
    assert twentyfirst.function_events(["The US told us."])["us|W"] == 1


def test_the_cased_profile_reads_a_line_in_capitals_as_the_lowercased_one_does(twentyfirst) -> None:
    line = "WHAT THE US SAID ABOUT IT"
    assert twentyfirst.function_events_cased([line]) == twentyfirst.function_events([line])
    # mid-sentence title case after a quote that opens the sentence is still the sentence's first word
    assert twentyfirst.function_events_cased(["Done. “The rink closes"]) == Counter({"the|W": 1})


def test_the_second_part_asks_the_new_batches_for_no_fall(twentyfirst) -> None:
    def arm(mt_failing: int, clean_passing: int) -> dict:
        return {"by_batch": {"unseen-41": {"mt_failing": mt_failing, "clean_passing": 0},
                             "unseen-42": {"mt_failing": 0, "clean_passing": clean_passing}}}

    figs = {"by_batch": {"shipped seventeen": arm(6, 11), "+ x": arm(6, 10)}}
    assert twentyfirst.new_batches_no_lower(figs, "x") == {"2_unseen-41_mt_failing_no_lower": True,
                                                           "2_unseen-42_clean_passing_no_lower": False}
