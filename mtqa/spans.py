"""A set of character spans that answers "is this offset covered?" in logarithmic time.

Rules that skip a candidate inside spans already taken (an allow-list match, a span
another rule flagged) would otherwise scan the whole list per candidate, which is
quadratic on a long document with many of both.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable


class SpanSet:
    """Half-open spans [start, end), merged once; `covers(pos)` is a binary search."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for a, b in sorted((a, b) for a, b in spans if b > a):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def covers(self, pos: int) -> bool:
        """Whether some span has start <= pos < end."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def __bool__(self) -> bool:
        return bool(self._starts)
