"""A declared thesaurus swap judged by the trigram model: flagged where the model finds the declared
word far likelier in the same words, left alone where the written word is English there."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import language_model
from mtqa.rules.calques import thesaurus_swaps
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "calques/thesaurus-swap"

pytestmark = pytest.mark.skipif(not language_model.available(), reason="needs mtqa[lm]")


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_a_swap_in_a_slot_english_fills_with_the_declared_word_is_flagged() -> None:
    text = ("The mayor called an emergency assembly at city hall on Friday. Three blameless people were "
            "hurt in the attack. Ottawa signed a commerce pact with Berlin last week.")
    assert_flags(text, RULE, ["assembly", "blameless", "commerce"])


def test_the_suggestion_is_the_declared_word_in_the_written_case() -> None:
    got = findings("The bank is committed to restoring value stability for families.", RULE)
    assert [f.fix.edits[0].replacement for f in got if f.fix] == ["price"]
    assert "“value”" in got[0].message and "“price”" in got[0].message


def test_the_written_word_where_english_uses_it_is_left_alone() -> None:
    assert_clean("The national assembly sat late. The value of the dollar fell as the economy stayed "
                 "robust. Commerce and trade ministers met, and the chamber of commerce backed the deal.", RULE)


def test_a_word_at_the_end_of_a_clause_is_not_judged() -> None:
    # "found blameless" is English the model has not seen; with no word after it the rule says nothing.
    assert_clean("The driver was found blameless. The crash was not anticipated.", RULE)


def test_a_capitalised_word_inside_a_sentence_is_a_name_and_no_context() -> None:
    assert_clean("She spoke to the Assembly Board about the Blameless People tour.", RULE)


def test_an_undeclared_word_is_never_judged() -> None:
    # "extra" is left out of the table on purpose (the model's gaps flag "extra caution").
    assert "extra" not in thesaurus_swaps.SWAPS
    assert_clean("Drivers should exercise extra caution on the bridge.", RULE)


def test_without_the_model_the_rule_is_skipped(monkeypatch) -> None:
    monkeypatch.setattr(language_model, "model", lambda: None)
    assert findings("Three blameless people were hurt in the attack.", RULE) == []


def test_a_source_words_other_sense_is_flagged_and_its_english_sense_left_alone() -> None:
    assert_flags("The party chef resigned after the vote on Monday. The ancient minister of finance spoke "
                 "at the event.", RULE, ["chef", "ancient"])
    assert_clean("The celebrity chef opened a new restaurant downtown. Ancient ruins were found near the "
                 "lake.", RULE)


def test_an_adverb_english_pairs_otherwise_is_flagged() -> None:
    assert_flags("His tone has become visibly softer since the election.", RULE, ["visibly"])
