"""Fast phrase lookup for large term tables (ridings, institutions, spellings).

A regex alternation of thousands of terms runs at a few microseconds per character,
far below mtqa's speed target. PhraseMatcher instead indexes phrases by their first word
and walks a paragraph's word tokens once, checking only the phrases that start with each
token: linear in the text, independent of the table's size.
"""

from __future__ import annotations

import marshal
from bisect import bisect_left
from typing import Any, Iterable, Iterator

from mtqa import pattern_cache
from mtqa.text.fuzzy import edit_distance

_TOKEN = pattern_cache.compile(r"[\p{L}\p{N}]+")
_SPACE = pattern_cache.compile(r"\s+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "‑": "-"})


def tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of letters and digits in `text`."""
    return [m.span() for m in _TOKEN.finditer(text, concurrent=False)]


def normalise(s: str, ignorecase: bool) -> str:
    s = _SPACE.sub(" ", s.translate(_FOLD)).strip()
    return s.casefold() if ignorecase else s


class PhraseMatcher:
    """Find any of many phrases in text, longest first, without backtracking.

    Args:
        phrases: phrase → value returned with each match.
        ignorecase: compare case-insensitively (the value tells the rule what was meant).

    Phrases match on word boundaries; apostrophes and dashes are folded (’ = ', – = -) and
    runs of whitespace compare equal to one space.

    Pickled (a compiled pack in the cache), each first word's candidates are one `marshal`
    blob, their values numbers in a table of the distinct values, and a blob is built back
    into candidates when a text first holds its word (`_build`): a check meets a few dozen
    of a gazetteer's hundreds of first words, and unpickling every candidate's strings and
    tuples was most of a gazetteer's load time.
    """

    def __init__(self, phrases: dict[str, Any], ignorecase: bool = False) -> None:
        self.ignorecase = ignorecase
        flat: dict[str, list[tuple[int, str, str, Any, str]]] = {}
        for phrase, value in phrases.items():
            toks = tokens(phrase)
            if not toks:
                continue
            first = phrase[toks[0][0] : toks[0][1]]
            tail = phrase[toks[-1][1] :].strip()  # trailing punctuation such as "Gen."
            key = first.casefold() if ignorecase else first
            norm = normalise(phrase[toks[0][0] : toks[-1][1]], ignorecase)
            last = phrase[toks[-1][0] : toks[-1][1]]
            last = last.casefold() if ignorecase else last
            flat.setdefault(key, []).append((len(toks), norm, tail, value, last))
        self._size = sum(len(cands) for cands in flat.values())
        # By first word, the candidates longest first (then by length of text), grouped by
        # their number of words, and within a group by their last word: `match_at` reads one
        # slice of the text per length and looks its last word up, instead of trying each
        # candidate of a common first word in turn. Order within a last word is kept.
        self._index: dict[str, list[tuple[int, dict[str, list[tuple[str, str, Any]]]]] | bytes] = {}
        self._values: list[Any] = []  # what a blob's value numbers stand for (once unpickled)
        for key, cands in flat.items():
            cands.sort(key=lambda c: (-c[0], -len(c[1])))
            groups: list[tuple[int, dict[str, list[tuple[str, str, Any]]]]] = []
            for count, norm, tail, value, last in cands:
                if not groups or groups[-1][0] != count:
                    groups.append((count, {}))
                groups[-1][1].setdefault(last, []).append((norm, tail, value))
            self._index[key] = groups

    def __len__(self) -> int:
        return self._size

    def __getstate__(self) -> dict[str, Any]:
        """The candidates as a blob a first word (`_build` builds them back), their values
        as numbers in one table of the distinct values (shared values stay shared)."""
        numbers: dict[int, int] = {id(v): i for i, v in enumerate(self._values)}
        values = list(self._values)
        packed: dict[str, bytes] = {}
        for key, groups in self._index.items():
            if isinstance(groups, bytes):  # never built: its numbers are the table's still
                packed[key] = groups
                continue
            plain = []
            for count, by_last in groups:
                lasts = []
                for last, cands in by_last.items():
                    rows = []
                    for norm, tail, value in cands:
                        number = numbers.get(id(value))
                        if number is None:
                            number = numbers[id(value)] = len(values)
                            values.append(value)
                        rows.append((norm, tail, number))
                    lasts.append((last, tuple(rows)))
                plain.append((count, tuple(lasts)))
            packed[key] = marshal.dumps(tuple(plain))
        return {"ignorecase": self.ignorecase, "_size": self._size, "_index": packed, "_values": values}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _build(self, key: str, blob: bytes) -> list[tuple[int, dict[str, list[tuple[str, str, Any]]]]]:
        """The candidates starting with `key` (grouped by number of words, then by last word),
        built from their blob the first time they are asked for (`match_at`)."""
        values = self._values
        groups = self._index[key] = [
            (count, {last: [(norm, tail, values[number]) for norm, tail, number in rows] for last, rows in lasts})
            for count, lasts in marshal.loads(blob)
        ]
        return groups

    def may_start(self, words: Iterable[str]) -> bool:
        """Whether a phrase can start at one of these words: a text's tokens (runs of letters
        and digits) as the matcher compares them, case-folded when it ignores case. A text
        whose tokens are all turned away here has no match (`finditer` finds nothing), which
        one set test tells instead of a walk over every token."""
        return not self._index.keys().isdisjoint(words)

    def finditer(self, text: str, toks: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int, Any]]:
        """Yield (start, end, value) for non-overlapping matches, left to right, longest first."""
        if toks is None:
            toks = tokens(text)
        index = self._index
        ic = self.ignorecase
        n = len(toks)
        i = 0
        while i < n:
            s, e = toks[i]
            word = text[s:e]
            if index.get(word.casefold() if ic else word):
                hit = self.match_at(text, toks, i)
                if hit is not None:
                    end, value = hit
                    yield s, end, value
                    while i < n and toks[i][0] < end:  # skip the tokens this match covered
                        i += 1
                    continue
            i += 1

    def finditer_keyed(self, text: str, toks: list[tuple[int, int]], keys: list[str]) -> list[tuple[int, int, Any]]:
        """`finditer`'s matches, given the text's tokens as the matcher compares them (`keys`: one
        per token of `toks`, case-folded when it ignores case, e.g. the `folded-tokens` analysis):
        tried only at the tokens that start a phrase, found by one lookup a key instead of a
        slice and a case folding a token."""
        index = self._index
        starts = [toks[i][0] for i, key in enumerate(keys) if key in index]
        return self.matches_from(text, toks, starts) if starts else []

    def matches_from(self, text: str, toks: list[tuple[int, int]], starts: Iterable[int]) -> list[tuple[int, int, Any]]:
        """(start, end, value) of the longest phrase at each of `starts` (sorted offsets where a
        phrase's first word was found, e.g. by mtqa.scan), skipping starts inside a match."""
        out = []
        last_end = -1
        for k in starts:
            if k < last_end:
                continue
            j = bisect_left(toks, (k,))
            if j >= len(toks) or toks[j][0] != k:
                continue
            hit = self.match_at(text, toks, j)
            if hit is not None:
                out.append((k, hit[0], hit[1]))
                last_end = hit[0]
        return out

    def match_at(self, text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token i: (end offset, value), or None.

        Lets a caller that already knows where candidates start (from a word-set
        prefilter) skip the walk over every token.
        """
        ic = self.ignorecase
        s, e = toks[i]
        word = text[s:e]
        key = word.casefold() if ic else word
        groups = self._index.get(key)
        if isinstance(groups, bytes):  # not built yet (an unpickled matcher)
            groups = self._build(key, groups)
        if not groups:
            return None
        n = len(toks)
        for count, by_last in groups:
            if i + count > n:
                continue
            ls, end = toks[i + count - 1]
            if count > 1:
                # the last word looked up before the whole span is normalised
                lw = text[ls:end]
                cands = by_last.get(lw.casefold() if ic else lw)
                if not cands:
                    continue
                span = normalise(text[s:end], ic)
                cands = [c for c in cands if c[0] == span]
            else:  # one word: its first word is its last, already equal
                cands = [c for group in by_last.values() for c in group]
            for _norm, tail, value in cands:
                if tail:
                    if not text.startswith(tail, end):
                        continue
                    return end + len(tail), value
                return end, value
        return None


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions), for near-miss names and titles.

    Kept for callers outside this package; new code imports `mtqa.text.fuzzy.edit_distance`.
    """
    return edit_distance(a, b)
