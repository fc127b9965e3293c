""""As" before the complement consider, deem and term take bare (rules/grammar/as_complement.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags, findings

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULE = "grammar/as-before-complement"


def test_as_before_an_adjective_complement_is_flagged_in_every_form_of_the_verb() -> None:
    assert_flags("Ottawa deems the new tariffs as unfair, officials said.", RULE, ["as unfair"])
    assert_flags("Critics are considering the deal as risky and costly.", RULE, ["as risky"])
    assert_flags("The ministry termed the report as inaccurate.", RULE, ["as inaccurate"])


def test_the_fix_drops_as() -> None:
    (hit,) = findings("The board considers the merger as essential.", RULE)
    assert hit.fix is not None and [e.replacement for e in hit.fix.edits] == ["essential"]


def test_verbs_that_take_as_and_nouns_after_as_stay_quiet() -> None:
    assert_clean("Critics regard the plan as reckless and see the cuts as cruel.", RULE)
    assert_clean("The board considered him as a candidate and deemed the report a success.", RULE)
    assert_clean("She considered running as an independent.", RULE)


def test_as_beyond_the_clause_stays_quiet() -> None:
    # "as" after a comma or another verb belongs to another clause
    assert_clean("The court considered the appeal, as expected.", RULE)
    assert_clean("They considered what the premier said as mayor.", RULE)
