"""Clean-copy kinds quieted at stop 45 (issue #11), written from the pooled clean copy of the tuning
half (the judge batches left out, read as counts only) and judged on batches collected before any of
them was written and not read (unseen-22, 28, 35, 37, 39 and 42). Every example is made up; each
quiet keeps a look-alike that is still found.

- ``spelling/foreign-spelling``: "jewelry" is the form Canadian papers write the more often (beside
  "jewellery"), so it is no US spelling in Canadian copy; "jewelers" (Canadian "jewellers") still is.
- ``typography/capital-after-semicolon``: a headline or deck set as its own short paragraph, with no
  stop, keeps the page's headline capitals ("Markets mixed; Loonie lower"); the same capital in a
  sentence of the story is still found.
- ``consistency/name-case``: an edition described after its ordinal ("this 50th anniversary season"
  beside the billed "50th Anniversary Season"), and a place's possessive that paraphrases a name
  "… of" that place ("Canada’s national flag" beside "the National Flag of Canada"), are no name
  lost; the lowercase name without the ordinal, or after a possessive the story never names the
  thing "of" ("Quebec’s national assembly" beside "the National Assembly"), is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_jewelry_is_canadian_usage() -> None:
    rule = "spelling/foreign-spelling"
    assert_clean("The gallery on Main Street shows paintings, photography, jewelry and pottery until Oct. 8.", rule)


def test_the_us_forms_beside_it_are_still_found() -> None:
    rule = "spelling/foreign-spelling"
    assert_flags("Two jewelers showed jewelry in the colors of the fall fair.", rule, ["jewelers", "colors"])


def test_a_headline_keeps_its_capital_after_a_semicolon() -> None:
    rule = "typography/capital-after-semicolon"
    assert_clean("Toronto index hits high, U.S. markets mixed; Loonie lower\n\n"
                 "The loonie traded lower on Monday as the index rose.", rule)


def test_the_same_capital_in_a_sentence_is_still_found() -> None:
    rule = "typography/capital-after-semicolon"
    assert_flags("The index hit a high and U.S. markets were mixed; Loonie traders sold.\n\n"
                 "The loonie traded lower on Monday.", rule, ["Loonie"])
    # a paragraph that lacks its stop is no headline once it runs longer than one
    assert_flags("The index hit a high on Monday after a week of gains in energy and bank shares, while "
                 "markets in New York were mixed; Loonie traders sold and the loonie fell by a cent", rule, ["Loonie"])


def test_an_edition_after_its_ordinal_is_described() -> None:
    rule = "consistency/name-case"
    assert_clean("Harbour Players 2025/ 40th Anniversary Season, four new plays, Main Stage.\n\n"
                 "For its 40th anniversary season, the company commissioned four new plays.", rule)


def test_a_possessive_that_paraphrases_a_name_of_a_place_is_described() -> None:
    rule = "consistency/name-case"
    assert_clean("Pupils drew Canada’s national flag for the school fair. Their teacher said the National "
                 "Flag of Canada first flew in 1965.", rule)


def test_the_name_lost_is_still_found_without_the_ordinal_or_the_paraphrase() -> None:
    rule = "consistency/name-case"
    assert_flags("The Anniversary Season opens in June. Tickets for the anniversary season sold out.", rule,
                 ["the anniversary season"])
    assert_flags("The National Assembly sat on Monday. Quebec’s national assembly voted on the bill.", rule,
                 ["national assembly"])
