"""A body called "she" or "he" (grammar/gendered-pronoun-for-institution in
rules/grammar/pronouns.py), beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "grammar/gendered-pronoun-for-institution"


def test_a_pronoun_whose_only_antecedent_is_a_body_is_flagged() -> None:
    assert_flags("The transit agency cut three routes. She says buses are too old.", RULE, ["She"])
    assert_flags("The bakery company closed a plant, and his sales fell by a third.", RULE, ["his"])


def test_a_person_in_the_window_or_two_paragraphs_back_keeps_it_quiet() -> None:
    assert_clean("The transit agency cut three routes, Director Amal Haddad said. She says buses are old.", RULE)
    assert_clean("Transport Minister Ruth Okoye toured the depot.\n\nThe transit agency cut three routes. "
                 "She says buses are too old.", RULE)
    assert_clean("The agency cut three routes because she, the new director, wanted it.", RULE)


def test_titles_quotations_and_places_are_no_pronouns_of_a_body() -> None:
    assert_clean("The council sent a letter to Her Majesty and to His Excellency.", RULE)
    assert_clean("The agency cut three routes. “She was right,” one driver said.", RULE)


def test_a_place_or_a_body_named_with_capitals_is_no_person() -> None:
    assert_flags("The agency in Ontario cut three routes. She says buses are too old.", RULE, ["She"])
