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
