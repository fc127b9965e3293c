"""consistency/clock-style and consistency/percent-style (mtqa/rules/consistency/number_forms.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_24_hour_time_beside_am_pm() -> None:
    got = assert_flags("It began at 2 p.m. and ended at 16:30 on Monday.", "consistency/clock-style", ["16:30"])
    assert [f.suggestions for f in got] == [("4:30 p.m.",)]
    assert_clean("It began at 14:00 and ended at 16:30 in Brussels.", "consistency/clock-style")


def test_percent_beside_per_cent() -> None:
    assert_flags("Prices rose 3 per cent, rents 2 per cent and wages 1 percent.", "consistency/percent-style",
                 ["percent"])
    assert_clean("Prices rose 3 per cent and rents 2 per cent.", "consistency/percent-style")
