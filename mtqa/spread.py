"""The mean and population standard deviation of whole numbers, as `statistics` gives them,
without importing it.

`statistics` (with `fractions`) is ~1 ms of every `mtqa check`'s imports, for two calls on a
text's sentence lengths (`mtqa.translationese`). Both answers here are the very floats
`statistics.fmean` and `statistics.pstdev` return on Python 3.11 and later: the mean is
`math.fsum` over the count, the deviation the correctly rounded square root of the exact
variance, a fraction of two integers (the same round-to-odd integer square root `statistics`
uses). Anything but a list of `int` is handed to `statistics` itself.
"""

from __future__ import annotations

import math

# Bits beyond a double's that make a round-to-odd integer root round correctly to a float
# (statistics' own `_sqrt_bit_width`: 2 * 53 + 3).
_ROOT_BITS = 2 * 53 + 3


def fmean(values: list) -> float:
    """`statistics.fmean(values)` of a non-empty list."""
    if not values:
        import statistics

        return statistics.fmean(values)  # its error
    return math.fsum(values) / len(values)


def pstdev(values: list) -> float:
    """`statistics.pstdev(values)`."""
    if not values or not all(type(v) is int for v in values):
        import statistics

        return statistics.pstdev(values)
    n = len(values)
    total = sum(values)
    # variance = (n Σx² − (Σx)²) / n², in lowest terms as statistics' Fraction holds it
    num, den = n * sum(v * v for v in values) - total * total, n * n
    common = math.gcd(num, den)
    return _sqrt_of_fraction(num // common, den // common)


def _sqrt_of_fraction(n: int, m: int) -> float:
    """The square root of n/m as a float, correctly rounded (as `statistics` computes it)."""
    q = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if q >= 0:
        return (_root_round_to_odd(n, m << 2 * q) << q) / 1
    return _root_round_to_odd(n << -2 * q, m) / (1 << -q)


def _root_round_to_odd(n: int, m: int) -> int:
    """The square root of n/m as an integer, rounded to odd."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)
