"""Verb complements as the source builds them (rules/grammar/verb_patterns.py), beyond each
rule's documented examples (which tests/test_examples.py runs)."""

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


def test_reflexives_carried_over() -> None:
    rule = "grammar/reflexive-calque"
    assert_flags("The collapse happened itself at night, and voters rejoiced themselves.", rule,
                 ["happened itself", "rejoiced themselves"])
    assert_flags("Critics attacked themselves to the problem.", rule, ["attacked themselves to"])
    assert_clean("The collapse happened at night; voters rejoiced. He resigned himself to losing.", rule)
    assert_clean("She leaned on herself, and they opposed themselves, their own past.", rule)
