"""A plural subject with a singular verb at once after it (rules/grammar/subject_number.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags, findings

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULE = "grammar/plural-subject-singular-verb"


def test_a_plural_subject_with_is_was_or_has_is_flagged() -> None:
    assert_flags("The provincial authorities was looking for a buyer.", RULE, ["The provincial authorities was"])
    assert_flags("Since March, the trade talks has stalled twice.", RULE, ["the trade talks has"])
    assert_flags("Critics argued these cuts is too deep.", RULE, ["these cuts is"])


def test_the_fix_makes_the_verb_plural() -> None:
    (hit,) = findings("The new tariffs has hurt exporters.", RULE)
    assert hit.fix is not None and [e.replacement for e in hit.fix.edits] == ["The new tariffs have"]


def test_agreeing_verbs_and_singular_heads_stay_quiet() -> None:
    assert_clean("The provincial authorities were looking for a buyer, and the authority was too.", RULE)
    assert_clean("The cost of the repairs is high; one of the reasons is the weather.", RULE)
    assert_clean("What the numbers show is clear, and all the city needs is time.", RULE)


def test_nouns_in_s_taken_as_one_thing_stay_quiet() -> None:
    assert_clean("The measles is back in the region, and the headquarters has moved.", RULE)
    assert_clean("The whereabouts was unknown; the statistics is a field he taught.", RULE)
    assert_clean("The last three months has been quiet, and the five kilometres was easy.", RULE)


def test_names_and_titles_stay_quiet() -> None:
    assert_clean("The Sopranos is on again, and The Beaches has a new councillor.", RULE)
    assert_clean("The Canadian Forces has a new chief; the Bloc Québécois has 33 seats.", RULE)
    assert_clean("The Governor General has signed it, and the attorney general has spoken.", RULE)


def test_without_the_grammar_extra_the_rule_is_skipped_quietly(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "tagger", lambda: None)
    assert findings("Without tags, the regional councils has met twice.", RULE) == []
