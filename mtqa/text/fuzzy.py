"""Edit distance for near-miss names, ranks and ridings: mtqa's native extension (Rust) with the
native scanner, else rapidfuzz (C++, MIT licence); the same distances.

Neither is imported with mtqa: most checks of a clean story never compare two names. And a
check that does need not import rapidfuzz, whose package loads its 48 modules (~5.5 ms of a
one-file check, more than the comparisons take): with the native scanner (`mtqa.scan_backend`:
``MTQA_SCAN_BACKEND=python`` picks rapidfuzz) the native library's `levenshtein` counts the
same edits of the same code points, and rapidfuzz stays for the pure-Python backend.
"""

from __future__ import annotations

from functools import cache
from typing import Callable, Iterable


@cache
def _distance() -> Callable[..., int]:
    """`f(a, b, score_cutoff=None)`: the distance, or `score_cutoff + 1` when it is larger."""
    native = _native_distance()
    if native is None:
        return _rapidfuzz_distance()

    def distance(a: str, b: str, score_cutoff: int | None = None) -> int:
        try:
            return native(a, b, score_cutoff)
        except UnicodeEncodeError:  # a lone surrogate (a badly decoded file): Rust's strings cannot hold it
            return _rapidfuzz_distance()(a, b, score_cutoff=score_cutoff)

    return distance


def _native_distance() -> Callable[..., int] | None:
    """The native library's Levenshtein distance, when the native backend runs and has one."""
    from mtqa.scan_backend import backend_name

    if backend_name() != "native":
        return None
    try:
        from mtqa._native import levenshtein
    except ImportError:  # a library built before it had one: rapidfuzz
        return None
    return levenshtein


@cache
def _rapidfuzz_distance() -> Callable[..., int]:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions and substitutions that turn `a` into `b` (Levenshtein distance)."""
    if a == b:
        return 0
    return _distance()(a, b)


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    return _distance()(a, b, score_cutoff=1) == 1



def closest(candidates: Iterable[str], name: str) -> tuple[str | None, float]:
    """The first of `candidates` with the highest `matching_ratio(candidate, name)` above 0, and
    that ratio ((None, 0.0) when none shares a character): difflib's SequenceMatcher loop with
    `name` as its second sequence, which it indexes once, and its two upper bounds skipping the
    candidates that cannot beat the best so far (the same answer, fewer blocks searched)."""
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(name):
        where.setdefault(ch, []).append(j)
    counts = {ch: len(js) for ch, js in where.items()}
    best, best_score = None, 0.0
    for cand in candidates:
        total = len(cand) + len(name)
        if not total:
            return cand, 1.0  # nothing beats two empty names
        if 2.0 * min(len(cand), len(name)) / total <= best_score:
            continue  # not even the whole of the shorter one matching would beat the best
        left = dict(counts)
        shared = 0
        for ch in cand:
            if left.get(ch, 0) > 0:
                left[ch] -= 1
                shared += 1
        if 2.0 * shared / total <= best_score:
            continue  # nor every character they share
        score = 2.0 * _matched(cand, name, where) / total
        if score > best_score:
            best, best_score = cand, score
    return best, best_score


def matching_ratio(a: str, b: str) -> float:
    """`difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()`, without importing difflib
    (~0.7 ms of the first check that met a riding-like name: its import builds a named tuple and
    compiles a pattern no check uses).

    Ratcliff/Obershelp: the longest common block (the earliest in `a`, then in `b`, as difflib
    breaks ties), then the same on each side of it; twice the characters matched over both
    lengths. Not symmetric, as difflib's is not.
    """
    total = len(a) + len(b)
    if not total:
        return 1.0
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(b):
        where.setdefault(ch, []).append(j)
    return 2.0 * _matched(a, b, where) / total


def _matched(a: str, b: str, where: dict[str, list[int]]) -> int:
    """Characters in the blocks matched, given where each character of `b` stands."""
    matched = 0
    spans = [(0, len(a), 0, len(b))]
    while spans:
        alo, ahi, blo, bhi = spans.pop()
        best_i, best_j, size = alo, blo, 0
        ending: dict[int, int] = {}  # j -> length of the common block ending at (i - 1, j)
        for i in range(alo, ahi):
            ending_here: dict[int, int] = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = ending_here[j] = ending.get(j - 1, 0) + 1
                if k > size:
                    best_i, best_j, size = i - k + 1, j - k + 1, k
            ending = ending_here
        if size:
            matched += size
            if alo < best_i and blo < best_j:
                spans.append((alo, best_i, blo, best_j))
            if best_i + size < ahi and best_j + size < bhi:
                spans.append((best_i + size, ahi, best_j + size, bhi))
    return matched
