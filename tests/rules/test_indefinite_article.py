from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_article_before_a_swapped_word_is_flagged_with_the_right_one() -> None:
    got = assert_flags("Officials gave a update and an brief statement.", "grammar/a-or-an", ["a update", "an brief"])
    assert [f.suggestions for f in got] == [("an update",), ("a brief",)]


def test_sentence_initial_article_keeps_its_capital() -> None:
    got = assert_flags("A update came later. An new report followed.", "grammar/a-or-an", ["A update", "An new"])
    assert [f.suggestions for f in got] == [("An update",), ("A new",)]


def test_sounds_spelling_does_not_show_are_left_alone() -> None:
    assert_clean("A union vote, a user fee, a eulogy, a once-proud team, an hour, a house, an honour, "
                 "a historic day, an X-ray, an s-curve, an MP, a UN report, an 8-year-old, a priori.",
                 "grammar/a-or-an")


def test_a_capital_letter_inside_a_sentence_is_a_letter_not_the_article() -> None:
    assert findings("Plan A and Plan B were both rejected by A and C.", "grammar/a-or-an") == []
