"""Clauses as the source builds them (rules/grammar/clause_patterns.py), beyond each rule's
documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")


def test_which_for_people() -> None:
    rule = "grammar/which-for-person"
    assert_flags("Patients which need surgery wait a year, and teachers which retire get a pension.", rule,
                 ["Patients which", "teachers which"])
    assert_clean("Patients who need surgery wait a year; the hospitals which treat them are full.", rule)
    assert_clean("He fired the officials, which angered the union; a share of workers which rose.", rule)


def test_reported_questions_in_question_order() -> None:
    rule = "grammar/question-order-in-reported-question"
    assert_flags("The minister would not say how much will the bridge cost, nor why has the city waited.", rule,
                 ["how much will the", "why has the"])
    assert_flags("Nobody knows where did the money go.", rule, ["where did the"])
    assert_clean("Nobody knows where the money went. Where did the money go?", rule)
    assert_clean("She asked who did the work and what is left to do.", rule)
    assert_clean("“Why did they wait?” she asked. But why did the city wait, she asked.", rule)


def test_dropped_subjects() -> None:
    rule = "grammar/missing-subject"
    assert_flags("The minister said that the bill was late. Is clear that the vote will wait.", rule,
                 ["Is clear"])
    assert_flags("Voters stayed home because was raining all day.", rule, ["because was"])
    assert_clean("Is it clear that the vote will wait? Is clear water enough for the town?", rule)
    assert_clean("Voters stayed home because it was raining; it was, although it is rare.", rule)


def test_the_verb_second_after_a_time_phrase() -> None:
    rule = "grammar/verb-second-order"
    assert_flags("Yesterday presented the ministry its report. On Friday morning met she the premier.", rule,
                 ["presented the", "met she"])
    assert_clean("Yesterday the ministry presented its report; on Friday morning she met the premier.", rule)
    assert_clean("This week called for caution. In May signed deals fell. Later came the vote.", rule)


def test_the_verb_second_after_every_kind_of_sentence_start() -> None:
    """Each token that starts a sentence (the paragraph's first, and the one after each opening
    mark or stop) is read as a time phrase's start, and none other; the last three tokens start none."""
    rule = "grammar/verb-second-order"
    assert_flags("“On Monday announced the minister a plan.” (Yesterday said the mayor that it was late.)", rule,
                 ["announced the", "said the"])
    assert_flags("Was it late? Last week said the chancellor that it was; In May signed Canada the treaty.", rule,
                 ["said the", "signed Canada"])
    assert_flags("The vote: Yesterday announced the minister cuts.", rule, ["announced the"])
    assert_clean("Then yesterday announced the minister cuts, and the mayor Yesterday said it.", rule)
    assert_clean("Yesterday announced the", rule)
    assert_clean("Yesterday said.", rule)
