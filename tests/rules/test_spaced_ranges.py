"""A range of figures around a spaced dash before what it counts ("70 – 80 percent")."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "numbers/spaced-dash-range"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_range_before_a_unit_or_an_amount_is_flagged() -> None:
    found = findings("Sales rose 15 – 20 per cent, and the firm seeks C$3.5 — 4 billion over 2 - 3 years.", RULE)
    assert [f.text for f in found] == ["15 – 20", "C$3.5 — 4", "2 - 3"]
    assert [f.suggestions for f in found] == [("15 to 20",), ("C$3.5 to 4",), ("2 to 3",)]


def test_scores_times_pages_and_seasons_are_left_alone() -> None:
    assert_clean("The Leafs won 3 – 2 on Saturday. The office is open 9 – 5, pages 10 – 12 list the "
                 "rules, the 2019 – 2020 season ended early, and 70-80 per cent agreed.", RULE)
