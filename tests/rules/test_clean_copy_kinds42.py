"""A clean-copy kind quieted at stop 42 (issue #11), written from an older unseen batch.

A newspaper may set its lead's first word in capitals ("THE small print of …"): a small word in
capitals that opens the paragraph before a lowercase word is typography, not a heading run into
the text. A heading's join keeps the next word's capital ("TO Halifax …") and is still found, as
is the same word in capitals inside a sentence.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "typography/stray-capitals"


def test_a_lead_whose_first_word_is_set_in_capitals_is_quiet() -> None:
    assert_clean("THE small print of the ferry contract shows fares will rise in spring.", RULE)
    assert_clean("The board met on Monday.\n\nIN a split vote, trustees kept the bus routes.", RULE)


def test_a_heading_join_and_capitals_inside_a_sentence_are_still_found() -> None:
    assert_flags("TO Halifax the ferry will not sail this winter, the operator said.", RULE, ["TO"])
    assert_flags("Crews worked late, and THE small print of the ferry contract shows more.", RULE, ["THE"])
    assert_flags("He said: “TO Halifax we also talked about the ferry.”", RULE, ["TO"])
