"""Ranks cut from names: sentence shapes a one-line example cannot show."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "titles/rank-cut-by-period"


def test_rank_at_the_end_of_a_long_sentence_is_a_real_sentence_end() -> None:
    text = "Troops waited for hours at the base for the lieutenant-colonel. Marie Roy arrived at noon."
    assert_clean(text, RULE)


def test_ordinary_words_that_are_ranks_too_stay_quiet() -> None:
    assert_clean("The private. Jane Roe said nothing.", RULE)
    assert_clean("The general. Jane Roe said nothing.", RULE)


def test_two_word_rank_after_a_speech_verb() -> None:
    text = "“It is over,” said the brigadier-general. Ana Lima, who led the unit, agreed."
    got = assert_flags(text, RULE, ["the brigadier-general. "])
    assert got[0].suggestions[0] == "Brig.-Gen. "
