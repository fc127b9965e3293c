"""A common preposition judged by the trigram model against the other common prepositions: flagged
where another is far likelier in the same words, left alone where the written one is English."""

from __future__ import annotations

import pytest

from mtqa import language_model
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "calques/preposition-swap"

pytestmark = pytest.mark.skipif(not language_model.available(), reason="needs mtqa[lm]")


def test_a_preposition_where_english_puts_another_is_flagged_with_the_other_offered() -> None:
    text = "The new levy caused an impact among fishers and boat owners."
    assert_flags(text, RULE, ["among"])
    got = findings(text, RULE)
    assert [f.fix.edits[0].replacement for f in got if f.fix] == ["on"]


def test_look_alikes_in_english_are_left_alone() -> None:
    assert_clean("The presentation had an impact on tour operators and travel agents. Smoke from forest "
                 "fires drifted over the city on Tuesday. The farmers gathered for a rally in the city's "
                 "conference centre.", RULE)


def test_a_preposition_with_a_name_for_context_is_not_judged() -> None:
    # "within" is flagged before "the mayor's office" but a capitalised name after it is no context.
    assert_flags("She was in a meeting within the mayor's office last week.", RULE, ["within"])
    assert_clean("She was in a meeting within Mayor Chow's office last week.", RULE)


def test_without_the_model_the_rule_is_skipped(monkeypatch) -> None:
    monkeypatch.setattr(language_model, "model", lambda: None)
    assert findings("The new levy caused an impact among fishers.", RULE) == []
