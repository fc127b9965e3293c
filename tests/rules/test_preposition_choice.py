"""A preposition an adjective or participle almost never takes (rules/grammar/preposition_choice.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT
from mtqa.packs import read_pack_file
from mtqa.rules.grammar.preposition_choice_pack import PACK, SCHEMA, compile_pack
from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")

RULE = "grammar/preposition-choice"


def _pack():
    return compile_pack(read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA))


def test_a_preposition_the_word_does_not_take_is_flagged() -> None:
    assert_flags("The agency is responsible of the ferry schedule this winter.", RULE, ["responsible of"])
    assert_flags("Few tenants were aware about the new parking rules.", RULE, ["aware about"])
    assert_flags("The town is proud for its rebuilt library and its staff.", RULE, ["proud for"])
    assert_flags("The two firms stay committed with the harbour project, they said.", RULE, ["committed with"])


def test_the_preposition_english_writes_stays_quiet() -> None:
    assert_clean("The agency is responsible for the ferry schedule this winter.", RULE)
    assert_clean("Few tenants were aware of the new parking rules, and proud of the garden.", RULE)
    assert_clean("The two firms stay committed to the harbour project, they said.", RULE)


def test_adverbials_dates_marks_and_participle_adjuncts_stay_quiet() -> None:
    assert_clean("Residents were aware at first, and the board was responsible in part.", RULE)
    assert_clean("He was proud, for his part, and responsible; of the rest nobody spoke.", RULE)
    assert_clean("The two firms stay committed for years, and were interested on Monday.", RULE)
    # a participle takes adjuncts of place and time and the passive's agent
    assert_clean("The pipes were connected at the plant and the school was funded by donors.", RULE)


def test_the_pack_lists_adjectives_and_participles_with_their_preposition() -> None:
    data = _pack()
    assert data.expects["responsible"] == "for"
    assert data.expects["capable"] == "of"
    assert data.expects["dependent"] == "on"
    assert "of" in data.rare["responsible"] and "to" in data.rare["capable"]
    # nouns and finite verbs are not listed; after a participle "by" and "at" are never rare
    assert "statement" not in data.expects and "participate" not in data.expects
    assert not {"at", "on", "in", "by"} & data.rare["connected"]


def test_the_builder_reads_the_same_choice_from_the_model() -> None:
    pytest.importorskip("pocketsphinx")
    from mtqa import language_model

    model = language_model.model()
    if model is None:
        pytest.skip("needs mtqa[lm]")
    spec = importlib.util.spec_from_file_location("build_preposition_choice", ROOT / "scripts" / "build_preposition_choice.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    sys.modules["build_preposition_choice"] = builder
    spec.loader.exec_module(builder)
    mass, shares = builder.preposition_shares(model, model.word_id("responsible"))
    assert mass >= builder.MIN_MASS and max(shares, key=shares.__getitem__) == "for"
    assert shares["of"] <= builder.MAX_RARE
    # "decided to" is the infinitive's "to": no determiner follows it often enough
    assert builder.noun_after_to(model, model.word_id("decided")) < builder.MIN_NOUN_AFTER_TO
    assert builder.noun_after_to(model, model.word_id("related")) >= builder.MIN_NOUN_AFTER_TO
