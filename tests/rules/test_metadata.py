"""A CMS's metadata printed as copy: an ISO 8601 time stamp, a run of hashtags."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags

RULE = "boilerplate/cms-metadata"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_a_time_stamp_alone_on_its_line_is_flagged() -> None:
    assert_flags("Inside Austria\n\n2022-08-02T13:35:09.529Z\n\nThe party is ailing.", RULE, ["2022-08-02T13:35:09.529Z"])
    assert_flags("Headline\n2023-05-01T08:00+02:00\nThe party is ailing.", RULE, ["2023-05-01T08:00+02:00"])


def test_a_tag_run_heading_a_line_is_flagged() -> None:
    assert_flags("#Monreal, #Bill21, #Manitoba Montreal, Nov 29: Some women moved.", RULE, ["#Monreal, #Bill21, #Manitoba"])


def test_dates_times_and_single_tags_are_left_alone() -> None:
    assert_clean("The vote was set for 2022-08-02 and closed at 20:00. Polls opened 2022-08-02T08:00 sharp.\n\n"
                 "#Habs David Savard on staying: he wants to be here. The tag #Bill21 #Quebec trended.", RULE)
