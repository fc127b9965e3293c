"""Kinds the rules misread in issue #11's twenty-third batch (a daily's year-in-review list, a
school guide naming a Quebec daycare), mended as kinds, each beside a look-alike that must still
fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_contraction_before_a_present_tense_attribution_is_a_paraphrase() -> None:
    rule = "quotes/unquoted-speech"
    assert_clean("Tuesday, Feb. 7: Ice fishers are back on the bay. There’s hardly a hut left to rent, "
                 "outfitters say.", rule)
    assert_clean("Friday, Feb. 10: The ferry may return by spring. It’s a question of weeks, "
                 "a harbour official says.", rule)
    assert_clean("The arena won’t reopen before March, the town adds.", rule)
    # first-person words, or the past tense of a quote, still fire
    assert _texts("We can’t wait another winter for the ferry, a harbour official says.", rule) == ["We", "ferry,"]
    assert _texts("It’s a question of weeks before the ferry returns, a harbour official said.",
                  rule) == ["It", "returns,"]
    assert _texts("It’s a question of weeks before the ferry returns, said one harbour official.",
                  rule) == ["It", "returns,"]


def test_a_word_inside_a_french_body_s_name_is_no_misspelling() -> None:
    rule = "nonwords/misspelt-word"
    assert_clean("Parents may keep a child at the Centre de la petite enfance on their street until "
                 "kindergarten.", rule)
    assert_clean("Her son spent two years at a Centre de la petite enfance in Gatineau.", rule)
    # the same word outside a name is still a slip
    assert _texts("The daycare's enfance program starts on Monday.", rule) == ["enfance"]
    assert _texts("The centre's petite enfance program starts on Monday.", rule) == ["enfance"]
