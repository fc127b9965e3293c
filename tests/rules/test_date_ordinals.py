"""consistency/ordinal-date-mix: days after a month with and without an ordinal ending in one story."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "consistency/ordinal-date-mix"


def test_the_minority_of_ordinal_endings_is_flagged_and_dropped() -> None:
    got = assert_flags("The budget was tabled on May 3. The vote is set for June 4th, and the count for June 9.",
                       RULE, ["June 4th"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == ""


def test_a_tie_keeps_the_figure_alone() -> None:
    assert_flags("The budget was tabled on May 3. The vote is set for June 4th.", RULE, ["June 4th"])


def test_a_majority_of_ordinals_flags_the_plain_day_with_its_ending() -> None:
    got = assert_flags("Polls open Oct. 21st and close Oct. 22nd; results come Oct. 23.", RULE, ["Oct. 23"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "rd"


def test_one_style_throughout_is_quiet() -> None:
    assert_clean("The budget was tabled on May 3rd. The vote is set for June 4th.", RULE)
    assert_clean("The budget was tabled on May 3. The vote is set for June 4.", RULE)
    assert_clean("The fair runs from the 4th to the 6th of June, and opens May 3.", RULE)


def test_a_page_time_stamp_does_not_count() -> None:
    assert_clean("Posted May 3, 2024\n\nThe vote is set for June 4th and the count for June 5th.", RULE)
