"""An article or pronoun capitalised inside a sentence."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "typography/capital-function-word"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_a_capital_after_a_lowercase_word_is_flagged() -> None:
    (f,) = findings("The town is not lawless, but There is crime on its main street.", RULE)
    assert f.text == "There" and f.suggestions == ("there",)
    assert_flags("Fertilizers are short, and today The main problem is hunger.", RULE, ["The"])


def test_names_titles_and_sentence_starts_are_left_alone() -> None:
    assert_clean("She read it in The Globe and Mail, said The Canadian Press. The vote is Monday. "
                 "There is no delay. He met the band The xx and the magazine The walrus.", RULE)
