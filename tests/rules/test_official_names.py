"""The official-names gazetteer beyond one line: the pack's own consistency, story context."""

from __future__ import annotations

import sys
from pathlib import Path

from mtqa.testing import assert_clean, assert_flags

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent.parent
LITERAL = "institutions/literal-name"
FRENCH = "institutions/french-name-untranslated"


def _pack(name: str) -> dict:
    return tomllib.loads((ROOT / "rules" / f"{name}.toml").read_text(encoding="utf-8"))


def test_gazetteer_is_large_and_never_lists_a_right_name_as_wrong() -> None:
    bodies = _pack("official_names")["body"]
    assert len(bodies) >= 80
    english = {e for b in bodies for e in b["english"]}
    literal = [lit for b in bodies for lit in b.get("literal", [])]
    assert not english & set(literal)
    assert len(literal) == len(set(literal))


def _compiled_literals() -> set[str]:
    """Every literal form of the compiled gazetteer: hand-written and rendered."""
    from mtqa.rules.institutions.official_names_pack import compile_pack

    gaz = compile_pack(_pack("official_names"))
    return {phrase for phrase, hit in _phrases(gaz.matcher) if hit.how == "literal"}


def _phrases(matcher) -> list:
    return [(norm, value) for groups in matcher._index.values() for _n, by_last in groups
            for cands in by_last.values() for norm, _tail, value in cands]


def test_gazetteer_does_not_repeat_the_institutions_pack() -> None:
    """A literal form listed in both packs would be flagged twice by two rules."""
    taken: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("calques", "spellings", "foreign", "foreign_titles", "acronyms") and isinstance(v, list):
                    taken.update(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(_pack("institutions"))
    literal = {lit for b in _pack("official_names")["body"] for lit in b.get("literal", [])}
    assert not literal & taken
    assert not _compiled_literals() & taken  # nor a rendered one


# ---- literal forms rendered from the French names --------------------------------------------

GLOSS = {
    "heads": ["ministre"],
    "words": {"institut": ["Institute"], "santé": ["Health"], "ministre": ["Minister"], "sécurité": ["Security"],
              "cour": ["Court"], "poursuites": ["Prosecutions", "Proceedings"], "directeur": ["Director"],
              "allocation": ["Allocation"], "enfants": ["Children"], "société": ["Society"], "alcools": ["Alcohols"]},
    "adjectives": {"national": ["National"], "publique": ["Public"], "suprême": ["Supreme"], "criminelles": ["Criminal"],
                   "pénales": ["Penal"]},
    "places": {"québec": ["Quebec"], "canada": ["Canada"]},
    "proper_adjectives": {"canadienne": ["Canadian"]},
}


def _render(french: str) -> list[str]:
    from mtqa.rules.institutions.renderings import Glossary, render

    return render(french, Glossary.of(GLOSS))


def test_a_french_name_is_rendered_as_engines_do() -> None:
    # adjectives before their noun, "du" → "of" (no article before a place), the capitalised form
    assert "National Institute of Public Security of Canada" in _render("Institut national de sécurité publique du Canada")
    # adjectives joined by "et" keep their order; the article kept and dropped
    got = _render("Directeur des poursuites criminelles et pénales")
    assert "Director of the Criminal and Penal Proceedings" in got and "Director of Criminal and Penal Prosecutions" in got
    # a name ending on its place may open on it
    assert "Quebec Society of Alcohols" in _render("Société des alcools du Québec")
    # a minister after the portfolio, and never "Minister of the …" (the titles family's)
    got = _render("ministre de la Sécurité publique")
    assert got == ["Minister of Public Security", "Public Security Minister"]
    # a lowercase form where a proper adjective keeps its capital
    assert "Canadian allocation for children" in _render("Allocation canadienne pour enfants")


def test_a_word_the_glossary_lacks_is_a_pack_error() -> None:
    import pytest

    from mtqa.errors import PackError
    from mtqa.rules.institutions.official_names_pack import compile_pack

    raw = {"body": [{"french": "Bureau des zèbres", "english": ["Zebra Office"]}], "render": GLOSS}
    with pytest.raises(PackError, match="zèbres"):
        compile_pack(raw)
    raw["body"][0]["render"] = False
    compile_pack(raw)  # its literal forms are then only the hand-written ones


def test_a_rendering_that_is_accepted_english_is_not_a_literal_form() -> None:
    from mtqa.rules.institutions.official_names_pack import compile_pack

    raw = {"body": [{"french": "Cour suprême du Canada", "english": ["Supreme Court of Canada"]},
                    {"french": "Société des alcools du Québec", "english": ["SAQ", "Quebec Society of Alcohols"]}],
           "render": GLOSS}
    found = dict(_phrases(compile_pack(raw).matcher))
    assert found["Supreme Court of Canada"].how == "english"
    assert found["Quebec Society of Alcohols"].how == "english"  # another spelling of the accepted name
    assert found["Society of Alcohols of Quebec"].how == "literal"


def test_no_compiled_literal_form_is_a_bodys_accepted_english() -> None:
    from mtqa.rules.institutions.official_names_pack import _folded

    accepted = {_folded(e) for b in _pack("official_names")["body"] for e in b["english"]}
    literal = _compiled_literals()
    assert len(literal) > 900  # the renderings are in
    assert not {_folded(lit) for lit in literal} & accepted


def test_a_federal_only_form_is_quiet_in_a_quebec_story() -> None:
    assert_flags("Public Security Minister Anne Roy told the House of Commons in Ottawa the review was over.",
                 LITERAL, ["Public Security Minister"])
    assert_clean("Public Security Minister Anne Roy said the Sûreté du Québec would patrol Quebec City.", LITERAL)


def test_rendered_forms_keep_quiet_on_look_alikes() -> None:
    assert_clean("The Chinese Ministry of Public Security held two Canadians, Ottawa said.", LITERAL)
    assert_clean("In Quebec, the ministry of public security in the city is new, Canada's envoy said.", LITERAL)
    assert_clean("Transports Québec closed the bridge in Montreal.", LITERAL)
    assert_clean("In Toronto, Public Health Ontario and Ontario Health met on Monday.", LITERAL)
    # two words at the end of a longer name
    assert_clean("In Toronto, the charity Children's Mental Health Ontario met on Monday.", LITERAL)
    assert_flags("In Toronto, the agency Health Ontario met on Monday.", LITERAL, ["Health Ontario"])
    # a lowercase form needs four words: three are prose
    assert_clean("In Canada, the police service of Toronto hired 200 officers.", LITERAL)
    assert_flags("In Canada, the Police Service of Toronto hired 200 officers.", LITERAL, ["Police Service of Toronto"])


def test_quebec_only_forms_need_a_quebec_story() -> None:
    assert_clean("Canada's ambassador met the president in the Blue Room on Monday.", LITERAL)
    assert_flags("Quebec's opposition leader spoke in the Blue Room on Monday.", LITERAL, ["Blue Room"])


def test_accentless_and_accented_forms_both_match() -> None:
    assert_flags("In Canada, the Liberal Party of Québec met.", LITERAL, ["Liberal Party of Québec"])


def test_no_flags_outside_a_canadian_story() -> None:
    assert_clean("The Council of Ministers met in Brussels to discuss the budget.", LITERAL)


def test_short_literal_forms_in_a_title_case_headline_are_left_alone() -> None:
    assert_clean("Quebec Party Leaders Debate Health Care in Montreal Tonight", LITERAL)


def test_a_quebec_agencys_french_name_is_not_untranslated() -> None:
    assert_clean("In Quebec, the Commission des normes, de l'équité, de la santé et de la sécurité du travail "
                 "opened an inquiry.", FRENCH)


SPUN = "institutions/spun-name"


def test_spun_forms_never_name_a_body_of_the_gazetteer() -> None:
    """A swap that turned one accepted name into another would flag right copy."""
    from mtqa.rules.institutions.official_names_pack import _spun_names

    raw = _pack("official_names")
    spun = _spun_names(raw, {})
    accepted = {e for b in raw["body"] for e in b["english"]}
    assert spun and not set(spun) & accepted
    assert all(name in accepted or name in raw["spin_extra"]["names"] for name in spun.values())


def test_one_word_spun_name_needs_government_in_its_sentence_or_the_one_before() -> None:
    text = "The minister spoke to reporters on Monday. He would not release secret cupboard documents."
    found = assert_flags(text, SPUN, ["cupboard"])
    assert found[0].suggestions[0] == "cabinet"
    assert_clean("The chef spoke to reporters on Monday. He would not open the cupboard.", SPUN)
    assert_clean("The minister spoke on Monday. The weather was fine. She keeps jam in a cupboard.", SPUN)


def test_spun_name_keeps_real_names_that_look_reworded() -> None:
    assert_clean("The Supreme Judicial Court of Massachusetts ruled on Monday.", SPUN)
    assert_clean("A home-and-Senate split is unlikely, she said.", SPUN)
    assert_flags("Both the Senate and Home voted on Monday.", SPUN, ["Senate and Home"])
    assert_flags("The Ultimate Court of Canada ruled on Friday.", SPUN, ["Ultimate Court of Canada"])


def test_a_literal_name_with_its_first_word_in_lowercase() -> None:
    assert_flags("The opposition spoke in the blue Lounge of the National Assembly on Thursday.",
                 "institutions/literal-name", ["blue Lounge"])
