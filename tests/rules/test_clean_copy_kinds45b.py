"""Clean-copy kinds quieted in stop 45's second round (issue #11), written from unseen-43 (eleven clean
excerpts of tuning-half sites new to the corpus, measured once before any rule was written, then read
in full) and the pooled clean copy; judged on the six judge batches, read as counts only. Every example
is made up; each quiet keeps a look-alike that is still found.

- ``names/inconsistent-spelling``: a byline's typewriter apostrophe beside the body's curly one
  ("O'Brien" / "O’Brien") is one spelling; a letter changed is still found.
- ``quotes/unclosed``: a teaser an archive's list cuts inside its quotation and closes with its
  separator ("… |") is the page's layout; a quotation left open before a separator without the cut
  is still found.
- ``typography/capitalised-common-word``: a headline that capitalises every word of four letters or
  more keeps its capitals though two short words ("is now") stay in lowercase; the same capital in a
  sentence-case headline is still found.
- ``typography/paragraph-without-stop``: a short headline that asks a question and answers it has no
  stop by design; the same line after a statement, or long enough to be prose, is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_an_apostrophe_in_another_typeface_is_one_spelling() -> None:
    rule = "names/inconsistent-spelling"
    assert_clean("By Dana O'Brien\n\nThe hall was full. Photo by Dana O’Brien/The Courier\n\n"
                 "O’Brien said the hall would reopen.", rule)


def test_a_letter_changed_is_still_found() -> None:
    rule = "names/inconsistent-spelling"
    assert_flags("By Dana O'Brien\n\nThe hall was full. Photo by Dana O’Brian/The Courier\n\n"
                 "O'Brien said the hall would reopen.", rule, ["O’Brian"])


def test_a_teaser_cut_before_its_list_separator_is_layout() -> None:
    rule = "quotes/unclosed"
    assert_clean("Releases\nThe board says the levy will rise. “Rates have not moved since the flood and we… |\n"
                 "Pool opens in June", rule)


def test_a_quotation_left_open_before_a_separator_without_the_cut_is_still_found() -> None:
    rule = "quotes/unclosed"
    assert_flags("Releases\nThe board says the levy will rise. “Rates have not moved since the flood, it said. |\n"
                 "Pool opens in June", rule, ["“"])


def test_a_headline_with_its_long_words_capitalised_keeps_its_capitals() -> None:
    rule = "typography/capitalised-common-word"
    assert_clean("Old Arena at the Fair Grounds is now Closed and Up for Sale\n\n"
                 "The arena closed in May; it is closed for good.", rule)


def test_the_capital_in_a_sentence_case_headline_is_still_found() -> None:
    rule = "typography/capitalised-common-word"
    assert_flags("The old arena at the fair grounds is now Closed and up for sale\n\n"
                 "The arena closed in May; it is closed for good.", rule, ["Closed"])


def test_a_headline_that_asks_and_answers_needs_no_stop() -> None:
    rule = "typography/paragraph-without-stop"
    assert_clean("Is the lake safe to swim in? Weekly tests give the answer\n\n"
                 "The health unit tests the water every Monday.", rule)


def test_the_same_line_after_a_statement_is_still_found() -> None:
    rule = "typography/paragraph-without-stop"
    assert_flags("The beach reopened. Is the lake safe? Weekly tests give the answer\n\n"
                 "The health unit tests the water every Monday.", rule, ["answer"])
