"""Translated outlet names beyond one line: the place of the story, citing slots, headlines."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "publications/translated-name"


def test_an_outlet_is_flagged_only_in_a_story_about_its_place() -> None:
    assert_clean("The minister told The Duty that the plan would go ahead.", RULE)
    assert_flags("In Quebec, the minister told The Duty that the plan would go ahead.", RULE, ["The Duty"])


def test_one_literal_form_suggests_the_outlet_of_the_story_place() -> None:
    got = assert_flags("Madrid was calm on Sunday, according to The World.", RULE, ["The World"])
    assert got[0].suggestions == ("El Mundo",)
    got = assert_flags("Paris was calm on Sunday, according to The World.", RULE, ["The World"])
    assert got[0].suggestions == ("Le Monde",)


def test_ordinary_english_words_are_not_outlets() -> None:
    text = ("Quebec's press gallery met. The Press Gallery president said the sun rose early and the "
            "world was watching; it was their duty to report.")
    assert_clean(text, RULE)


def test_title_case_headline_is_skipped() -> None:
    assert_clean("Montreal Mayor Tells The Press She Will Run Again", RULE)


def test_german_masthead_with_a_case_ending_is_flagged_wherever_the_story_is() -> None:
    rule = "publications/translated-name"
    found = assert_flags("The leak was first reported by the Frankfurter Allgemeinen Zeitung on Monday.", rule,
                         ["Frankfurter Allgemeinen Zeitung"])
    assert found[0].suggestions[0] == "Frankfurter Allgemeine Zeitung"
    assert_clean("The leak was first reported by the Frankfurter Allgemeine Zeitung on Monday.", rule)
    assert_clean("The Süddeutsche Zeitung and the Neue Zürcher Zeitung both ran the story.", rule)


def test_ambiguous_name_is_cited_by_the_verb_after_it() -> None:
    assert_flags("In Berlin, the Mirror reported that the German coalition was split.", RULE, ["the Mirror"])
    assert_clean("In Berlin, the mirror in the hall was split.", RULE)
