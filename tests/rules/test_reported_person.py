"""grammar/speaker-person-in-reported-speech beyond the one-line examples: quotations, the
story's own voice elsewhere, the writer in the sentence, and the distance to "that"."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "grammar/speaker-person-in-reported-speech"


def test_reported_we_and_you_are_flagged_after_a_past_reporting_verb() -> None:
    assert_flags("The spokesperson pointed out that we cannot wait.\n\nThe plan was approved.", RULE, ["that we"])
    assert_flags("The mayor told councillors at a long meeting on Tuesday that you must pay the fee.", RULE,
                 ["that you"])


def test_quotations_are_the_speakers_own_words() -> None:
    assert_clean("The premier said: “The ministry warned that we must act, and we will.”", RULE)
    assert_clean("“I said that we would win,” the coach explained.", RULE)


def test_a_story_in_its_own_first_or_second_person_is_left_alone() -> None:
    assert_clean("Our reporters asked the ministry.\n\nThe minister said that we would get an answer.", RULE)
    assert_clean("Here is what you need to know.\n\nOfficials said that you should carry a passport.", RULE)


def test_another_person_elsewhere_does_not_hide_the_reported_one() -> None:
    text = "“You will see,” she said.\n\nThe official insisted that we must stay calm."
    assert_flags(text, RULE, ["that we"])


def test_a_sentence_break_a_noun_or_a_longer_word_ends_the_reading() -> None:
    assert_clean("The minister said so. Then he left, and that we know.", RULE)
    assert_clean("The report said that weather and youth programs mattered.", RULE)
    assert_clean("The board studied the requests that we sent and all demands that you made.", RULE)


def test_a_present_reporting_verb_reports_too() -> None:
    assert_flags("The minister says that we must act.\n\nThe bill passed.", RULE, ["that we"])
    assert_flags("The ministry notes that your application is late.", RULE, ["that your"])
