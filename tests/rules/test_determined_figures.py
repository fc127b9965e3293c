"""numbers/figure-after-determiner: a count under ten in figures after "the", "both", a possessive."""

from __future__ import annotations

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "numbers/figure-after-determiner"


def test_a_counted_group_after_a_determiner_is_spelled_out() -> None:
    got = assert_flags("Talks between the 2 premiers ended, and their 4 young children watched.", RULE, ["2", "4"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "two"
    assert "“four”" in got[1].message


def test_a_noun_the_tagger_leaves_untagged_still_counts() -> None:
    assert_flags("Both 3 mayors signed the accord in the spring.", RULE, ["3"])


def test_measures_money_times_and_scores_keep_figures() -> None:
    text = ("The 2 per cent levy, the 3 p.m. deadline and the 5 km loop stay. The 4 goals in the third "
            "and the 2 seeds of the draw; the 9 stars of the guide; the 2 million doses.")
    assert_clean(text, RULE)


def test_names_ranges_and_larger_figures_nearby_keep_figures() -> None:
    assert_clean("The 5 to 12 classes closed; the No. 2 pick went first; the 3-2 win; Route 2 exits.", RULE)
    assert_clean("The 4 Seasons hotel and the 2 Corinthians reading.", RULE)


def test_a_bare_figure_without_a_determiner_is_left_to_small_figure() -> None:
    assert_clean("Debris fell in 8 settlements, officials said.", RULE)


def test_quiet_without_the_tagger(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "tagger", lambda: None)
    assert not findings("Talks between the 2 premiers ended.", RULE)
