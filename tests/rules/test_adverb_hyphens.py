"""typography/hyphen-after-ly-adverb (issue #11's eighteenth batch): an -ly adverb takes no hyphen
before the adjective it modifies, beside adjectives in -ly and addresses that keep theirs. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

LY_HYPHEN = "typography/hyphen-after-ly-adverb"


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


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
