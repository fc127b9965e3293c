"""The scanner in pure Python: always available, and the reference the native one must equal.

Phrases on a word boundary are indexed by their first word: the text's words are walked
once and only the phrases starting with each word are compared, so time is linear in the
text whatever the number of phrases. Everything else (phrases without a boundary, phrases
that start with punctuation, characters) is found with ``str.find``; patterns with ``regex``.
Token predicates walk the text's tokens once per trigger.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter
from typing import Any

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.scan.triggers import CAPITAL_RUN, REPEATED

_WORD_RUNS: tuple[Any, ...] = (None, pattern_cache.compile(r"[\p{L}\p{N}]+"), pattern_cache.compile(r"\p{L}+"))
_IS_WORD: tuple[Any, ...] = (None, pattern_cache.compile(r"[\p{L}\p{N}]"), pattern_cache.compile(r"\p{L}"))
_RUN_SPLIT: tuple[Any, ...] = (None, pattern_cache.compile(r"([\p{L}\p{N}]+)"), pattern_cache.compile(r"(\p{L}+)"))
TOKEN = _WORD_RUNS[1]
_UPPER = pattern_cache.compile(r"\p{Lu}")


def _word_char(boundary: int, c: str) -> bool:
    return _IS_WORD[boundary].match(c) is not None


class PythonScanner:
    """Same constructor and methods as the native ``mtqa._native.Scanner``.

    Args:
        phrases: (view, phrase in that view, boundary code, trigger id, item) tuples.
        chars: (character, trigger id, item) tuples.
        patterns: (pattern, ignorecase, trigger id, item) tuples.
        token_rules: (kind, number, characters, trigger id) tuples: REPEATED with `within`,
            CAPITAL_RUN with `min_words` and `joiners` (mtqa.scan.triggers).
    """

    name = "python"

    def __init__(self, phrases, chars, patterns, token_rules=()) -> None:
        # by view and boundary: first word -> phrase length -> phrase -> [(trigger, item, right edge a
        # word character?)]: a word is followed by one slice per length, not a comparison per phrase
        self._indexed: dict[tuple[int, int], dict[str, dict[int, dict[str, list[tuple]]]]] = {}
        self._plain: dict[int, list[tuple]] = {}  # view -> [(phrase, boundary, trigger, item)], found with find
        for view, phrase, boundary, trigger, item in phrases:
            if not phrase:
                continue
            if boundary and _word_char(boundary, phrase[0]):
                first = _WORD_RUNS[boundary].match(phrase).group()
                right = _word_char(boundary, phrase[-1])
                by_length = self._indexed.setdefault((view, boundary), {}).setdefault(first, {})
                by_length.setdefault(len(phrase), {}).setdefault(phrase, []).append((trigger, item, right))
            else:
                self._plain.setdefault(view, []).append((phrase, boundary, trigger, item))
        self._chars = [(c, trigger, item) for c, trigger, item in chars]
        self._patterns = [(pattern_cache.compile(p, regex.IGNORECASE if ic else 0), trigger, item)
                          for p, ic, trigger, item in patterns]
        self._repeated = [(n, trigger) for kind, n, _, trigger in token_rules if kind == REPEATED]
        self._capital_runs = [(n, frozenset(joiners), trigger) for kind, n, joiners, trigger in token_rules
                              if kind == CAPITAL_RUN]
        if len(self._repeated) + len(self._capital_runs) != len(token_rules):
            raise ValueError("unknown token predicate kind")

    def scan(self, views: list[str]) -> array:
        """Events (trigger, item, start, end) flattened into one array, sorted."""
        events = self._events(views)
        events.sort()
        out = array("I")
        for s, e, trigger, item in events:
            out.extend((trigger, item, s, e))
        return out

    def scan_paragraphs(self, views: list[str], lengths: list[int]) -> tuple[array, array, array, array]:
        """The events of paragraphs joined into `views`, grouped (see `group_events`)."""
        return group_events(self._events(views), lengths)

    def _events(self, views: list[str]) -> list[tuple[int, int, int, int]]:
        """(start, end, trigger, item) of every event, in no particular order."""
        events: list[tuple[int, int, int, int]] = []
        add = events.append
        self._indexed_events(views, add)
        self._plain_events(views, add)
        exact = views[0]
        for c, trigger, item in self._chars:
            i = exact.find(c)
            while i >= 0:
                add((i, i + 1, trigger, item))
                i = exact.find(c, i + 1)
        for pattern, trigger, item in self._patterns:
            for m in pattern.finditer(exact):
                if m.end() > m.start():
                    add((m.start(), m.end(), trigger, item))
        if self._repeated or self._capital_runs:
            self._token_events(views, add)
        return events

    def _indexed_events(self, views: list[str], add) -> None:
        """Phrases that start with a word, looked up by that word in each view's word runs."""
        for (view, boundary), index in self._indexed.items():
            text = views[view]
            n = len(text)
            is_word: Any = _IS_WORD[boundary].match
            # The word runs and their starts without a match object each: split keeps the runs
            # (odd places) between the rest, and a run starts where the text before it ends.
            pieces = _RUN_SPLIT[boundary].split(text)
            words = pieces[1::2]
            starts = list(accumulate(map(len, pieces)))[0::2]
            for word, s in compress(zip(words, starts), map(index.__contains__, words)):
                for length, phrases in index[word].items():
                    e = s + length
                    found = phrases.get(text[s:e])
                    if found is None:
                        continue
                    glued = e < n and is_word(text, e) is not None
                    for trigger, item, right in found:
                        if not (right and glued):
                            add((s, e, trigger, item))

    def _plain_events(self, views: list[str], add) -> None:
        """Phrases found by plain search, kept unless a word character glues on where one must not."""
        for view, plain in self._plain.items():
            text = views[view]
            n = len(text)
            for phrase, boundary, trigger, item in plain:
                is_word: Any = _IS_WORD[boundary].match if boundary else None
                right = boundary and _word_char(boundary, phrase[-1])
                i = text.find(phrase)
                while i >= 0:
                    e = i + len(phrase)
                    if not (right and e < n and is_word(text, e)):
                        add((i, e, trigger, item))
                    i = text.find(phrase, i + 1)

    def _token_events(self, views: list[str], add) -> None:
        """The events found on the token spans of the exact view: repeated tokens, runs of capitalised words."""
        exact = views[0]
        spans = [m.span() for m in TOKEN.finditer(exact)]
        if self._repeated:
            self._repeated_events(views, spans, add)
        if self._capital_runs:
            self._capital_run_events(exact, spans, add)

    def _repeated_events(self, views: list[str], spans: list[tuple[int, int]], add) -> None:
        """A token equal (folded) to one up to `within` tokens later: an event from the first to the second."""
        exact, low, wide = views[0], views[1], views[3]
        toks = [low[s:e] for s, e in spans]
        # a token holding a character whose folding expands equals anything (may over-fire)
        odd = [any(c in wide for c in exact[s:e]) for s, e in spans] if wide else None
        for d in range(1, max(within for within, _ in self._repeated) + 1):  # one pass per distance
            triggers = [trigger for within, trigger in self._repeated if within >= d]
            if odd is None:
                pairs = [k for k, (a, b) in enumerate(zip(toks, toks[d:])) if a == b]
            else:
                pairs = [k for k, (a, b) in enumerate(zip(toks, toks[d:])) if a == b or odd[k] or odd[k + d]]
            for k in pairs:
                for trigger in triggers:
                    add((spans[k][0], spans[k + d][1], trigger, 0))

    def _capital_run_events(self, exact: str, spans: list[tuple[int, int]], add) -> None:
        """Runs of at least `min_words` capitalised tokens, separated only by `joiners`: an event each."""
        caps = [_UPPER.match(exact, s) is not None for s, _ in spans]
        for min_words, joiners, trigger in self._capital_runs:
            count, first, last = 0, 0, 0
            for (s, e), cap in zip(spans, caps):
                if cap and count and all(c in joiners for c in exact[last:s]):
                    count += 1
                else:
                    if count >= min_words:
                        add((first, last, trigger, 0))
                    count, first = (1, s) if cap else (0, 0)
                last = e
            if count >= min_words:
                add((first, last, trigger, 0))

    def tokens(self, text: str) -> array:
        """Spans of the runs of letters and digits, flattened (start, end, start, end, …)."""
        out = array("I")
        for m in TOKEN.finditer(text):
            out.extend(m.span())
        return out


def group_events(events: list[tuple[int, int, int, int]], lengths: list[int]) -> tuple[array, array, array, array]:
    """Events (start, end, trigger, item) over paragraphs of `lengths` joined by one separator
    character each, placed in their paragraphs; an event running into the next is dropped.

    Returns four arrays (the native backend's ``scan_paragraphs`` returns the same numbers):
    events as (trigger, item, start, end) quads, offsets into their paragraph, ordered by
    (paragraph, trigger, start, end, item); ``paragraph << 32 | trigger`` of each run of events
    sharing both (a group); where each group's events begin, then their count; and the
    groups' keys as ``trigger << 32 | paragraph``, sorted.
    """
    starts: list[int] = []
    limits: list[int] = []  # the separator after each paragraph
    at = 0
    for n in lengths:
        starts.append(at)
        limits.append(at + n)
        at += n + 1
    if not lengths:
        events = []
    # the first paragraph whose separator is at or after each event's start (an event starts
    # inside the text, so before the last paragraph's end)
    places = map(bisect_left, repeat(limits), map(itemgetter(0), events))
    placed = [(k, trigger, s - starts[k], e - starts[k], item)
              for k, (s, e, trigger, item) in zip(places, events) if e <= limits[k]]
    placed.sort()
    flat = array("I", chain.from_iterable(map(itemgetter(1, 4, 2, 3), placed)))
    keys = [k << 32 | trigger for k, trigger, _s, _e, _item in placed]
    bounds = array("I", [0] if keys else [])  # where the key changes: each group's first event
    bounds.extend([n for n, a, b in zip(count(1), keys, keys[1:]) if a != b])
    groups = array("Q", [keys[n] for n in bounds])
    bounds.append(len(keys))
    low = 0xFFFFFFFF
    by_trigger = array("Q", sorted([(g & low) << 32 | g >> 32 for g in groups]))
    return flat, groups, bounds, by_trigger
