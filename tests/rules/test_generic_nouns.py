""""The" before a noun meant in general, from a derived list (grammar/article-before-generic-noun in
rules/grammar/generic_article.py), beyond the rule's documented examples (which
tests/test_examples.py runs)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT
from mtqa.packs import read_pack_file
from mtqa.rules.grammar.generic_article import PACK, SCHEMA, compile_pack
from mtqa.testing import assert_clean, assert_flags

RULE = "grammar/article-before-generic-noun"


def test_the_before_a_generic_noun_that_ends_its_phrase_is_flagged() -> None:
    assert_flags("Critics say the corruption is everywhere in the port.", RULE, ["the corruption"])
    assert_flags("Its leaders promised to fight the terrorism.", RULE, ["the terrorism"])
    assert_flags("Analysts think the Western society will adapt.", RULE, ["the Western society"])


def test_a_noun_with_its_complement_a_modifier_or_named_before_stays_quiet() -> None:
    assert_clean("The corruption that the auditor found and the corruption of the officials shocked him.", RULE)
    assert_clean("The poverty line was raised, and the society she founded grew.", RULE)
    assert_clean("Poverty rose in the north. Officials say the poverty is worst in small towns.", RULE)
    assert_clean("The Royal Society and the Humanity Fund gave grants.", RULE)


def test_a_field_of_the_closed_list_is_left_to_article_before_field() -> None:
    assert_clean("Investment in the hydrogen must double.", RULE)
    assert_flags("Investment in the hydrogen must double.", "grammar/article-before-field", ["the hydrogen"])


def test_the_pack_lists_nouns_english_writes_bare_and_not_those_it_writes_with_the() -> None:
    nouns = compile_pack(read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA)).nouns
    assert {"society", "terrorism", "poverty", "corruption", "inflation"} <= nouns
    assert "humanity" not in nouns  # a field of article-before-field's list
    assert not {"economy", "government", "car", "policy", "anyone", "today"} & nouns


def test_the_builder_reads_the_share_after_a_preposition_from_the_model() -> None:
    pytest.importorskip("pocketsphinx")
    from mtqa import language_model

    model = language_model.model()
    if model is None:
        pytest.skip("needs mtqa[lm]")
    spec = importlib.util.spec_from_file_location("build_generic_nouns", ROOT / "scripts" / "build_generic_nouns.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    sys.modules["build_generic_nouns"] = builder
    spec.loader.exec_module(builder)
    assert builder.share_after_preposition(model, model.word_id("society")) <= builder.MAX_SHARE_THE
    assert builder.share_after_preposition(model, model.word_id("economy")) > builder.MAX_SHARE_THE
    assert builder.share_after(model, model.word_id("car"), ("a", "an")) > builder.MAX_SHARE_A
