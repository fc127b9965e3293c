"""Numbers as the source writes them: a decade with a case ending, a decimal comma before a scale word."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

CLEAN = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")


def test_clean_copy_is_quiet() -> None:
    assert_clean(CLEAN, "numbers/decade-ending")
    assert_clean(CLEAN, "numbers/decimal-comma-scale")


def test_a_decade_with_a_case_ending_is_flagged() -> None:
    (f,) = findings("The teleconference recalled those of the 80-ies between the two nations.", "numbers/decade-ending")
    assert f.text == "80-ies" and f.suggestions == ("1980s",)
    (g,) = findings("Prices last rose this fast in the 1990-s, he said.", "numbers/decade-ending")
    assert g.suggestions == ("1990s",)
    assert_clean("A 60-seat majority, a 20-something candidate and the 1980s.", "numbers/decade-ending")


def test_a_decimal_comma_before_trillion_is_flagged() -> None:
    (f,) = findings("The budget totals 1,074 trillion euros for 2021-2027.", "numbers/decimal-comma-scale")
    assert f.text == "1,074" and f.suggestions == ("1.074",)
    assert_clean("The bank holds 12,500 billion won, 1,074 million dollars and 1.074 trillion euros.",
                 "numbers/decimal-comma-scale")
