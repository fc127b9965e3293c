"""nonwords/glued-name: a name the story uses, glued to the common word after it."""

from __future__ import annotations

from mtqa import Checker
from mtqa.testing import assert_clean, assert_flags

RULE = "nonwords/glued-name"


def test_the_fix_puts_the_space_back_where_the_name_ends() -> None:
    got = assert_flags("Anna Kowalska won. Kowalskawill lead the council.", RULE, ["Kowalskawill"])
    assert got[0].suggestions[0] == "Kowalska will"


def test_an_accented_name_matches_its_unaccented_glue() -> None:
    assert_flags("José Peña spoke. Later Penaconfirmed it.", RULE, ["Penaconfirmed"])


def test_a_name_the_story_never_uses_is_not_judged() -> None:
    assert_clean("Kowalskawill lead the council.", RULE)


def test_listed_words_and_rare_tails_stay_quiet() -> None:
    assert_clean("Charlotte Roy flew to Charlottetown; Mr. Jackson met the Jacksonville mayor.", RULE)
    assert_clean("Anna Kowalska won. The Kowalskaite movement grew.", RULE)


def test_a_preview_rule_off_by_default_and_on_with_preview() -> None:
    text = "Anna Kowalska won. Kowalskawill lead the council."
    assert not [f for f in Checker(languagetool="off").check(text).findings if f.rule_id == RULE]
    assert [f.text for f in Checker(languagetool="off", preview=True).check(text).findings
            if f.rule_id == RULE] == ["Kowalskawill"]
