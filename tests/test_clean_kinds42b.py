"""Two quiets of stop 42's second round (issue #11), written from the thirty-first unseen batch
and the batches before it; every example is made up.

- ``names/lowercase-name`` takes a place's name only from the story's sentences: a word
  capitalised only in a headline or a heading (a short line with no stop) is the line's
  style, so the body's lowercase common noun is left alone (a markets headline's "Loonie",
  a community page's heading "the Anglophone Community", unseen-31 and unseen-26).
- ``ridings/province-style`` reports a postal code in a parenthetical that names no member
  (a player's hometown on a sports page) only with the cp style, by stop 39's written rule:
  twenty clean flags on the tuning half and no machine-translation label that only it caught.
  A member's riding with a postal code, and the French forms, are still reported by default.
"""

from __future__ import annotations

from mtqa import Checker


def _found(text: str, style: str | None = None) -> list[tuple[str, str]]:
    report = Checker(style=style, locale="en-CA").check(text)
    return [(f.rule_id, f.text) for f in report.findings]


HEADLINE_ONLY = "Oil slips, Tolvane lower\n\nThe tolvane index fell two points as oil slipped."
NAMED_IN_BODY = "Oil slips, Tolvane lower\n\nTrade in Tolvane was slow.\n\nThe tolvane plant closed."
HOMETOWNS = ("Forward Kai Brennan (Truro, NS) scored twice, and goalie Sam Oduya (Brandon, MB) "
             "made 31 saves in the 4-2 win.")
MEMBER_POSTAL = "Bloc MP Mario Simard (Jonquière, QC) asked about the aluminum smelter."
FRENCH_FORM = "Forward Kai Brennan (Bathurst, N.-B.) scored twice in the 4-2 win."


def test_a_capital_only_in_a_headline_makes_no_name_of_the_body_word() -> None:
    assert ("names/lowercase-name", "tolvane") not in _found(HEADLINE_ONLY)


def test_a_name_capitalised_in_a_sentence_is_still_found_in_lowercase() -> None:
    assert ("names/lowercase-name", "tolvane") in _found(NAMED_IN_BODY)


def test_a_hometown_postal_code_is_quiet_by_default_and_found_by_cp() -> None:
    assert "ridings/province-style" not in {r for r, _ in _found(HOMETOWNS)}
    assert {("ridings/province-style", "NS"), ("ridings/province-style", "MB")} <= set(_found(HOMETOWNS, "cp"))


def test_a_members_riding_with_a_postal_code_and_a_french_form_stay_found_by_default() -> None:
    assert ("ridings/province-style", "QC") in _found(MEMBER_POSTAL)
    assert ("ridings/province-style", "N.-B.") in _found(FRENCH_FORM)
