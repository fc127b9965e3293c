""""The" before a name English writes bare (rules/grammar/bare_names.py), beyond the rule's
documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT
from mtqa.packs import read_pack_file
from mtqa.rules.grammar.bare_names_pack import PACK, SCHEMA, compile_pack
from mtqa.testing import assert_clean, assert_flags

RULE = "grammar/article-before-bare-name"


def test_the_before_a_name_that_ends_its_phrase_is_flagged() -> None:
    assert_flags("Grain sales are a third of the Toronto’s exports to the region.", RULE, ["the Toronto"])
    assert_flags("Delegates flew home after the Toronto said it would not bid.", RULE, ["the Toronto"])
    assert_flags("Nobody had met the Merkel before. The talks went on.", RULE, ["the Merkel"])


def test_names_as_modifiers_lowercase_abbreviations_and_lists_stay_quiet() -> None:
    assert_clean("The Toronto bureau and the Merkel years were the subject of the Seattle talks.", RULE)
    assert_clean("She bought the china set, and the Dec. 3 sale went ahead.", RULE)
    assert_clean("Teams from the Regina and Toronto leagues met on the Toronto to Ottawa train.", RULE)
    assert_clean("The Canada of her youth, and the Canada-U.S. deal, were gone.", RULE)


def test_where_the_closed_list_rule_fires_this_one_stays_quiet() -> None:
    # grammar/article-before-name flags a listed country before a verb: one finding, not two
    assert_clean("Officials said the Canada will sign the deal.", RULE)
    assert_flags("Officials said the Canada will sign the deal.", "grammar/article-before-name", ["the Canada"])
    # and before a listed country's possessive
    assert_clean("Grain sales are a third of the Canada’s exports to the region.", RULE)
    assert_flags("Grain sales are a third of the Canada’s exports to the region.", "grammar/article-before-name",
                 ["the Canada’s"])


def test_the_pack_lists_names_english_writes_bare_and_not_those_it_writes_with_the() -> None:
    names = compile_pack(read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA)).names
    assert {"canada", "toronto", "merkel", "europe"} <= names
    assert not {"netherlands", "hague", "pentagon", "kremlin", "president"} & names


def test_the_builder_reads_the_share_after_the_from_the_model() -> None:
    pytest.importorskip("pocketsphinx")
    from mtqa import language_model

    model = language_model.model()
    if model is None:
        pytest.skip("needs mtqa[lm]")
    spec = importlib.util.spec_from_file_location("build_bare_names", ROOT / "scripts" / "build_bare_names.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    sys.modules["build_bare_names"] = builder
    spec.loader.exec_module(builder)
    assert builder.share_after_the(model, model.word_id("canada")) <= builder.MAX_SHARE
    assert builder.share_after_the(model, model.word_id("netherlands")) > builder.MAX_SHARE
