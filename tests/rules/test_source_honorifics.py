"""A diplomatic or royal honorific abbreviation kept from official English abroad ("H.E. Ambassador")."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "titles/source-honorific"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_honorific_before_a_title_or_a_full_name_is_flagged() -> None:
    found = findings("The minister received H.E. Ambassador Lee at the ministry. "
                     "Later H. E. Maria Santos spoke to reporters on Monday.", RULE)
    assert [f.text for f in found] == ["H.E.", "H. E."]
    assert all(f.suggestions == ("",) for f in found)


def test_honorific_glued_or_without_its_last_period_is_flagged() -> None:
    (glued,) = findings("The paper recalled how H.M.Queen Sirikit toured Ottawa that year.", RULE)
    (cut,) = findings("The director visited H.E ambassador of Canada at the embassy.", RULE)
    assert glued.text == "H.M." and cut.text == "H.E"
    assert "Majesty" in glued.message and "Excellency" in cut.message


def test_initials_and_longer_abbreviations_are_left_alone() -> None:
    assert_clean("The novel is by H. E. Bates, whose stories were filmed. The H.E.L.P. program reopened, "
                 "and H.M. Jones said the HEM plant would hire. Her Excellency the Right Honourable "
                 "Mary Simon opened the session.", RULE)
