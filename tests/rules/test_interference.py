"""Interference by kind: a noun's number as the source language has it (rules/interference.py),
and the calques pack's kinds of the sixth pass, beyond each entry's own example and look-alikes
(which tests/rules/test_calques.py checks)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")


def test_one_of_the_with_a_singular_noun() -> None:
    rule = "grammar/one-of-singular"
    assert_flags("It is one of the largest company in Canada, and one of the most respected leader of the party.",
                 rule, ["company"])
    assert_flags("She is one of the best player on the team.", rule, ["player"])


def test_one_of_the_leaves_plurals_groups_compounds_and_names_alone() -> None:
    rule = "grammar/one-of-singular"
    assert_clean("One of the biggest problems in the city is housing.", rule)
    assert_clean("She is one of the staff who stayed, and one of the family.", rule)
    assert_clean("It is one of the largest oil and gas companies in Canada.", rule)
    assert_clean("One of the party leaders spoke; one of the Liberal MPs left.", rule)
    assert_clean("It was one of the best, he said.", rule)


def test_much_before_a_plural_noun() -> None:
    rule = "grammar/much-with-plural"
    assert_flags("Much people came, and much countries objected.", rule, ["Much people", "much countries"])
    assert_clean("Much of the money went to hospitals; much needed supplies arrived. Thanks very much.", rule)
    assert_clean("Much thanks to the volunteers.", rule)


def test_attribution_in_the_french_present_tense() -> None:
    rule = "calques/french-calque"
    assert_flags("The reform will help families, believes the Liberal leader.", rule, ["believes"])
    assert_flags("“It is a scandal,” hammers Mr. Roy.", rule, ["hammers"])
    assert_clean("“It will pass,” adds Smith, who explains the plan.", rule)
    assert_clean("The data indicates that prices rose. Story continues below advertisement", rule)


def test_light_verb_do_where_english_makes() -> None:
    rule = "calques/french-calque"
    assert_flags("He admitted he did a mistake, and she did the announcement.", rule,
                 ["did a mistake", "did the announcement"])
    assert_clean("What did the announcement say? Did the decision surprise you?", rule)


def test_events_that_hold_themselves() -> None:
    rule = "calques/french-calque"
    assert_flags("The summit will hold in June.", rule, ["summit will hold"])
    assert_clean("The summit will be held in June; the ceasefire will hold.", rule)


def test_idioms_rendered_word_for_word() -> None:
    rule = "calques/french-calque"
    assert_flags("The union threw the sponge.", rule, ["threw the sponge"])
    assert_flags("They met under four eyes.", rule, ["under four eyes"])
    assert_clean("The union threw in the towel; they met in private.", rule)

