"""A preposition that a day, a date, a year, a clock time or an address takes otherwise
(rules/grammar/time_place_prepositions.py, `grammar/preposition-of-time`), beyond the rule's
documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.errors import ConfigError
from mtqa.finding import Applicability
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "grammar/preposition-of-time"


def test_each_shape_is_flagged() -> None:
    assert_flags("Voting ends at Friday, officials said.", RULE, ["at Friday"])
    assert_flags("The bridge was built on 1998.", RULE, ["on 1998"])
    assert_flags("Ridership fell sharply at April 2020 and recovered.", RULE, ["at April 2020"])
    assert_flags("The polls close in 8 p.m. tonight.", RULE, ["in 8 p.m."])
    assert_flags("A fire broke out on 45 Elm Street overnight.", RULE, ["on 45 Elm Street"])
    assert_flags("Police arrived in the evening of 12 June to find the door open.", RULE,
                 ["in the evening of 12 June"])
    # the whole day's number, not its first digit
    assert_flags("Talks began in the afternoon of November 20 in Beijing.", RULE,
                 ["in the afternoon of November 20"])


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


def test_in_before_a_day_or_a_date() -> None:
    got = assert_flags("The vote is in Monday. He spoke in April 29, 2021.", RULE, ["in Monday", "in April 29"], preview=True)
    assert [f.suggestions for f in got] == [("on Monday",), ("on April 29",)]
    assert_clean("In Monday’s vote it passed; sales rose in May 2019 and in April 12 per cent.", RULE, preview=True)
    assert_clean("He taught in Sunday school in June.", RULE, preview=True)


def test_a_span_two_shapes_read_is_one_finding_with_the_safe_fix() -> None:
    # "in Monday," is read by the day shape of "in" + a day or a date and by the weekday shape
    # of "in"/"at" + a day: one finding, and the fix of the older shape (safe) is the one kept.
    (hit,) = findings("The council met in Monday, the clerk said.", RULE, preview=True)
    assert hit.fix is not None and hit.fix.applicability is Applicability.SAFE
    # a shape's own reading stays display-only: the phrase may be the verb's
    (other,) = findings("The council met at Monday, the clerk said.", RULE, preview=True)
    assert other.fix is not None and other.fix.applicability is Applicability.DISPLAY_ONLY


def test_the_older_shape_is_not_silenced_by_a_governing_verb() -> None:
    # "in" + a day never is a verb's own complement; "at" + a year after "looked" is.
    assert_flags("The report was based in Monday's figures and reported in Monday.", RULE, ["in Monday"])
    assert_clean("Analysts looked at 2019.", RULE)


def test_the_old_separate_id_is_gone() -> None:
    # one rule, one id: the id stop 46 briefly used is refused as any unknown rule is
    with pytest.raises(ConfigError):
        findings("The council met in Monday.", "grammar/time-place-preposition")
