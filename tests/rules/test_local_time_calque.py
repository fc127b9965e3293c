"""'Local time' tied to a day or a date with no clock time, as Korean, Chinese and Greek agency
copy dates an event abroad (issue #11's twenty-ninth batch). Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "calques/french-calque"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE) if "local time" in f.message]


def test_a_day_or_a_date_in_local_time_is_flagged() -> None:
    assert _texts("The two leaders laid a wreath in Athens on Sunday (local time).") == ["Sunday"]
    assert _texts("The delegation reached Toronto on the evening of May 3, 2016 local time.") == ["May 3, 2016"]
    assert _texts("The envoy met students in Hanoi on 12 March 2019 (local time) and left.") == ["12 March 2019"]


def test_local_time_with_a_clock_time_or_across_a_date_line_stays() -> None:
    assert_clean("The plane landed at 7:40 p.m. local time on Sunday.", RULE)
    assert_clean("Polls close at 8 p.m. (local time) on Monday.", RULE)
    assert_clean("The quake struck early Tuesday local time, late Monday in Ottawa.", RULE)
    assert_clean("Officials said Tuesday local time (Monday night in Ottawa) was the deadline.", RULE)
    assert_clean("The talks resume on Monday morning, local time.", RULE)
