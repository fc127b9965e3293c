from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, checker, findings

from hang_guard import assert_spans_sound, returns


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


def test_adversarial_inputs_return_sound_findings() -> None:
    # hang guard for the untimed search: long runs of what the pattern reads, and many tries
    chk = checker("grammar/a-or-an")
    for bad in ("a " * 40000 + "apple", "an " + "x" * 200000, "a" * 200000 + " apple",
                "an " + "-’'" * 60000, ("a " + "b" * 50 + " ") * 4000):
        assert_spans_sound(returns(chk.check, bad), bad)
