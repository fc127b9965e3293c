"""A verb's object after an adverbial, in the source's order (rules/grammar/shifted_object.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags, findings

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULE = "grammar/object-after-adverbial"


def test_an_adverbial_between_verb_and_object_is_flagged() -> None:
    assert_flags("The city will reduce by half the budget of the festival.", RULE, ["reduce by half the budget"])
    assert_flags("The team opened in Laval a training centre for young players.", RULE,
                 ["opened in Laval a training centre"])
    assert_flags("Officials moved from 12 to 20 the number of inspectors at the port.", RULE,
                 ["moved from 12 to 20 the number"])
    assert_flags("She had thanked the day before her colleagues for their work.", RULE,
                 ["thanked the day before her colleagues"])


def test_the_fix_moves_the_object_before_the_adverbial() -> None:
    (hit,) = findings("The agency posts on its website the list of closed roads.", RULE)
    assert hit.fix is not None and [e.replacement for e in hit.fix.edits] == ["posts the list on its website"]


def test_clauses_copulas_recipients_and_fixed_phrases_stay_quiet() -> None:
    assert_clean("The minister said in a statement the new rules would take effect in May.", RULE)
    assert_clean("He told at the meeting the residents were angry, and they were.", RULE)
    assert_clean("The arena was in many ways the heart of the town.", RULE)
    assert_clean("The coach explained to reporters the reasons for the trade.", RULE)
    assert_clean("The province put in place a new system and took into account the cost.", RULE)


def test_time_phrases_and_measures_stay_quiet() -> None:
    assert_clean("She lived in Gatineau her whole life and worked in Ottawa the rest of the time.", RULE)
    assert_clean("He arrived in Montreal the day before, and left on Sunday the same week.", RULE)
    assert_clean("Prices rose in May 3 per cent, the agency said.", RULE)


def test_the_day_without_a_preposition_stays_quiet() -> None:
    # Canadian Press puts a bare day between a verb and a long object as house style
    assert_clean("The union urged Friday the commissioner and two deputies to resign.", RULE)
    assert_clean("Ottawa announced Tuesday a $40-million fund for the region's ports.", RULE)


def test_a_headline_run_into_the_next_line_stays_quiet() -> None:
    assert_clean("Ministry condemns listing of guards by Canada\nThe spokesman said it was unjust.", RULE)


def test_names_that_look_alike_stay_quiet() -> None:
    assert_clean("The Parti Québécois sat in the house for the whole session, as the Bloc Québécois did.", RULE)
    assert_clean("The Governor General arrived in Halifax on Monday with the attorney general.", RULE)
    assert_clean("The court martial sat in Ottawa for the whole month.", RULE)


def test_without_the_grammar_extra_the_rule_is_skipped_quietly(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "tagger", lambda: None)
    assert findings("Without tags, the board raised from 30 to 45 the number of seats.", RULE) == []
