"""A woman called "he": whom a pronoun refers to, two people of one surname, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "grammar/he-for-she"


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_every_he_of_a_woman_the_copy_calls_she_is_flagged_with_its_feminine() -> None:
    text = ("Critics said the vote was close, and Okafor said she was pleased.\n\n"
            "Okafor says he hopes to reopen the harbour, and thanked his predecessor.")
    assert [(f.text, f.suggestions) for f in findings(text, RULE)] == [("he", ("she",)), ("his", ("her",))]


def test_a_name_never_called_she_is_left_alone() -> None:
    assert_clean("Critics said the vote was close. Then Letta said he was pleased with his party.", RULE)


def test_a_pronoun_with_two_names_before_it_counts_for_neither() -> None:
    text = ("Critics said Roy told Smith she was wrong.\n\n"
            "Later Smith said he had not heard from Roy.")
    assert_clean(text, RULE)


def test_two_people_of_one_surname_are_left_alone() -> None:
    text = "Reporters asked Jane Smith, and she said yes. Then John Smith said he would not run."
    assert_clean(text, RULE)


def test_another_persons_noun_or_a_quotation_between_breaks_the_link() -> None:
    assert_clean("Officials thanked Smith and his wife, and she said yes. Then Smith said he was tired.", RULE)
    assert_clean("Officials met Roy, who said: “She will not come.” Then Roy said he was tired.", RULE)


def test_the_pronoun_must_follow_the_name_in_its_own_sentence() -> None:
    assert_flags("Voters backed Meloni. She won, and Meloni said she was pleased. Then Meloni said he would govern.",
                 RULE, ["he"])
