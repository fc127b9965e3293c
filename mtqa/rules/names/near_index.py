"""Which of many surnames `near` may pair, found without comparing every two of them.

A long story (or a long section of one) names hundreds of people a letter; comparing every two
surnames of a letter grows with the square of their number. `near` pairs two names only when
they fold alike, share a sound key, or are one or two edits apart (two only when both have seven
letters or more), always with the first letter shared. So each name is indexed by those keys
and only names sharing one are compared. The edit key is PassJoin's (Li, Deng, Wang, Feng,
2011): the letters after the first are cut into `edits + 1` segments; of two names that many
edits apart, one keeps a segment untouched in the other, at most `edits` letters from its place.
The index lists a superset of the pairs; `near` decides each, so the findings are the same.

Groups of a few dozen names are compared two by two, as before: for them that is cheaper than
building the index.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from mtqa.rules.names.pack import fold, near, sound_key

# A group of this many names or fewer is compared two by two: measured on made-up names (CPU
# time of 200 groups), comparing every two is cheaper up to ~22 names, the index from ~25 (at 40
# names 1.0 against 2.0 ms). Tests set it to 0 to take the index on every group.
INDEX_ABOVE = 30

_EDITS = 2  # the most edits `near` allows between two names (its longer names)
_MIN_EDIT_LEN = 5  # `near` compares by edits only names of five letters or more (folded)
_MIN_SOUND_LEN = 4  # ... and by sound key only names of four or more


@lru_cache(maxsize=256)
def _segments(length: int, edits: int) -> tuple[tuple[int, int], ...]:
    """(start, length) of the `edits + 1` segments a folded name of `length` letters is cut into."""
    base, extra = divmod(length, edits + 1)
    cuts, start = [], 0
    for k in range(edits + 1):
        size = base + (1 if k >= edits + 1 - extra else 0)
        cuts.append((start, size))
        start += size
    return tuple(cuts)


@lru_cache(maxsize=256)
def _probes(length: int, hyphenated: bool) -> tuple[tuple[int, int, int, int, int], ...]:
    """For a folded name of `length` letters: each (partner's letters after the first, edits,
    segment, where to cut, how many letters) to look up, the segments of every partner length
    `near` may pair it with, at each place within `edits` of their own. `edits` is what `near`
    allows: one when the shorter name has six letters or fewer or this one is hyphenated (a
    hyphenated partner allows one too, which the two looked up cover)."""
    n = length - 1  # the letters after the first
    probes = []
    for rest in range(max(_MIN_EDIT_LEN - 1, n - _EDITS), n + _EDITS + 1):
        edits = 1 if min(length, rest + 1) <= 6 or hyphenated else _EDITS
        if abs(rest - n) > edits:
            continue
        for k, (start, size) in enumerate(_segments(rest, edits)):
            for at in range(max(0, start - edits), min(n - size, start + edits) + 1):
                probes.append((rest, edits, k, at, size))
    return tuple(probes)


class NearIndex:
    """`names` by the keys `near` needs shared; `candidates(word)` lists the positions of the
    names `near(word, name)` may hold for (a superset: every name it holds for is listed)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self._by_fold: dict[str, list[int]] = {}
        self._by_sound: dict[tuple[str, str], list[int]] = {}
        self._by_segment: dict[tuple[str, int, int, int, str], list[int]] = {}
        for i, name in enumerate(self.names):
            f = fold(name)
            self._by_fold.setdefault(f, []).append(i)
            if len(f) >= _MIN_SOUND_LEN:
                self._by_sound.setdefault((f[:1], sound_key(f)), []).append(i)
            if len(f) >= _MIN_EDIT_LEN:
                # the letters after the first: `near` wants the first shared, and two names of one
                # first letter are as many edits apart as the rest of them are
                rest = f[1:]
                for edits in (1, _EDITS):
                    for k, (start, size) in enumerate(_segments(len(rest), edits)):
                        self._by_segment.setdefault((f[0], len(rest), edits, k, rest[start : start + size]), []).append(i)

    def candidates(self, word: str) -> set[int]:
        """Positions of the names that may be `near` `word` (its own position too, if listed)."""
        f = fold(word)
        found = set(self._by_fold.get(f, ()))
        if len(f) >= _MIN_SOUND_LEN:
            found.update(self._by_sound.get((f[:1], sound_key(f)), ()))
        if len(f) >= _MIN_EDIT_LEN:
            segment = self._by_segment.get
            first, rest = f[0], f[1:]
            for length, edits, k, at, size in _probes(len(f), "-" in f):
                hit = segment((first, length, edits, k, rest[at : at + size]))
                if hit:
                    found.update(hit)
        return found


def near_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """Every two of `names` that `near` pairs, in the order of comparing them two by two within
    each group of one folded first letter (groups in order of their first name, then each name
    with those after it), as `names/inconsistent-spelling` reads them."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(fold(name)[:1], []).append(name)
    pairs: list[tuple[str, str]] = []
    for group in groups.values():
        pairs.extend(_group_pairs(group))
    return pairs


def _group_pairs(group: list[str]) -> Iterable[tuple[str, str]]:
    if len(group) <= INDEX_ABOVE:
        return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if near(a, b)]
    index = NearIndex(group)
    found: list[tuple[str, str]] = []
    for i, a in enumerate(group):
        later = sorted(j for j in index.candidates(a) if j > i)
        found.extend((a, group[j]) for j in later if near(a, group[j]))
    return found


class SurnameLookup:
    """A story's surnames of one folded first letter, asked about one word after another: is one
    of them a prefix of the word, and which are `near` it (in their order)."""

    def __init__(self, surnames: list[str]) -> None:
        self.surnames = surnames
        self._index: NearIndex | None = None
        if len(surnames) > INDEX_ABOVE:  # else scanned one by one, as before: nothing to build
            self._index = NearIndex(surnames)
            self._set = frozenset(surnames)
            self._longest = max(map(len, surnames))

    def prefix_of(self, word: str) -> bool:
        """Whether the word starts with one of the surnames (Torontonian, Toronto)."""
        if self._index is None:
            return any(word.startswith(surname) for surname in self.surnames)
        held = self._set
        return any(word[:k] in held for k in range(min(len(word), self._longest) + 1))

    def near_in_order(self, word: str) -> Iterator[str]:
        """The surnames `near` the word, in the order they were given."""
        if self._index is None:
            places: Iterable[int] = range(len(self.surnames))
        else:
            places = sorted(self._index.candidates(word))
        for i in places:
            if near(word, self.surnames[i]):
                yield self.surnames[i]
