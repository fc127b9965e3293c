"""calques/spun-term beyond its examples: the derived table, its compiler, and the build script's
gates run on a small made-up WordNet (the real language model and word frequencies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from mtqa import registry
from mtqa.packs import read_pack_file
from mtqa.rules.calques.spun_terms import glued, opens_sentence
from mtqa.rules.calques.spun_terms_pack import PACK, SCHEMA, compile_pack, plural
from mtqa.rule import Status
from mtqa.testing import assert_clean, assert_flags
from script_loader import load_script

RULE = "calques/spun-term"


def test_the_rule_is_a_preview_off_by_default() -> None:
    rule = registry.get(RULE)
    assert rule.meta.status is Status.PREVIEW
    assert rule not in registry.select()
    assert rule in registry.select(preview=True)


def test_variants_flagged_in_singular_plural_and_at_a_sentence_start() -> None:
    assert_flags("Banks cut interest paces. Climate variety is real.", RULE, ["interest paces", "Climate variety"])


def test_the_terms_themselves_and_the_words_apart_stay_quiet() -> None:
    assert_clean("Interest rates rose at a fast pace; the climate of change grew, with a variety of views.", RULE)


def test_names_and_compounds_stay_quiet() -> None:
    assert_clean("The Interest Pace fund and the Climate Variety Index; interest-pace charts; the Peak Minister.", RULE)


def test_the_shipped_table_swaps_one_word_of_its_term_and_never_names_a_term() -> None:
    raw = read_pack_file(ROOT / "rules" / f"{PACK}.toml", SCHEMA)
    terms = {e["term"] for e in raw["term"]}
    assert len(terms) > 1000
    for entry in raw["term"]:
        first, second = entry["term"].split(" ")
        for syn in entry.get("first", []):
            assert syn != first and f"{syn} {second}" not in terms
        for syn in entry.get("second", []):
            assert syn != second and f"{first} {syn}" not in terms
    data = compile_pack(raw)
    assert data.variants["interest pace"] == "interest rate"
    assert not terms & set(data.variants)


def test_the_table_carries_wordnets_notice() -> None:
    header = read_pack_file(ROOT / "rules" / f"{PACK}.toml")["pack"]
    assert "WordNet 3.0" in header["sources"][0] and "spun_terms.LICENSE.txt" in header["licence"]
    notice = (ROOT / "rules" / "spun_terms.LICENSE.txt").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University." in notice


def test_compile_maps_plural_variants_to_the_plural_term() -> None:
    data = compile_pack({"term": [{"term": "news conference", "first": ["intelligence"], "second": ["league"]}]})
    assert data.variants == {
        "intelligence conference": "news conference", "intelligence conferences": "news conferences",
        "news league": "news conference", "news leagues": "news conferences",
    }


@pytest.mark.parametrize("noun,expected", [("rate", "rates"), ("tax", "taxes"), ("policy", "policies"),
                                           ("day", "days"), ("church", "churches")])
def test_plural(noun: str, expected: str) -> None:
    assert plural(noun) == expected


def test_glued_and_sentence_openers() -> None:
    text = "An interest-pace chart. mineral - rich water. (Interest pace"
    assert glued("x-interest pace", 2, 15) and glued("interest pace-x", 0, 13) and glued("a - rich water", 4, 14)
    assert not glued("an interest pace, said", 3, 16)
    assert opens_sentence(text, 0) and opens_sentence(text, text.index("mineral"))
    assert opens_sentence(text, text.index("Interest pace")) and not opens_sentence(text, text.index("interest"))


# --- the build script, on a made-up WordNet ------------------------------------------------------

def _script():
    return load_script("build_spun_terms", ROOT / "scripts" / "build_spun_terms.py")


def _data_line(offset: str, words: list[str], pointers: list[tuple[str, str]] = (), gloss: str = "") -> str:
    ptrs = " ".join(f"{sym} {target} n 0000" for sym, target in pointers)
    return f"{offset} 04 n {len(words):02x} {' '.join(f'{w} 0' for w in words)} {len(pointers):03d} {ptrs} | {gloss}\n"


def _index_line(lemma: str, offsets: list[str]) -> str:
    return f"{lemma} n {len(offsets)} 0 {len(offsets)} 0 {' '.join(offsets)}\n"


@pytest.fixture
def tiny_wordnet(tmp_path: Path) -> Path:
    """interest rate; interest's senses: 1 {interest, involvement}, 2 {interest, pursuit};
    rate's: 1 {rate}, 2 {rate, pace} (pace's own first sense is {pace, gait}), 3 {rate, charge}
    (charge's first sense). spot check; check's 2nd sense {check, tick}; spot reads as a verb."""
    senses = {
        "interest_rate": ["00000100"], "interest": ["00000200", "00000300"], "involvement": ["00000200"],
        "pursuit": ["00000900", "00000300"], "rate": ["00000400", "00000500", "00000600"],
        "pace": ["00000700", "00000500"], "charge": ["00000600"], "spot_check": ["00001000"],
        "spot": ["00001100"], "check": ["00001200", "00001300"], "tick": ["00001400", "00001300"],
    }
    synsets = {
        "00000100": (["interest_rate"], [], "the percentage of a sum of money charged for its use"),
        "00000200": (["interest", "involvement"], [], ""), "00000300": (["interest", "pursuit"], [], ""),
        "00000400": (["rate"], [], ""), "00000500": (["rate", "pace"], [], ""), "00000600": (["charge", "rate"], [], ""),
        "00000700": (["pace", "gait"], [], ""), "00000900": (["pursuit"], [], ""),
        "00001000": (["spot_check"], [], ""), "00001100": (["spot"], [], ""), "00001200": (["check"], [], ""),
        "00001300": (["check", "tick"], [], ""), "00001400": (["tick"], [], ""),
    }
    (tmp_path / "index.noun").write_text("".join(_index_line(k, v) for k, v in sorted(senses.items())))
    (tmp_path / "data.noun").write_text("".join(_data_line(k, *v) for k, v in sorted(synsets.items())))
    for pos in ("adj", "verb", "adv"):
        (tmp_path / f"index.{pos}").write_text("")
        (tmp_path / f"data.{pos}").write_text("")
    (tmp_path / "cntlist.rev").write_text("spot%1:04:00:: 1 10\nspot%2:39:00:: 1 9\ninterest%1:04:00:: 1 50\n")
    return tmp_path


def test_the_build_keeps_rare_sense_swaps_and_says_why_it_drops_the_others(tiny_wordnet: Path) -> None:
    pytest.importorskip("wordfreq")
    pytest.importorskip("pocketsphinx")
    terms, stats, explained = _script().build(tiny_wordnet)
    assert ("interest rate", ["pursuit"], ["pace"]) in terms
    assert explained["involvement rate"] == ("interest rate", "the word's first sense")
    assert explained["interest charge"] == ("interest rate", "the synonym's first sense")
    assert explained["interest paces"] == ("interest rate", None)
    assert stats["fixed terms"] >= 1
    # "spot tick": spot is read as a verb often enough that "to spot ticks" is a verb and its object
    assert explained["spot tick"] == ("spot check", "may open a verb phrase")


def test_the_parsers_read_wordnets_formats(tiny_wordnet: Path) -> None:
    script = _script()
    index = script.read_index(tiny_wordnet, "n")
    assert index["rate"] == ["00000400", "00000500", "00000600"]
    synsets = script.read_synsets(tiny_wordnet, "n")
    assert synsets["00000500"].lemmas == ["rate", "pace"]
    assert "spot" in script.verb_like(tiny_wordnet) and "interest" not in script.verb_like(tiny_wordnet)
