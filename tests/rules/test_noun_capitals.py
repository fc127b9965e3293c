"""Common nouns capitalised where no name can stand (issue #11: German, Spanish, Russian and
Ukrainian engines keep their source's capitals): `typography/capitalised-common-word`'s second
route, `mtqa.rules.typography.noun_capitals`. Every sentence here is made up; each bad one was
missed before the route was added, and each good one is a look-alike English copy writes."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import findings

RULE = ("typography/capitalised-common-word",)

pytestmark = pytest.mark.skipif(tagging.tagger() is None, reason="needs the tagger's tables")


def _flagged(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


@pytest.mark.parametrize("text, words", [
    # the lexicon knows the capitalised form only at a sentence's start
    ("The ministers agreed that the new Format would be kept for the spring talks.", ["Format"]),
    # three distinct nouns capitalised so: an engine's habit
    ("The summit ended with a Declaration on fisheries, the Reform of the port levies and a Budget "
     "for the coast guard, officials said.", ["Declaration", "Reform", "Budget"]),
    # the story writes the word in lowercase elsewhere, and it heads "of" and a lowercase phrase
    ("The mayor praised the Renewal of the old market hall.\n\nThe renewal cost more than planned.",
     ["Renewal"]),
])
def test_a_common_noun_capitalised_where_no_name_stands(text: str, words: list[str]) -> None:
    assert _flagged(text) == words


@pytest.mark.parametrize("text", [
    # short names and titles a house capitalises alone
    "The Crown said the House would sit late, the Premier agreed, and the Charter applies to all.",
    "The Bank of Canada held its rate on Wednesday; the Bank said inflation had eased since spring.",
    "The Government of Alberta and the Senate of Canada met; the Constitution was not at issue.",
    # a number or a capitalised word after it: a name
    "The city council tabled Budget 2024 on Monday, and crews closed Highway 7 near the port.",
    "The council tabled Budget 2024 in May; a new Budget for the harbour will follow next year.",
    "Officials said Plan B was ready, and that a second Plan would be drafted in the fall.",
    # a name used as a modifier
    "A Crown prosecutor and a Bloc member spoke to the committee on Tuesday morning.",
    # a party's member, plurals (teams and parties)
    "A Democrat from Ohio joined the talks, and the Flames beat the Jets on Saturday night.",
    # after a verb or a place preposition: a person or a place
    "Reporters asked Grant about the deal, and the family later moved to Hope in the valley.",
    # a headline, a caption, a furniture line: not a paragraph of prose
    "Leave a Reply",
    "Premier Unveils New Budget Plan For Rural Roads",
    # the head of a name
    "She argued before the provincial Court of Appeal, and the federal Department of Justice replied.",
    # the planet named, with the common noun beside it
    "Astronomers pictured a tiny Earth in orbit; a tiny Earth would need light, and the earth was cold.",
    # only two distinct nouns, both known as names, never in lowercase: no habit
    "The crowd cheered a Victory for the home side and waved at the new Mission in town.",
])
def test_look_alikes_stay_quiet(text: str) -> None:
    assert _flagged(text) == [], text


def test_a_short_name_beside_a_habit_stays_quiet() -> None:
    text = ("The summit ended with a Declaration on fisheries, the Reform of the port levies and a Budget "
            "for the coast guard.\n\nThe House rose early, and the Premier thanked the Speaker.")
    assert _flagged(text) == ["Declaration", "Reform", "Budget"]


def test_the_route_s_fix_is_unsafe_so_fixing_makes_no_evidence_for_another_capital() -> None:
    # Lowercasing "the new Format" as a safe fix would give the story a lowercase "format", and the
    # first route would then judge the capital after "praised", which it had left as used twice.
    from mtqa.testing import checker

    chk = checker(RULE)
    text = ("Reporters praised Format again, and the ministers agreed that the new Format would be kept "
            "for the spring talks.")
    report = chk.check(text)
    assert [(f.text, f.fix_safe) for f in report.findings] == [("Format", False)]
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed
