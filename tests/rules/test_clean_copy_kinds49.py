"""Clean-copy kinds quieted in stop 49 (issue #11, branch clean49), written from the tuning half's
clean copy outside the judge batches; judged on the ten judge batches, read as counts only. Every
example is made up; each quiet keeps a look-alike that is still found.

- ``typography/stray-capitals``: "THE" opening a paragraph before a name is a lead's first word set
  in capitals (an Australian regional paper's "THE Lockyer Valley Regional Council met …"), as
  "THE small print …" already was; "THE" before a name in mid-sentence and "TO" opening a paragraph
  before a name (a heading run into its text) are still found.
- ``quotes/orphan-mark``: a curly closing mark straight after a figure, with no quote open, is the
  inch sign a word processor curled ("up to 3.5” northeast of Saskatoon", a growers' crop report), as
  a straight one after a figure already was; a stray mark after a word is still found, and a
  closing mark after a figure still closes a quote that is open.
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
    assert_clean("Heavy rains fell, with up to 3.5” northeast of the city and 4” around the lake.", ORPHAN)


def test_a_stray_closing_mark_after_a_word_is_still_found() -> None:
    assert_flags("Rain totals reached 3.5 cm near the lake” and 4 cm in town.", ORPHAN, ["”"])


def test_a_closing_mark_after_a_figure_still_closes_an_open_quote() -> None:
    text = "The mayor said the count was “well over 5,000” and rising."
    assert_clean(text, ORPHAN)
    assert_clean(text, "quotes/unclosed")
