"""Clean-copy kinds quieted in stop 49 (issue #11, branch clean49), written from the tuning half's
clean copy outside the judge batches; judged on the ten judge batches, read as counts only. Every
example is made up; each quiet keeps a look-alike that is still found.

- ``typography/stray-capitals``: "THE" opening a paragraph before a name is a lead's first word set
  in capitals (an Australian regional paper's "THE Lockyer Valley Regional Council met …"), as
  "THE small print …" already was; "THE" before a name in mid-sentence and "TO" opening a paragraph
  before a name (a heading run into its text) are still found.
- ``quotes/orphan-mark``: a curly closing mark straight after a figure, with no quote open, is the
  inch sign a word processor curled ("as much as 2.5” west of the river", a growers' crop report), as
  a straight one after a figure already was; a stray mark after a word is still found, and a
  closing mark after a figure still closes a quote that is open.
- ``typography/doubled-space``: three spaces or more in a heading (a short line with no stop at its
  end) between a title and a subtitle of two or more words are the page's layout (a county
  museum's "Bold. Steady. 2019   The Quiet Work of …"); two spaces there, a gap in a sentence
  and a gap before a date in a furniture line are still found.
- ``typography/run-together-words``: two capitalised words run together after a courtesy or
  academic title ("Dr. DistantVoice", a satirical candidate's name) are a person's name in camel case;
  the same join after another word is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

CAPITALS = "typography/stray-capitals"


def test_the_in_capitals_opening_a_lead_before_a_name_is_typography() -> None:
    assert_clean("THE Harbour Ferry Board met on Monday for the first time in two months.", CAPITALS)


def test_the_in_capitals_before_a_name_in_mid_sentence_is_still_found() -> None:
    assert_flags("Crews worked late, and THE Harbour Ferry Board met on Monday.", CAPITALS, ["THE"])


def test_to_in_capitals_opening_a_paragraph_before_a_name_is_still_found() -> None:
    assert_flags("TO Halifax the ferry will not sail this winter, the operator said.", CAPITALS, ["TO"])


ORPHAN = "quotes/orphan-mark"


def test_a_curled_inch_sign_after_a_figure_is_no_quotation_mark() -> None:
    assert_clean("Heavy rains fell, with as much as 2.5” west of the city and 4” around the lake.", ORPHAN)


def test_a_stray_closing_mark_after_a_word_is_still_found() -> None:
    assert_flags("Rain totals reached 3.5 cm near the lake” and 4 cm in town.", ORPHAN, ["”"])


def test_a_closing_mark_after_a_figure_still_closes_an_open_quote() -> None:
    text = "The mayor said the count was “well over 5,000” and rising."
    assert_clean(text, ORPHAN)
    assert_clean(text, "quotes/unclosed")


SPACE = "typography/doubled-space"


def test_a_gap_between_a_headings_title_and_subtitle_is_layout() -> None:
    assert_clean("Main Exhibit: Harbour Days   The Working Waterfront of Lunenburg\nThe show opens in May.", SPACE)


def test_two_spaces_in_a_heading_and_a_gap_in_a_sentence_are_still_found() -> None:
    assert_flags("Main Exhibit: Harbour Days  The Working Waterfront\nThe show opens at the   harbour.", SPACE,
                 ["  ", "   "])


def test_a_gap_before_a_date_in_a_furniture_line_is_still_found() -> None:
    assert_flags("Source: Wire desk   2019-03-04 09:12:44\nThe show opens in May.", SPACE, ["   "])


JOINS = "typography/run-together-words"


def test_a_camel_case_name_after_a_title_is_a_name() -> None:
    assert_clean("Dr. DistantVoice announced his run for council at the fall fair.", JOINS)


def test_the_same_join_after_another_word_is_still_found() -> None:
    assert_flags("The candidate met the DistantVoice hunters at the hall on Monday.", JOINS, ["DistantVoice"])
