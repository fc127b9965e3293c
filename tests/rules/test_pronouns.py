"""An organisation called his or her: antecedents, windows, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "grammar/pronoun-for-institution"


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_a_person_anywhere_before_keeps_it_quiet() -> None:
    text = ("The party met in Laval. Mr. Roy said his caucus was united.\n\n"
            "The union voted on Monday, and she said her members were tired.\n\n"
            "The coalition backed the CEO. His shareholders agreed.")
    assert_clean(text, RULE)


def test_a_pronoun_with_only_an_organisation_before_it_is_flagged() -> None:
    (f,) = findings("The movement split in 2019. His activists founded a new group.", RULE)
    assert f.text == "His" and f.suggestions == ("Its",)
    assert_flags("The bill was struck down in April 2021, and his defenders appealed.", RULE, ["his"])
