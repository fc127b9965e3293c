"""quotes/glued-mark (mtqa/rules/quotes/quote_edges.py): a double mark with a letter on each side."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_mark_between_two_words_is_flagged_whichever_way_it_turns() -> None:
    assert_flags("The council thanked the Greens“Before the vote, the chair spoke.", "quotes/glued-mark", ["“"])
    assert_flags("She called the deal a”bargain” and left the room.", "quotes/glued-mark", ["”"])
    assert_flags('The board said"Never again" and closed the file.', "quotes/glued-mark", ['"'])


def test_spaced_marks_apostrophes_and_measures_are_not() -> None:
    assert_clean("She called the deal a “bargain,” and the band’s “Rock” tour went on.", "quotes/glued-mark")
    assert_clean('The screen measures 55" and the shelf 6\'2" across.', "quotes/glued-mark")
    assert_clean("“Never again.”The board closed the file.", "quotes/glued-mark")
