"""`mtqa.spread` gives the very floats `statistics` gives (it stands in for it on a check's path)."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtqa import spread


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=300))
def test_whole_numbers_as_statistics(values):
    assert spread.fmean(values) == statistics.fmean(values)
    assert spread.pstdev(values) == statistics.pstdev(values)


@given(st.lists(st.integers(min_value=-(10**40), max_value=10**40), min_size=1, max_size=50))
def test_large_and_negative_numbers_as_statistics(values):
    assert spread.pstdev(values) == statistics.pstdev(values)


@given(st.lists(st.floats(min_value=0, max_value=1, allow_nan=False), min_size=1, max_size=200))
def test_fractions_as_statistics(values):
    assert spread.fmean(values) == statistics.fmean(values)
    assert spread.pstdev(values) == statistics.pstdev(values)  # handed to statistics


def test_sentence_lengths_and_edges():
    lengths = [12, 31, 7, 22, 22, 40, 3, 18]
    assert spread.pstdev(lengths) == statistics.pstdev(lengths)
    assert spread.pstdev([5]) == 0.0 == statistics.pstdev([5])
    assert spread.pstdev([True, 2]) == statistics.pstdev([True, 2])  # a bool is not taken for an int
    for fn in (spread.fmean, spread.pstdev):
        with pytest.raises(statistics.StatisticsError):
            fn([])


def test_a_check_does_not_import_statistics():
    import subprocess
    import sys

    code = ("import sys, mtqa; mtqa.check('The minister said the plan was ready. ' * 40); "
            "print('statistics' in sys.modules, 'fractions' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
