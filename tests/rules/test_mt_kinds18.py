"""Kinds issue #11's eighteenth batch (official statements in machine English, a round trip) shared
with other tuning-half copy, mended as kinds, each beside look-alikes that must stay quiet. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


LY_HYPHEN = "typography/hyphen-after-ly-adverb"
FRENCH_ACRONYM = "abbreviations/french-acronym"


def test_a_hyphen_after_an_ly_adverb_is_reported() -> None:
    text = ("The council called it a politically-motivated vote and a mutually-agreeable delay, "
            "and an increasingly-tense hearing followed.")
    assert _texts(text, LY_HYPHEN) == ["politically-motivated", "mutually-agreeable", "increasingly-tense"]
    assert _texts("A carefully-worded note came from the reportedly-ill envoy.", LY_HYPHEN) == [
        "carefully-worded", "reportedly-ill"]


def test_adjectives_in_ly_and_addresses_keep_their_hyphen() -> None:
    # adjectives that end in -ly, short nouns in -ally, a name in capitals, a web address
    assert_clean("An early-morning blaze hit the family-owned shop; the elderly-care wing and the "
                 "friendly-match crowd left after the rally-point closed.", LY_HYPHEN)
    assert_clean("The Really-Good Bakery posted at shop.locally-made.ca and on the stately-home tour.", LY_HYPHEN)
    assert_clean("A politically motivated vote drew a carefully worded reply.", LY_HYPHEN)


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
