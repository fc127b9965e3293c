"""Singular count nouns left bare after a preposition or a verb (rules/grammar/bare_count_noun.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations


import pytest

from conftest import ROOT
from mtqa import registry
from mtqa.packs import read_pack_file
from mtqa.rules.grammar.bare_nouns_pack import PACK, SCHEMA, compile_pack
from mtqa.testing import assert_clean, assert_flags
from script_loader import load_script

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULE = "grammar/bare-count-noun"


def test_bare_nouns_after_prepositions_and_verbs_are_flagged() -> None:
    assert_flags("The family moved into apartment near the river.", RULE, ["apartment"])
    assert_flags("Police found wallet on the bench, and the owner thanked them.", RULE, ["wallet"])
    assert_flags("Talks ended without agreement on treaty, officials said.", RULE, ["treaty"])
    assert_flags("The visitors stayed at small hotel in the old town.", RULE, ["hotel"])


def test_determiners_numbers_possessives_and_plurals_stay_quiet() -> None:
    assert_clean("The family moved into an apartment near the river and into two others.", RULE)
    assert_clean("Police found her wallet on the bench; his wallets were found later.", RULE)
    assert_clean("Talks ended without any agreement on the treaty, officials said.", RULE)


def test_compounds_names_binomials_and_fixed_phrases_stay_quiet() -> None:
    assert_clean("She met with hotel staff and apartment owners on Monday.", RULE)
    assert_clean("Prices rose year on year, and the visitors went from hotel to hotel.", RULE)
    assert_clean("He was in critical condition, in case of a relapse, and left by ambulance.", RULE)
    assert_clean("Rain fell on the same day; the outside world saw it.", RULE)


def test_compounds_english_writes_bare_stay_quiet() -> None:
    # an adjective and a listed noun that make a compound used as a mass noun ("real estate")
    assert_clean("Readers objected to the levy on real estate, and the owners sued.", RULE)
    assert_clean("Pension funds put money into real estate across the province.", RULE)
    assert_clean("The tenants said they were evicted without due process, and appealed.", RULE)


def test_ordinary_adjectives_before_a_listed_noun_still_fire() -> None:
    # the same nouns after an adjective that makes no such compound
    assert_flags("The family lived on large estate near the river.", RULE, ["estate"])
    assert_flags("The board acted without new process, the auditors found.", RULE, ["process"])
    assert_flags("Last year she became member of regional council, and stayed.", RULE, ["member"])
    assert_flags("They slept in real hotel near the station, not a tent.", RULE, ["hotel"])


def test_headlines_and_captions_stay_quiet() -> None:
    assert_clean("Family moves into apartment near river", RULE)
    assert_clean("Visitors stay at small hotel in old town", RULE)


def test_the_pack_is_derived_with_its_provenance_and_licence() -> None:
    raw = read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA)
    header = read_pack_file(ROOT / "rules" / f"{PACK}.toml")["pack"]
    assert "trigram model" in header["sources"][0] and "build_bare_nouns.py" in header["sources"][0]
    assert "bare_nouns.LICENSE.txt" in header["licence"]
    notice = (ROOT / "rules" / "bare_nouns.LICENSE.txt").read_text(encoding="utf-8")
    assert "Carnegie Mellon University" in notice
    data = compile_pack(raw)
    assert len(data.bare_after) > 200
    assert {"member", "proposal", "decision"} <= set(data.bare_after)
    assert "people" not in data.bare_after and "information" not in data.bare_after
    assert "real" in data.bare_compounds["estate"] and "due" in data.bare_compounds["process"]
    assert set(data.bare_compounds) <= set(data.bare_after) and len(data.bare_compounds) < 30
    adjectives = set().union(*data.bare_compounds.values())
    assert not adjectives & {"new", "large", "small", "cheap", "regional", "local", "old"}


def _builder():
    return load_script("build_bare_nouns", ROOT / "scripts" / "build_bare_nouns.py")


def test_the_builder_reads_bare_compounds_from_the_model() -> None:
    pytest.importorskip("pocketsphinx")
    from mtqa import language_model

    model = language_model.model()
    build = _builder()
    known = build.ids(model)
    adjectives = [(a, model.word_id(a)) for a in ("real", "large", "new", "due", "cheap")]
    assert set(build.bare_compounds(model, "estate", adjectives, known)) == {"real"}
    assert set(build.bare_compounds(model, "process", adjectives, known)) == {"due"}
    assert build.bare_compounds(model, "hotel", adjectives, known) == {}


def test_the_rule_reads_its_pack_and_needs_no_language_model() -> None:
    assert registry.get(RULE).id == RULE
    assert PACK in registry.packs_read("grammar")
    source = (ROOT / "mtqa" / "rules" / "grammar" / "bare_count_noun.py").read_text(encoding="utf-8")
    assert "pocketsphinx" not in source and "language_model" not in source


def test_a_degree_adjective_gives_the_noun_a_mass_reading() -> None:
    # "without significant presence" is English as it stands: an adjective of degree or quantity
    # before an abstract noun reads as "much"; an ordinary adjective does not.
    assert_clean("The mission could not go on without significant presence in the region.", RULE)
    assert_clean("The firm grew with considerable influence over the market.", RULE)
    assert_flags("The visitors stayed at small hotel in the old town.", RULE, ["hotel"])


def test_a_noun_english_uses_as_a_mass_noun_too_stays_quiet() -> None:
    # bare, a noun with a mass sense reads in that sense, which is English: such nouns are left
    # out of the pack when both resources agree (lemminflect lists the noun as uncountable too,
    # and the trigram model has seen it after "much", "less" or "amount of")
    assert_clean("Physicists asked what happens if you compress matter that tightly.", RULE)
    assert_clean("Stars form where clouds gather matter from the space around them.", RULE)
    assert_clean("The injured climbers asked for rest before the descent began.", RULE)
    assert_clean("Engineers without background in chemistry were given a short course.", RULE)


def test_a_noun_only_one_resource_reads_as_a_mass_noun_still_fires() -> None:
    # lemminflect lists "proposal" and "decision" as uncountable too, but the model never sees
    # them after a quantifier of mass: they stay in the pack, as count nouns do
    assert_flags("The council will vote on proposal to widen the bridge, officials said.", RULE, ["proposal"])
    assert_flags("The mayor announced decision to close the arena for repairs.", RULE, ["decision"])
    assert_flags("The family moved into apartment near the river.", RULE, ["apartment"])


def test_the_builder_drops_a_noun_both_resources_read_as_a_mass_noun() -> None:
    pytest.importorskip("pocketsphinx")
    from mtqa import language_model

    model = language_model.model()
    build = _builder()
    assert build.uncountable_too("matter") and build.seen_after_mass_quantifier(model, "matter")
    assert build.mass_noun_too(model, "matter") and build.mass_noun_too(model, "rest")
    assert build.uncountable_too("proposal") and not build.mass_noun_too(model, "proposal")
    assert not build.uncountable_too("member") and not build.mass_noun_too(model, "member")
    data = compile_pack(read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA))
    assert not {"matter", "rest", "ability"} & set(data.bare_after)
