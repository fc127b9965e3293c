from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_plural_head_with_singular_verb_is_flagged() -> None:
    got = assert_flags("Many members of the council has left.", "grammar/plural-head-singular-verb",
                       ["members of the council has"])
    assert got[0].suggestions == ("members of the council have",)


def test_singular_nouns_in_s_and_relative_clauses_are_left_alone() -> None:
    assert_clean("The news of the day was good. The heads of the union that was formed met. "
                 "The series of the year is over.", "grammar/plural-head-singular-verb")


def test_latin_and_greek_singulars_in_us_and_is_are_left_alone_but_plurals_are_not() -> None:
    rule = "grammar/plural-head-singular-verb"
    assert_clean("The focus of the inquiry was cost. The status of the bridge plan is unclear. "
                 "The crisis of the party has deepened, and the basis of the claim was weak.", rule)
    assert_flags("The plans of the gathering has changed, and the crises of the party has deepened.", rule,
                 ["plans of the gathering has", "crises of the party has"])
