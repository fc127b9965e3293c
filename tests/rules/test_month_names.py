"""untranslated/source-month: a day in figures before a month left in the source language."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "untranslated/source-month"


def test_a_french_or_spanish_month_after_the_day_is_flagged_with_the_english_date() -> None:
    got = assert_flags("The strike began on 3 avril and ended a week later.", RULE, ["3 avril"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "April 3"
    assert_flags("Polls close on 14 de junio, officials said.", RULE, ["14 de junio"])
    assert_flags("Updated 31 mar. 2024", RULE, ["31 mar."])


def test_english_words_and_names_after_a_figure_are_quiet() -> None:
    assert_clean("Some 5 ago said so; it was 3 Mars bars and 2 mai tais.", RULE)
    assert_clean("The top 3 may change, and 4 mar the view; the 8 marzo-themed posters.", RULE)
    assert_clean("The strike began on April 3 and ended on 12 June.", RULE)
