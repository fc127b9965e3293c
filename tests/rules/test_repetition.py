"""Repetition beyond the one-line examples: compounds, windows, names, boundaries."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_doubled_word_across_line_break() -> None:
    # A hard-wrapped paragraph (paragraphs are separated by blank lines).
    text = "The report was\nwas released on Monday.\n\nIt was late."
    assert_flags(text, "repetition/doubled-word", ["\nwas"])


def test_doubled_word_case_insensitive_but_names_allowed() -> None:
    assert_flags("The The report was released.", "repetition/doubled-word", [" The"])
    assert_clean("They visited Bora Bora and Baden Baden.", "repetition/doubled-word")


def test_allow_option() -> None:
    from mtqa.engine import Checker
    from mtqa.config import Config

    cfg = Config(select=("repetition/doubled-word",), rule_options={"repetition/doubled-word": {"allow": ["bang"]}})
    assert Checker(cfg).check("It went bang bang all night.").findings == []


def test_doubled_phrase_not_across_sentences() -> None:
    assert_clean("He lives in Ottawa. In Ottawa, rents rose.", "repetition")
