"""mtqa.text.fuzzy's ratios are rapidfuzz's figures, computed without importing rapidfuzz: the
same value, to the last bit, on names and on any strings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from mtqa.text import fuzzy

WORDS = st.text(alphabet="abcdeÉéłLo -’", max_size=40)


def test_names_score_as_rapidfuzz_scores_them() -> None:
    pairs = [("Specialists", "Specialist"), ("Lawsuits", "Prosecutions"), ("", ""), ("a", ""),
             ("Federation Doctors Specialists Quebec", "Federation Specialist Doctors Quebec"),
             ("Tongue", "Language")]
    for a, b in pairs:
        assert fuzzy.ratio(a, b) == fuzz.ratio(a, b)
        assert fuzzy.token_sort_ratio(a, b) == fuzz.token_sort_ratio(a, b)
    assert fuzzy.token_sort_ratio("Office Criminal Penal", "Office Penal Criminal") == 100.0
    assert fuzzy.ratio("abc", "xyz") == 0.0


@settings(max_examples=400, deadline=None)
@given(WORDS, WORDS)
def test_any_strings_score_as_rapidfuzz_scores_them(a: str, b: str) -> None:
    assert fuzzy.ratio(a, b) == fuzz.ratio(a, b)
    assert fuzzy.token_sort_ratio(a, b) == fuzz.token_sort_ratio(a, b)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_long_strings_of_any_characters_score_as_rapidfuzz_scores_them(a: str, b: str) -> None:
    assert fuzzy.ratio(a, b) == fuzz.ratio(a, b)
