"""Kinds the rules misread in issue #11's twenty-fifth batch (a regional weekly's list of election
teasers, each opening with its place in capitals and a colon), mended as kinds, each beside a
look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_place_in_capitals_before_a_colon_opening_a_teaser_is_a_dateline() -> None:
    rule = "consistency/acronym-case"
    assert_clean("PICTOU: A new wharf opened in Pictou on Friday, and its ferry…\n"
                 "STELLARTON: Stellarton council met again after a recount…\n"
                 "PICTOU: The Pictou fire hall will get a new pumper…", rule)
    assert_clean("TATAMAGOUCHE: Voters in Tatamagouche chose a new mayor on Saturday.", rule)
    # the same capitals inside a sentence are the story's spelling, and its word form still fires
    assert _texts("Boats left PICTOU: the wharf closed. In Pictou crews stayed, and PICTOU boats waited.",
                  rule) == ["Pictou"]
    assert _texts("Crews met in PICTOU. Later Pictou crews left, and PICTOU said so.", rule) == ["Pictou"]


def test_a_sentence_opening_with_a_place_s_council_keeps_the_place_in_the_name() -> None:
    rule = "consistency/name-case"
    assert_clean("PICTOU: Pictou County Council met on Friday. Pending a recount, county council "
                 "will keep its seven seats.", rule)
    assert_clean("Stellarton Town Council passed the budget. The town council meets again in May.", rule)
    # a preposition or an adverb opening the sentence is still not part of the name
    assert_clean("In Northern Europe the winter was mild. In northern Europe, farmers say, it was wet.", rule)
    assert_clean("Later Harbour Bell Road reopened. Later harbour bell road crews left.", rule)
    # the whole name written in lowercase, or a name after an article, still fires
    assert _texts("Pictou Harbour Bell rang at noon. Later the pictou harbour bell rang again.",
                  rule) == ["the pictou harbour bell"]
    assert _texts("The Harbour Authority met on Monday. Later the harbour authority said more.",
                  rule) == ["the harbour authority"]
