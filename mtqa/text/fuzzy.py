"""Edit distance for near-miss names, ranks and ridings, from rapidfuzz (C++, MIT licence).

rapidfuzz is imported on the first comparison, not with mtqa: most checks of a clean story
never compare two names, and the import costs more than a short check.
"""

from __future__ import annotations

from functools import cache
from typing import Callable


@cache
def _distance() -> Callable[..., int]:
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
