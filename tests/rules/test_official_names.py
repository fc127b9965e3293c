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
