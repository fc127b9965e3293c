"""Names beyond the one-line examples: evidence, confidence, distinct people, the pack."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags

INCONSISTENT = "names/inconsistent-spelling"
KNOWN = "names/near-known-name"


def test_lone_surname_one_letter_off_a_known_premier() -> None:
    text = "The premier of Quebec spoke. Mr. Legaulx said the tramway would go ahead. Legaulx left."
    got = assert_flags(text, KNOWN, ["Legaulx", "Legaulx"])
    assert got[0].suggestions == ("Legault",) and got[0].confidence == 0.6
    # Without the person's role in the story, or with the name spelt right somewhere, nothing.
    assert_clean("Mr. Legaulx opened a bakery in Lyon.", KNOWN)
    assert_clean("Premier Legault of Quebec met Mr. Legaulx, a baker.", KNOWN)


def test_an_english_word_before_government_near_a_leader_name() -> None:
    text = "The premier of Quebec spoke in Lévis. Ministers of the Legaul government agreed, said Legaul."
    assert_flags(text, KNOWN, ["Legaul", "Legaul"])
    # An English word counts only before "government", and only near a leader the story is about.
    text = "The secretary of state spoke. The Blinked government fell. Blinked, he left."
    assert_flags(text, KNOWN, ["Blinked"])
    assert_clean("The Liberal government and the federal government of Canada agreed.", KNOWN)


def test_a_given_name_translated_into_its_english_twin() -> None:
    rule = "names/translated-given-name"
    got = assert_flags("Labour Minister Jean Boulet spoke.\n\nJohn Boulet said the plan would work.", rule, ["John"])
    assert got[0].suggestions == ("Jean",)
    assert_clean("John Smith and his brother Peter Smith met Jean Roy.", rule)
    assert_clean("Jean Roy spoke first; later, his son John Roy, a lawyer, spoke.", rule)


def test_a_named_persons_surname_in_lowercase() -> None:
    rule = "names/lowercase-name"
    assert_flags("Premier François Legault spoke. legault said the plan would work.", rule, ["legault"])
    assert_clean("Finance Minister Lisa Price said prices rose; Neil Young was young once.", rule)
    assert_clean("Jane Roy wrote to roy@example.ca.", rule)


def test_french_monsieur_before_a_surname() -> None:
    rule = "names/french-honorific"
    assert_flags("Premier François Legault spoke. M. Legault said no.", rule, ["M."])
    assert_clean("Economist Marc Roy spoke; M. Roy said no. M. Night Shyamalan called.", rule)


def test_lone_variant_of_a_named_persons_surname() -> None:
    text = ("Councillor Marta Szczepanik opened the meeting. Szczepanik read the motion.\n\n"
            "Critics said Szczepanek had no plan; Szczepanik disagreed.")
    got = assert_flags(text, INCONSISTENT, ["Szczepanek"])
    assert got[0].suggestions == ("Szczepanik",)
    assert got[0].confidence < 0.6


def test_lone_variant_needs_the_surname_twice_as_often() -> None:
    text = "Councillor Marta Szczepanik opened the meeting.\n\nCritics said Szczepanek had no plan."
    assert_clean(text, INCONSISTENT)


def test_lone_variant_spares_names_words_and_derived_forms() -> None:
    text = ("Councillor Marta Szczepanik opened the meeting. Szczepanik read the motion.\n\n"
            "Szczepanek Hall, Szczepaniks and #Szczepanek were named, and Ada Szczepanek spoke. Szczepanik won.")
    assert_clean(text, INCONSISTENT)


@pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)
def test_surname_in_lowercase_after_a_given_name() -> None:
    got = assert_flags("Their lawyer, Carlos hernandez, filed the appeal.", "names/lowercase-name", ["hernandez"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "Hernandez"
    assert_clean("Their lawyer, Carlos Hernandez, filed the appeal; the Alberta roadmap and Carlos timeline went on.",
                 "names/lowercase-name")


def test_given_name_spelt_two_ways_before_one_surname() -> None:
    text = "Deputy Dmitry Karpenko spoke.\n\nDmitry Karpenko left, and Dmitri Karpenko said so later."
    got = assert_flags(text, INCONSISTENT, ["Dmitri"])
    assert got[0].suggestions == ("Dmitry",)
    assert_clean("Daniel Karpenko and his daughter Danielle Karpenko spoke.\n\nDaniel Karpenko said so; "
                 "Zoé Karpenko and Zoe Karpenko left.", INCONSISTENT)


def test_given_name_variants_before_a_common_word_are_left_alone() -> None:
    assert_clean("Shares of Lianhua Holdings fell.\n\nLianhwa Holdings said profits rose.", INCONSISTENT)


@pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)
def test_a_genus_as_a_plants_common_name_is_no_name_in_lowercase() -> None:
    rule = "names/lowercase-name"
    assert_clean("This is the alocasia plant, Alocasia, which flies pollinate.", rule)
    assert_clean("Bees visit Plumeria; the plumeria flowers and a hibiscus bush, Hibiscus, beside them.", rule)
    # a town's name before "plant" (a factory), or a Latin-looking name before any other noun, is a name
    assert_flags("Jobs went to Samara.\n\nThe samara plant closed.", rule, ["samara"])
    assert_flags("Jobs went to Tarragonia.\n\nThe tarragonia airport opened.", rule, ["tarragonia"])
