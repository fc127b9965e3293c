"""A preposition that a day, a year, a clock time or an address takes otherwise
(rules/grammar/time_place_prepositions.py), beyond the rule's documented examples (which
tests/test_examples.py runs)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "grammar/time-place-preposition"


def test_each_shape_is_flagged() -> None:
    assert_flags("Voting ends at Friday, officials said.", RULE, ["at Friday"])
    assert_flags("The bridge was built on 1998.", RULE, ["on 1998"])
    assert_flags("Ridership fell sharply at April 2020 and recovered.", RULE, ["at April 2020"])
    assert_flags("The polls close in 8 p.m. tonight.", RULE, ["in 8 p.m."])
    assert_flags("A fire broke out on 45 Elm Street overnight.", RULE, ["on 45 Elm Street"])
    assert_flags("Police arrived in the evening of 12 June to find the door open.", RULE,
                 ["in the evening of 12 June"])


def test_the_fix_keeps_the_capital_of_a_sentence_start() -> None:
    (hit,) = findings("In Tuesday, the council met.", RULE)
    assert hit.fix is not None and [e.replacement for e in hit.fix.edits] == ["On Tuesday"]


def test_objects_that_modify_a_noun_or_name_a_street_stay_quiet() -> None:
    assert_clean("In Tuesday's vote the council agreed, and at Friday prayers the imam spoke.", RULE)
    assert_clean("Output stayed at 2019 levels; the shop on 4 Street NE moved to 10th Avenue.", RULE)
    assert_clean("The team won in 2:05:11, and on 12 occasions in 2019 it lost.", RULE)


def test_a_verb_that_governs_the_preposition_stays_quiet() -> None:
    assert_clean("The report focused on 2021. Analysts looked at 2019.", RULE)
    assert_clean("The party is looking ahead at 2026.", RULE)
