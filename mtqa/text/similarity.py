"""`difflib.SequenceMatcher(autojunk=False)`'s ratios of two strings, without importing difflib.

The ridings' fuzzy lookup compares a name with a dozen candidates a check; importing difflib
for it (its module, `heapq`, a named tuple made) took ~0.8 ms of the first check that names a
riding, more than the comparisons. This is the standard library's algorithm (Ratcliff and
Obershelp's longest matching blocks, as CPython 3.10-3.13 write it) for the one case used:
no junk, no "popular" characters (``autojunk=False``), whole strings. The same numbers, to the
last bit: `tests/test_similarity.py` holds them to difflib's.
"""

from __future__ import annotations


def _ratio(matches: int, length: int) -> float:
    return 2.0 * matches / length if length else 1.0


class Similarity:
    """A second string `b` set once and first strings `a` compared with it, as
    ``SequenceMatcher(autojunk=False)`` with `set_seq2(b)` then `set_seq1(a)` for each."""

    __slots__ = ("_a", "_b", "_b2j", "_bcount")

    def __init__(self, b: str) -> None:
        self._a = ""
        self._b = b
        b2j: dict[str, list[int]] = {}  # each character of b → where it occurs, in order
        for i, ch in enumerate(b):
            b2j.setdefault(ch, []).append(i)
        self._b2j = b2j
        self._bcount: dict[str, int] | None = None

    def set_seq1(self, a: str) -> None:
        self._a = a

    def real_quick_ratio(self) -> float:
        """An upper bound of `ratio` from the lengths alone."""
        la, lb = len(self._a), len(self._b)
        return _ratio(min(la, lb), la + lb)

    def quick_ratio(self) -> float:
        """An upper bound of `ratio` from the characters' counts."""
        if self._bcount is None:
            counts: dict[str, int] = {}
            for ch in self._b:
                counts[ch] = counts.get(ch, 0) + 1
            self._bcount = counts
        full = self._bcount
        avail: dict[str, int] = {}
        matches = 0
        for ch in self._a:
            numb = avail[ch] if ch in avail else full.get(ch, 0)
            avail[ch] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self._a) + len(self._b))

    def ratio(self) -> float:
        """Twice the characters of the matching blocks over both lengths."""
        a, b = self._a, self._b
        matches = 0
        queue = [(0, len(a), 0, len(b))]
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = self._longest_match(alo, ahi, blo, bhi)
            if k:
                matches += k
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        return _ratio(matches, len(a) + len(b))

    def _longest_match(self, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        """`find_longest_match` with nothing junk: the longest block, the earliest in `a` of
        those, and of those the earliest in `b`."""
        a, b2j = self._a, self._b2j
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        nothing: list[int] = []
        for i in range(alo, ahi):
            j2lenget = j2len.get
            newj2len: dict[int, int] = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2lenget(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        return besti, bestj, bestsize
