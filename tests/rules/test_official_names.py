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
    from mtqa.rules.institutions.official_names import _spun_names

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
