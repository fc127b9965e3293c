"""Clean-copy kinds quieted at stop 43 (issue #11), written from the pooled unseen clean batches
(unseen-21 to unseen-33) and the tuning half's clean copy, and judged on a batch collected before
any of them was written and not read (unseen-35). Every example is made up; each quiet keeps a
look-alike that is still found.

- ``publications/missing-article``: a source credit after a dash that closes an item ("… regrets
  the error. —Daily Planet") needs no article; the name in a sentence still does.
- ``nonwords/unknown-word``: a name whose own first word is lowercase ("qathet Regional District"),
  written so twice; a lone garble before a capitalised title is still found.
- ``consistency/name-case``: a plural after names joined by "and" is the generic they share
  ("Pine Lake and Stone River first nations"); the same words after a possessive are still found.
  A name opened by a lowercase word no word list knows ("qathet Regional District") is a longer
  name, whose two-word tail is the generic ("the regional district"); after a listed word
  ("the new Regional District") the lowercase copy is still the name lost.
- ``calques/french-calque``: a paraphrase-tool phrase whose last word opens a hyphenated compound
  ("subsequent week-long") is not the phrase.
- ``numbers/day-month-order``: a weekday before a day with an English ordinal ("Saturday 14th
  September") is a British writer's date; a day-first date without both is still found.
- ``spelling/foreign-spelling``: a story placed in the US that names no place in Canada is US copy
  carried as written; one that names Canada, or no place at all, is still checked.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_dash_credit_closing_an_item_needs_no_article() -> None:
    rule = "publications/missing-article"
    assert_clean("The item gave the wrong date. The paper apologizes for the mistake. —Toronto Star", rule)
    assert_clean("An earlier story misnamed the mayor. — Ottawa Citizen\nA second correction follows.", rule)


def test_a_publication_in_a_sentence_still_wants_its_article() -> None:
    rule = "publications/missing-article"
    assert_flags("The error was first seen — Toronto Star said so — on Monday.", rule, ["Toronto Star"])
    assert_flags("It regrets the error, a spokesperson for Toronto Star said.", rule, ["Toronto Star"])


def test_a_name_whose_first_word_is_lowercase_is_no_unknown_word() -> None:
    rule = "nonwords/unknown-word"
    assert_clean("Directors of the plarvet Regional District met.\n\nThe plarvet Regional District voted no.", rule)


def test_a_lone_garble_before_capitals_is_still_an_unknown_word() -> None:
    rule = "nonwords/unknown-word"
    assert_flags("The controlarity Prime Minister said no.", rule, ["controlarity"])
    assert_flags("Directors of the plarvet Regional District met.\n\nThe plarvet district voted no.", rule,
                 ["plarvet", "plarvet"])


def test_a_plural_shared_by_joined_names_is_lowercase() -> None:
    rule = "consistency/name-case"
    assert_clean("Chiefs of three First Nations met. Pine Lake and Stone River first nations signed first.", rule)


def test_a_lost_capital_after_a_possessive_is_still_found() -> None:
    rule = "consistency/name-case"
    assert_flags("Chiefs of three First Nations met. Ontario and its first nations signed.", rule, ["first nations"])


def test_a_name_opened_by_an_unlisted_lowercase_word_leaves_its_generic_tail_lowercase() -> None:
    rule = "consistency/name-case"
    assert_clean("The plarvet Regional District met. Later the regional district voted no.", rule)


def test_a_name_after_a_listed_word_still_loses_its_capitals_in_lowercase() -> None:
    rule = "consistency/name-case"
    assert_flags("The new Regional District met. Later the regional district voted no.", rule, ["the regional district"])


def test_a_phrase_whose_last_word_opens_a_compound_is_no_calque() -> None:
    rule = "calques/french-calque"
    assert_clean("The courts reopened after the storm and subsequent week-long closure.", rule)
    assert_clean("The courts reopened after the storm and subsequent week\u2010long closure.", rule)  # U+2010 hyphen
    assert_flags("The minister will table the bill subsequent week.", rule, ["subsequent week"])


def test_a_british_weekday_and_ordinal_date_is_quiet() -> None:
    rule = "numbers/day-month-order"
    assert_clean("The festival runs from Friday 3rd May to Sunday 12th May.", rule)


def test_a_day_first_date_without_weekday_or_ordinal_is_still_found() -> None:
    rule = "numbers/day-month-order"
    assert_flags("The festival runs from Saturday 14 September.", rule, ["14 September"])
    assert_flags("The festival opens on 14th September, a Saturday.", rule, ["14th September"])


def test_us_copy_naming_no_canadian_place_keeps_its_spelling() -> None:
    rule = "spelling/foreign-spelling"
    assert_clean("DURHAM, N.C. — Fall enrollment rose at the university, where humor helps, the dean said.", rule)
    assert_clean("Officials in Texas said enrollment rose.\n\nThe county's labor costs fell.", rule)
    assert_clean("Police in Springfield, Mass., said enrollment rose.", rule)  # an AP abbreviation after a city


def test_copy_naming_canada_or_no_place_is_still_checked() -> None:
    rule = "spelling/foreign-spelling"
    assert_flags("OTTAWA — Fall enrollment rose at universities in North Carolina and Ontario.", rule, ["enrollment"])
    assert_flags("The enrollment rose, officials said, as labor costs fell.", rule, ["enrollment", "labor"])
    # a state's abbreviation with no city before it places nothing: "Mass." here is the service
    assert_flags("Parishioners attended Mass. The color of the vestments was white.", rule, ["color"])
