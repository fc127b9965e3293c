"""typography/open-compound-adjective: a compound modifier left open before its noun, a kind
issue #11 found across the unseen batches (unseen-44 ... unseen-59), beside the look-alikes that
must stay quiet. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

OPEN = "typography/open-compound-adjective"


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_an_ordinal_superlative_before_a_capitalised_noun_is_a_compound() -> None:
    assert _texts("Halifax has the third busiest container port on the coast.", OPEN) == ["third busiest"]


def test_an_ordinal_superlative_without_a_noun_after_it_stays_open() -> None:
    assert_clean("Toronto is the fourth largest in the country and the second biggest of the five.", OPEN)
    assert_clean("Of the cities, Calgary was the third highest, after Vancouver.", OPEN)


def test_a_level_of_something_is_no_compound() -> None:
    assert_clean("The plant keeps a high level of security, at a high level overall.", OPEN)
    assert _texts("Both sides held a senior level meeting and ministerial level talks.", OPEN) == [
        "senior level", "ministerial level"]


def test_people_to_people_as_a_path_is_left_open() -> None:
    assert_clean("The rumour passed from people to people in the village.", OPEN)
    assert _texts("They agreed to expand people to people exchanges.", OPEN) == ["people to people"]


def test_the_fix_hyphenates_every_space_of_the_modifier() -> None:
    (finding,) = findings("They agreed to expand people to people exchanges.", OPEN)
    assert finding.suggestions == ("people-to-people",)
