"""Typography rules of `typography.capitalised_terms` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_bill_numbers() -> None:
    rule = "typography/lowercase-bill-number"
    assert_flags("Under bill C-11 and law 25, and bill 96.", rule, ["bill", "law", "bill"])
    assert_clean("He paid a bill 10 days late; the law 2.5 times stricter; a $5 bill 2 days old.", rule)


def test_indigenous_is_en_ca_only() -> None:
    rule = "typography/lowercase-indigenous"
    assert_flags("It consulted indigenous leaders.", rule, ["indigenous"])
    assert_clean("It consulted indigenous leaders.", rule, locale="en-US")


def test_lowercase_western_only_in_the_political_sense() -> None:
    rule = "typography/lowercase-western"
    assert_flags("Most western countries and western allies agreed.", rule, ["western", "western"])
    assert_clean("Rain fell on western Canada, the western provinces and the western front; a Western tour.", rule)


def test_lowercase_party_only_in_a_story_about_canadian_parties() -> None:
    rule = "typography/lowercase-party"
    text = "QUEBEC – The liberals of Philippe Couillard attacked the CAQ.\n\nTwo liberal MNAs and the tories left."
    assert_flags(text, rule, ["liberals", "liberal", "tories"])
    assert_clean(text, rule, locale="en-US")
    assert_clean("The liberals on the Supreme Court dissented, and a conservative government in Texas agreed.", rule)
    assert_clean("The Liberals won; social conservatives and small-l liberals backed the Liberal government.", rule)
