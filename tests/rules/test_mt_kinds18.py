"""Kinds issue #11's eighteenth batch (official statements in machine English, a round trip) shared
with other tuning-half copy, mended as kinds, each beside look-alikes that must stay quiet. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


FRENCH_ACRONYM = "abbreviations/french-acronym"


def test_letters_the_story_spells_out_in_english_are_not_called_french() -> None:
    # the story's own capitalised name whose initials are the letters
    assert_clean("The Tamarack Police Service hired interpreters. TPS officers start in June.", FRENCH_ACRONYM)
    assert_clean("Members of the Toronto Parking Services board met; TPS fees rise.", FRENCH_ACRONYM)


def test_french_letters_without_an_english_name_are_still_reported() -> None:
    assert _texts("Shoppers now pay the TPS on every purchase.", FRENCH_ACRONYM) == ["TPS"]
    # a title-case headline whose words happen to start with the letters does not spell them out
    assert _texts("Tax Plan Stalls As Ottawa Waits\n\nShoppers now pay the TPS on every purchase.",
                  FRENCH_ACRONYM) == ["TPS"]


JOINS = "typography/run-together-words"


def test_a_camel_case_name_the_story_writes_twice_is_not_a_lost_space() -> None:
    # a firm's name written in camel case, the same way each time
    assert_clean("The board hired TranslateLine for the work. TranslateLine staff start on Monday.", JOINS)


def test_a_capitalised_join_written_once_is_still_reported() -> None:
    assert _texts("Council Backs Harbour CleanupResidents say the water is murky.", JOINS) == ["CleanupResidents"]
