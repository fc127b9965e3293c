"""Short adjectives compared with words, as the source compares (rules/grammar/comparatives.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")


def test_short_adjectives_compared_with_more() -> None:
    rule = "grammar/analytic-comparative"
    assert_flags("The bridge is more long than the old one, and it was the most cheap option.", rule,
                 ["more long", "the most cheap"])
    assert_clean("The bridge is longer than the old one; more long-term care beds are needed.", rule)
    assert_clean("More old buildings were sold, and the most long-awaited report came out.", rule)
