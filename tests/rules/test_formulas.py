"""Diplomatic and agency formulas: the pack's entries, the story gate, quotations and look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from mtqa import Checker
from mtqa.packs import PackSet, builtin_dir, read_pack_file
from mtqa.rules.calques.formulas_pack import SCHEMA
from mtqa.testing import assert_clean, assert_flags

RULE = "calques/diplomatic-formulas"
ENTRIES = read_pack_file(builtin_dir() / "formulas.toml", SCHEMA)["formula"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_each_formula_matches_its_example_and_not_its_look_alikes(entry) -> None:
    pattern = regex.compile(entry["pattern"], regex.IGNORECASE)
    assert pattern.search(entry["example"]), entry["example"]
    for good in entry.get("good", []):
        assert not pattern.search(good), good
    # its trigger words are what the scanner looks for: one of them must be in the example
    words = {w.casefold() for w in regex.findall(r"\p{L}+", entry["example"])}
    assert words & {w.casefold() for w in entry["words"]}, entry["words"]
    assert entry["source"].strip()


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_two_different_formulas_in_the_story_flag_each() -> None:
    text = ("The foreign ministers held a meeting with business leaders on Monday.\n\n"
            "They exchanged views on a rail link and on fishing quotas.")
    found = assert_flags(text, RULE, ["held a meeting with", "exchanged views"])
    assert [f.suggestions for f in found] == [("met",), ("discussed",)]


def test_one_formula_alone_is_ordinary_english() -> None:
    assert_clean("The two sides in the nurses' strike met again on Monday, and the two sides agreed "
                 "to talk on Friday.", RULE)
    assert_clean("The premier spoke at the invitation of the chamber of commerce.", RULE)
    assert_clean("She has worked in the field of medicine for 30 years.", RULE)
    assert_clean("The Canadian side won 4-2 in overtime.", RULE)


def test_quoted_formulas_are_the_speakers_and_do_not_count() -> None:
    quoted = "“We exchanged views on issues of mutual interest,” the envoy said."
    assert_clean(quoted, RULE)
    text = quoted + "\n\nThe two sides will meet again within the framework of the summit."
    assert_flags(text, RULE, ["The two sides", "within the framework of"])


def test_a_place_is_no_party_to_talks() -> None:
    assert_clean("Hikers crossed to the Canadian side of the falls. They met the two sides of the family.", RULE)


def test_one_formula_in_a_story_about_diplomacy_is_flagged() -> None:
    story = ("The Peruvian foreign minister arrived in Ottawa on Monday for two days of talks.\n\n"
             "She came at the invitation of the trade minister and will visit a port in Halifax.")
    found = assert_flags(story, RULE, ["at the invitation of"])
    assert "a story about diplomacy" in found[0].message
    # the same sentence in a story with no envoy, mission or talks between states
    assert_clean("The author came at the invitation of the library and will read in Halifax.", RULE)
    # the subject is read outside quotations too: a quoted ambassador makes no story about diplomacy
    assert_clean("“Ask the ambassador,” she said. The author came at the invitation of the library.", RULE)


def test_the_threshold_and_the_subject_are_options() -> None:
    text = "The president arrived at the invitation of his counterpart."
    assert_flags(text, RULE, ["at the invitation of"])
    no_subject = Checker(select=[RULE], rule_options={RULE: {"in_diplomatic_story": False}}, languagetool="off")
    assert no_subject.check(text).findings == []
    once = Checker(select=[RULE], rule_options={RULE: {"min_formulas": 1, "in_diplomatic_story": False}},
                   languagetool="off")
    assert [f.text for f in once.check(text).findings] == ["at the invitation of"]
    assert [f.text for f in once.check("The author came at the invitation of the library.").findings] == [
        "at the invitation of"]


def test_padding_of_agency_counts_with_the_formulas_and_says_delete() -> None:
    text = ("The district, under the leadership of its new chief, opened two clinics.\n\n"
            "It should be noted that the relevant departments inspected both.")
    found = assert_flags(text, RULE, ["under the leadership of", "It should be noted that", "relevant departments"])
    assert all("padding of agency or occasion" in f.message for f in found)
    assert found[0].suggestions == ("led by",)
    # with a readout's formula, one padding phrase makes two
    assert_flags("The fair opened with the attendance of the mayor. Ties are of mutual interest, she said.",
                 RULE, ["with the attendance of", "of mutual interest"])


def test_one_padding_phrase_alone_is_ordinary_english() -> None:
    assert_clean("The party, under the leadership of its new chief, won six seats.", RULE)
    assert_clean("Volunteers made important contributions to the food drive.", RULE)
    assert_clean("Crews carried out repair work on the bridge overnight.", RULE)


def test_a_formula_of_an_unknown_kind_is_a_pack_error() -> None:
    from mtqa.errors import PackError
    from mtqa.rules.calques.formulas_pack import compile_pack

    raw = {"formula": [{"name": "x", "pattern": "x", "words": ["x"], "kind": "padded", "source": "s",
                        "example": "x"}], "diplomatic": {"pattern": "envoy"}}
    with pytest.raises(PackError, match="kind must be one of diplomatic, padding"):
        compile_pack(raw)
    assert compile_pack({**raw, "formula": [{**raw["formula"][0], "kind": "padding"}]}).padding == (True,)


def _texts(seed: str) -> list[str]:
    """Every entry's example and look-alikes, the seed and texts holding characters that fold to
    ASCII, each as written, in capitals, title case and swapped case."""
    out = [seed, "The \u212aorean side exchanged view\u017f within the framework of the talks.",
           "İt should be noted that WİN-WİN cooperation is of mutual interest."]
    for e in ENTRIES:
        out += [e["example"], *e.get("good", ())]
    return [t for s in out for t in (s, s.upper(), s.title(), s.swapcase())]


def test_a_formula_passed_over_for_its_missing_text_cannot_match(seed_text) -> None:
    """The pre-filter (`literals`): a text whose lowercase holds none of a formula's required
    stretches is never one the formula's pattern matches, so leaving it unsearched changes nothing."""
    from mtqa.rules.calques.literals import admits, required_stretches, searchable

    narrowed = 0
    texts = [(text, searchable(text)) for text in _texts(seed_text)]
    for e in ENTRIES:
        stretches = required_stretches(e["pattern"])
        narrowed += stretches is not None
        pattern = regex.compile(e["pattern"], regex.IGNORECASE)
        for text, lower in texts:
            if not admits(stretches, lower):
                assert pattern.search(text) is None, (e["name"], text)
    assert narrowed == len(ENTRIES)  # every formula holds plain text: each is passed over where it is absent


def test_the_gated_search_finds_what_every_pattern_finds(seed_text) -> None:
    """`formulas_in` and `formulas_used_in` answer as searching every formula's pattern over the
    whole text would: the same matches in the same order, and the same number of formulas used."""
    from mtqa.rules.calques.formulas import formulas_in, formulas_used_in

    data = PackSet().compiled("formulas")
    patterns = [regex.compile(p, regex.IGNORECASE) for p in data.patterns]
    texts = _texts(seed_text)
    texts.append("\n\n".join(texts))  # a story holding many formulas
    used = 0
    for text in texts:
        every = [(i, m.start(), m.end()) for i, p in enumerate(patterns) for m in p.finditer(text)]
        assert list(formulas_in(text, data)) == every
        assert formulas_used_in(text, data) == len({i for i, _, _ in every})
        used = max(used, len({i for i, _, _ in every}))
    assert used == len(patterns)  # the joined texts use every formula: none is passed over there
