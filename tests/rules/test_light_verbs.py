"""A light verb English does not pair with its noun, judged by the trigram model: flags, the
suggested verb in the flagged form, and the look-alikes (English pairs, adjectives, causatives)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import language_model, tagging
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "calques/light-verb"

pytestmark = pytest.mark.skipif(not (language_model.available() and tagging.available()),
                                reason="needs mtqa[lm] and mtqa[grammar]")


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_the_source_languages_light_verb_is_flagged() -> None:
    text = ("The councillor made a question to the mayor about the snowplows. The candidate admitted he "
            "did a mistake on his form. The premier held a speech to the board of trade.")
    assert_flags(text, RULE, ["made", "did", "held"])


def test_the_suggestion_is_the_likelier_verb_in_the_same_form() -> None:
    got = findings("The councillor made a question to the mayor.", RULE)
    assert [f.fix.edits[0].replacement for f in got if f.fix] == ["asked"]
    got = findings("Doing a mistake in the final would cost the team.", RULE)
    assert [f.fix.edits[0].replacement for f in got if f.fix] == ["Making"]
    assert "make a mistake" in got[0].message


def test_english_pairs_are_left_alone() -> None:
    assert_clean("The councillor asked a question and made a proposal. The premier gave a speech, took "
                 "a walk and paid a visit to the market. The team made the playoffs and held the lead. "
                 "She made a decision, took a call and did the dishes.", RULE)


def test_an_adjective_after_the_article_is_no_object() -> None:
    assert_clean("The inspector gave a clean bill of health and had the unique task of signing it.", RULE)


def test_a_causative_make_is_left_alone() -> None:
    assert_clean("The rules make the buyer feel safe, and the new lights make the road safer.", RULE)


def test_a_pair_the_model_does_not_know_either_way_is_left_alone() -> None:
    # No light verb before "a demand" is listed by the model, so none is likelier: nothing to say.
    assert_clean("The union made a demand for higher wages.", RULE)
