"""A sentence opening on "Either" with no "or": French "soit" (that is)."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "grammar/either-without-or"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_either_without_or_is_flagged() -> None:
    (f,) = findings("Very disturbing. Either the agency and its boss have not recommended anything.", RULE)
    assert f.text == "Either" and f.suggestions == ("In other words,",)


def test_english_either_is_left_alone() -> None:
    assert_clean("Either the agency acts or the minister will. Either way, it votes Monday. "
                 "Either of them could win. Neither side moved, nor did the unions.", RULE)
