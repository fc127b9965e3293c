"""Two small figures whose loss `source/number-mismatch` reports: a day of the month written alone
and a list item's number. Figures under 10 are otherwise left alone (small counts become "a",
"both", "a couple"); these two have no such rendering, so a translation that lacks them lost them.
The finding names the lost text (`Finding.extra[OMITTED]`), so an evaluation can match it on the
omission span MQM raters mark in the source. Every segment here is made up."""

from __future__ import annotations

import pytest

from mtqa.finding import OMITTED
from mtqa.testing import findings

RULE = "source/number-mismatch"
BARE_DAY = "统计局8日公布了新的就业数据。"
LIST_ITEM = "3. 每周把文件备份到移动硬盘上。"


def _lost(target: str, source: str) -> list[str]:
    return [f.extra.get(OMITTED) for f in findings(target, RULE, source=source) if f.extra]


def test_a_bare_day_of_the_month_the_translation_lacks_is_reported_and_named() -> None:
    assert _lost("The bureau released new jobs data.", BARE_DAY) == ["8"]
    # 8日晚间 "on the evening of the 8th": a date, though 间 follows further on (日间 would be "by day")
    assert _lost("The bureau released new jobs data in the evening.", "统计局8日晚间公布了新的就业数据。") == ["8"]


def test_a_list_items_number_the_translation_lacks_is_reported_and_named() -> None:
    assert _lost("Back up your files to a portable drive every week.", LIST_ITEM) == ["3"]
    assert _lost("Back up your files to a portable drive every week.", "（3）每周把文件备份到移动硬盘上。") == ["3"]


@pytest.mark.parametrize("target", [
    "The bureau released new jobs data on the 8th.",
    "On March 8, the bureau released new jobs data.",
    "The bureau released new jobs data on Wednesday.",  # the weekday for the date: a house-style move
    "The bureau released new jobs data the same day.",
    "New jobs data came out on the eighth; the bureau released them.",  # reordered, in words
])
def test_a_day_kept_in_any_form_is_not_reported(target: str) -> None:
    assert _lost(target, BARE_DAY) == []


@pytest.mark.parametrize("target", [
    "3. Back up your files to a portable drive every week.",
    "Third, back up your files to a portable drive every week.",
    "• Back up your files to a portable drive every week.",  # a numbered list turned into bullets
    "(c) Back up your files to a portable drive every week.",
])
def test_a_list_kept_in_another_form_is_not_reported(target: str) -> None:
    assert _lost(target, LIST_ITEM) == []


@pytest.mark.parametrize(("target", "source"), [
    ("The refund arrives within a week.", "退款将在7日内到账。"),  # 7日内: a span of days, not a date
    ("Prices fell for more than a week.", "价格连续9日下跌。"),  # 连续9日: a count of days, rendered freely
    ("Both teams scored in the second half.", "两队都在下半场进球。"),
    ("The ministers met again.", "3位部长再次会面。"),  # a small count, not a day or an item
    ("He was hurt in the earthquake.", "他在3.5级地震中受伤。"),  # not an integer
])
def test_look_alikes_stay_quiet(target: str, source: str) -> None:
    assert _lost(target, source) == []
