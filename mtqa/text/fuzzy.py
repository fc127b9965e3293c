"""Edit distance for near-miss names, ranks and ridings: mtqa's native extension (Rust) with the
native scanner, else rapidfuzz (C++, MIT licence); the same distances.

Neither is imported with mtqa: most checks of a clean story never compare two names. And a
check that does need not import rapidfuzz, whose package loads its 48 modules (~5.5 ms of a
one-file check, more than the comparisons take): with the native scanner (`mtqa.scan_backend`:
``MTQA_SCAN_BACKEND=python`` picks rapidfuzz) the native library's `levenshtein` counts the
same edits of the same code points, and rapidfuzz stays for the pure-Python backend.

`ratio` and `token_sort_ratio` are rapidfuzz's `fuzz.ratio` and `fuzz.token_sort_ratio`, the same
figures computed here from the longest common subsequence (the bit-parallel count), for the
same reason: a few short names compared are not worth rapidfuzz's package on every check that
holds one (tests/test_fuzzy_ratio.py compares them with rapidfuzz's).
"""

from __future__ import annotations

from functools import cache
from typing import Callable


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


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of `a` and `b`: one bit per character of
    `a`, one addition per character of `b` (Allison and Dix; Hyyrö)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def ratio(a: str, b: str) -> float:
    """0-100: how alike two strings are by insertions and deletions (rapidfuzz's `fuzz.ratio`):
    100 × (1 − the edits / both lengths)."""
    total = len(a) + len(b)
    if not total:
        return 100.0
    edits = total - 2 * _common_subsequence(a, b)
    return (1.0 - edits / total) * 100


def token_sort_ratio(a: str, b: str) -> float:
    """`ratio` of the two strings' words sorted (rapidfuzz's `fuzz.token_sort_ratio`): the same
    words in another order score 100."""
    return ratio(" ".join(sorted(a.split())), " ".join(sorted(b.split())))
