"""Kinds of clean copy the rules flagged in issue #11's twentieth batch, mended as kinds, each
beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_the_generic_tail_of_a_long_name_is_no_lost_capital() -> None:
    rule = "consistency/name-case"
    assert_clean("A new Prairie-Yukon Bilateral Water Working Group was set up on Monday. "
                 "The newly formed working group will meet in Whitehorse in May.", [rule])
    assert_clean("The Lakehead Regional Transit Advisory Board met on Monday. The advisory board will vote in June.",
                 [rule])
    # the tail with the name's word before it, or a three-word tail, lowercased, is still the name lost
    assert _texts("The Federal Water Review Office met on Monday. Later the water review office said more.",
                  rule) == ["the water review office"]
    assert _texts("The Pine Lakes Water Review Office met. Later the water review office said more.",
                  rule) == ["the water review office"]
    assert _texts("The Prairie-Yukon Bilateral Water Working Group met. Later the water working group voted.",
                  rule) == ["the water working group"]


def test_a_capital_ending_a_title_cased_charge_is_no_common_noun() -> None:
    rule = "typography/capitalised-common-word"
    assert_clean("The driver, 31, faces one charge of Dangerous Operation of a Conveyance and one of "
                 "Assault with a Weapon, police said on Friday.", [rule])
    assert_clean("She was charged with Failure to Comply with a Release Order after the stop, officers said.",
                 [rule])
    # a capital after "a" that a lowercase verb and a linking word lead to is still a common noun's
    assert _texts("They spoke of a Declaration on river safety, the Reform of the harbour rules and a "
                  "Budget that would follow.", rule) == ["Declaration", "Reform", "Budget"]
