"""Uncountable nouns counted as the source counts them (rules/grammar/uncountable_counted.py),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")


def test_uncountable_nouns_counted() -> None:
    rule = "grammar/counted-uncountable"
    assert_flags("She gave another advice, and several equipment broke down.", rule,
                 ["another advice", "several equipment"])
    assert_clean("She gave more advice; several equipment makers and an equipment shortage were reported.", rule)
    assert_clean("The news came late, and a software update fixed it.", rule)
