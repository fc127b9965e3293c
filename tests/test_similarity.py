"""`mtqa.text.similarity` gives difflib's ratios exactly (the ridings' fuzzy lookup picks the
closest name by them): the same floats for the same strings, whatever they hold."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.text.similarity import Similarity

# Few letters, so that strings share long and repeated blocks (the cases the algorithm orders)
_NEAR = st.text(alphabet="ab -é", max_size=30)
_ANY = st.text(max_size=40)


def _difflib(a: str, b: str) -> tuple[float, float, float]:
    sm = difflib.SequenceMatcher(autojunk=False)
    sm.set_seq2(b)
    sm.set_seq1(a)
    return sm.real_quick_ratio(), sm.quick_ratio(), sm.ratio()


def _ours(a: str, b: str) -> tuple[float, float, float]:
    sm = Similarity(b)
    sm.set_seq1(a)
    return sm.real_quick_ratio(), sm.quick_ratio(), sm.ratio()


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.tuples(_NEAR, _NEAR), st.tuples(_ANY, _ANY)))
def test_the_ratios_are_difflibs(pair: tuple[str, str]) -> None:
    a, b = pair
    assert _ours(a, b) == _difflib(a, b)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc ", max_size=25), st.lists(st.text(alphabet="abc ", max_size=25), max_size=6))
def test_one_second_string_against_many_first_ones(b: str, firsts: list[str]) -> None:
    """As the ridings' lookup uses it: `b` set once, each candidate set in turn."""
    ours, theirs = Similarity(b), difflib.SequenceMatcher(autojunk=False)
    theirs.set_seq2(b)
    for a in firsts:
        ours.set_seq1(a)
        theirs.set_seq1(a)
        assert (ours.quick_ratio(), ours.ratio()) == (theirs.quick_ratio(), theirs.ratio())


def test_known_values() -> None:
    """Fixed cases, so a wrong port fails even where Hypothesis draws nothing unusual."""
    for a, b, want in [("", "", 1.0), ("abcd", "bcde", 0.75), ("kingston", "kingstn", 14 / 15),
                       ("saint-laurent", "saint laurent", 24 / 26), ("abab", "baba", 0.75), ("xyz", "abc", 0.0)]:
        assert _ours(a, b)[2] == want == _difflib(a, b)[2]


def test_a_lookup_does_not_import_difflib() -> None:
    import subprocess
    import sys

    code = ("import sys; from mtqa.text.similarity import Similarity; s = Similarity('kingston'); "
            "s.set_seq1('kingstn'); s.ratio(); print('difflib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
