"""Grammatical kinds of interference taken from descriptions of learners' and engines' errors
(rules/grammar/verb_patterns.py, clause_patterns.py, uncountable_counted.py, comparatives.py),
beyond each rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")


def test_gerund_verbs_with_an_infinitive() -> None:
    rule = "grammar/infinitive-for-gerund"
    assert_flags("The firm finished to build the bridge, and the mayor enjoys to meet voters.", rule,
                 ["finished to build", "enjoys to meet"])
    assert_flags("She denied to have met him; they are looking forward to work together.", rule,
                 ["denied to have", "looking forward to work"])
    # a noun, a passive, a reduced relative, a preposition's object, a gerund
    assert_clean("The risk to public health is low, and the finish to the race was close.", rule)
    assert_clean("Travellers were advised to avoid the bridge; it is recommended to book early.", rule)
    assert_clean("The measures suggested to lower prices failed; she looks forward to meeting them.", rule)
    assert_clean("The firm contributed to the fund and to building the school.", rule)


def test_that_clause_after_verbs_that_take_an_object() -> None:
    rule = "grammar/that-clause-for-object"
    assert_flags("Parents want that their children learn French.", rule, ["want that their"])
    assert_flags("The unions condemned that the police used force, and she'd like that we stay.", rule,
                 ["condemned that the", "like that we"])
    assert_clean("They wanted that bridge built; she condemned that attack and welcomed that news.", rule)
    assert_clean("What they want is that the plan works, and it is that they want.", rule)


def test_object_and_infinitive() -> None:
    rule = "grammar/object-and-infinitive"
    assert_flags("The judge prohibited them to leave the country, and Ottawa proposed us to wait.", rule,
                 ["prohibited them to leave", "proposed us to wait"])
    assert_clean("The judge prohibited them from leaving; Ottawa proposed that we wait.", rule)
    assert_clean("She demanded it to the letter and proposed him to the committee.", rule)


def test_which_for_people() -> None:
    rule = "grammar/which-for-person"
    assert_flags("Patients which need surgery wait a year, and teachers which retire get a pension.", rule,
                 ["Patients which", "teachers which"])
    assert_clean("Patients who need surgery wait a year; the hospitals which treat them are full.", rule)
    assert_clean("He fired the officials, which angered the union; a share of workers which rose.", rule)


def test_reported_questions_in_question_order() -> None:
    rule = "grammar/question-order-in-reported-question"
    assert_flags("The minister would not say how much will the bridge cost, nor why has the city waited.", rule,
                 ["why has the"])
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


def test_uncountable_nouns_counted() -> None:
    rule = "grammar/counted-uncountable"
    assert_flags("She gave another advice, and several equipment broke down.", rule,
                 ["another advice", "several equipment"])
    assert_clean("She gave more advice; several equipment makers and an equipment shortage were reported.", rule)
    assert_clean("The news came late, and a software update fixed it.", rule)


def test_short_adjectives_compared_with_more() -> None:
    rule = "grammar/analytic-comparative"
    assert_flags("The bridge is more long than the old one, and it was the most cheap option.", rule,
                 ["more long", "the most cheap"])
    assert_clean("The bridge is longer than the old one; more long-term care beds are needed.", rule)
    assert_clean("More old buildings were sold, and the most long-awaited report came out.", rule)


def test_reflexives_carried_over() -> None:
    rule = "grammar/reflexive-calque"
    assert_flags("The collapse happened itself at night, and voters rejoiced themselves.", rule,
                 ["happened itself", "rejoiced themselves"])
    assert_flags("Critics attacked themselves to the problem.", rule, ["attacked themselves to"])
    assert_clean("The collapse happened at night; voters rejoiced. He resigned himself to losing.", rule)
    assert_clean("She leaned on herself, and they opposed themselves, their own past.", rule)
