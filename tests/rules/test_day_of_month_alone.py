"""A day of the month with no month ("on the 3rd (local time)"): Korean, Japanese and Chinese dates."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "calques/french-calque"


def test_day_of_month_alone_is_flagged() -> None:
    got = findings("The two leaders spoke by phone on the 3rd (local time), and again from the 9th, officials said.", RULE)
    assert [f.text for f in got if "day of the month" in f.message] == ["on the 3rd", "from the 9th"]


def test_dates_and_ordinals_english_writes_are_left_alone() -> None:
    assert_clean("The leaders spoke on March 3, on the 3rd floor of the hotel, and on the 9th of April; "
                 "he sank the putt on the 9th green.", RULE)
