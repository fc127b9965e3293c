"""One scanning pass for every rule's declared triggers (see mtqa.scan.triggers).

``Scanner`` gathers the triggers of a Checker's rules, picks a backend — the native one
(``mtqa._native``, Rust) when it is built, else pure Python (`mtqa.scan_backend`); ``MTQA_SCAN_BACKEND=python``
or ``=native`` forces one — and scans a run of paragraphs at once, returning their hits.
Both backends give identical events (tests/scan runs one suite against each).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from operator import itemgetter
from typing import Any, Iterable, Sequence

from mtqa.scan.plan import ScanPlan
from mtqa.scan.triggers import (
    DIGIT, EXPANDING_FOLDS, LETTER, LOWER, NUMBER, UPPER, Always, CapitalRun, Chars, FromPack, Hit, Pattern, Phrases, Repeated,
    Trigger,
)
from mtqa.scan.views import expanding, folded, lower
from mtqa.scan_backend import available_backends, backend_name, native_class

__all__ = ["Always", "CapitalRun", "Chars", "FromPack", "Hit", "Pattern", "Phrases", "Repeated", "Trigger", "Scanner", "ScanResult", "backend_name",
           "available_backends", "phrase_matches", "DIGIT", "EXPANDING_FOLDS", "LETTER", "LOWER", "NUMBER", "UPPER"]

_SEPARATOR = "\x00"  # between paragraphs of one scan: no phrase holds it, no boundary is glued to it


def _native_tokeniser():
    """The native tokeniser of paragraphs (None when the extension was built without one)."""
    try:
        from mtqa._native import Tokeniser
    except ImportError:
        return None
    from mtqa.segment import is_token_char

    return Tokeniser(is_token_char)


def make_backend(phrases: list, chars: list, patterns: list, token_rules: list, backend: str | None = None):
    """A backend scanner over flat trigger tables (see PythonScanner for their shape)."""
    if backend_name(backend) == "native":
        from mtqa.scan.native_cache import cached_scanner

        return cached_scanner(native_class(), (phrases, chars, patterns, token_rules))
    from mtqa.scan.python_backend import PythonScanner

    return PythonScanner(phrases, chars, patterns, token_rules)


def _backend_of(plan: ScanPlan, backend: str | None = None, plan_key: str | None = None):
    """`make_backend` over a plan's tables: read from the native scanner's cache by the
    tables' bytes (or by `plan_key`, the name of the plan's cache entry: `native_cache`),
    unmarshalled only when a backend is built from them."""
    if backend_name(backend) == "native":
        from mtqa.scan.native_cache import cached_scanner

        return cached_scanner(native_class(), lambda: plan.tables, plan.tables_bytes, plan_key)
    phrases, chars, patterns, token_rules = plan.tables
    return make_backend(phrases, chars, patterns, token_rules, backend)


class Scanner:
    """Every trigger of some rules, compiled into one backend scanner.

    Args:
        rules: (rule id, triggers) pairs.
        data: compiled packs by id (for triggers whose phrases come from a pack).
        backend: "python" or "native"; None picks as `backend_name` does.
        plan: the rules' plan made already; plan_key: the name of its cache entry, if kept.
    """

    def __init__(self, rules: Iterable[tuple[str, tuple[Trigger, ...]]], data: dict[str, Any] | None = None,
                 backend: str | None = None, plan: ScanPlan | None = None, plan_key: str | None = None) -> None:
        if plan is None:  # `plan`: the rules' plan made already (a Checker reads it from the cache)
            plan, plan_key = ScanPlan.build(rules, data or {}), None  # a key names a plan given
        self._names: list[str] = plan.names  # trigger id -> its name
        self._items: list[tuple[str, ...]] = plan.items  # trigger id -> its phrases/characters/pattern as declared
        self.rule_triggers: dict[str, tuple[int, ...]] = plan.rule_triggers  # rule id -> its trigger ids
        self.named_triggers: dict[tuple[str, str], tuple[int, ...]] = plan.named_triggers  # (rule id, name) -> ids
        self._views = plan.views
        self.everywhere = plan.everywhere  # rules that run on every paragraph (an Always trigger holds)
        self._expanding = plan.expanding
        self.backend = _backend_of(plan, backend, plan_key)
        self.backend_name = self.backend.name
        # Rust takes only valid Unicode: a text holding a lone surrogate (a badly decoded
        # file, a JSON escape) is scanned by the pure-Python backend, made when first needed.
        self._plan = plan if self.backend_name == "native" else None
        self._fallback: Any = None
        # With the native backend, each scan also hands its paragraphs their token spans
        # (`Paragraph.take_token_spans`), found in the same native call's text: no Python pass.
        self._tokeniser: Any = _native_tokeniser() if self.backend_name == "native" else None

    def ready(self) -> None:
        """Wait until the backend's patterns are ready to match (the native scanner reads or
        compiles them on a thread of its own, which its first scan waits for). A process
        forked before that has no such thread and compiles them itself: a parent about to
        fork workers calls this first, and they inherit the patterns."""
        if self.backend_name == "native":
            getattr(self.backend, "pattern_engines", None)  # the getter waits for the patterns

    def views(self, text: str) -> list[str]:
        """The text as each backend scans it: exact, lower and folded views (those some trigger
        reads, else ""), then the text's characters whose case folding expands (Repeated reads)."""
        casefolded = text.casefold() if (self._views[1] or self._views[2] or self._expanding) else ""
        low = lower(text, casefolded) if (self._views[1] or self._views[2]) else ""
        return [text, low, folded(text, low) if self._views[2] else "",
                expanding(text, casefolded) if self._expanding else ""]

    def events(self, text: str) -> list[tuple[int, int, int, int]]:
        """(trigger id, item, start, end) of every trigger in `text`, sorted by position."""
        if not self._names:
            return []
        flat = self._raw(self.views(text))
        return [tuple(flat[i : i + 4]) for i in range(0, len(flat), 4)]

    def _raw(self, views: list[str]):
        try:
            return self._flat(self.backend.scan(views))
        except UnicodeEncodeError:  # a lone surrogate (see _python_backend)
            return self._flat(self._python_backend().scan(views))

    @staticmethod
    def _flat(out):
        """The backend's numbers as an array of u32 (the native backend returns raw bytes)."""
        return _numbers(out, "I")

    def tokens(self, text: str) -> list[tuple[int, int]]:
        """Spans of the runs of letters and digits in `text` (the backend's tokeniser)."""
        try:
            flat = self._flat(self.backend.tokens(text))
        except UnicodeEncodeError:  # a lone surrogate (see _python_backend)
            flat = self._flat(self._python_backend().tokens(text))
        return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]

    def scan(self, paragraphs: list, tokens: bool = True) -> ScanResult:
        """The hits of every trigger in `paragraphs`, scanned as one text. With the native
        backend and `tokens`, each paragraph is also handed its token spans (see
        `Paragraph.take_token_spans`)."""
        if not self._names or not paragraphs:
            return ScanResult(paragraphs, self.rule_triggers, self.everywhere, self._names, self._items,
                              named_triggers=self.named_triggers)
        texts = [p.text for p in paragraphs]
        joined, lengths = _SEPARATOR.join(texts), [len(t) for t in texts]
        views = self.views(joined)
        try:
            grouped = self.backend.scan_paragraphs(views, lengths)
        except UnicodeEncodeError:  # a lone surrogate: the same events from the Python backend
            grouped = self._python_backend().scan_paragraphs(views, lengths)
        else:
            if tokens and self._tokeniser is not None:
                self._hand_tokens(paragraphs, joined, lengths)
        return ScanResult(paragraphs, self.rule_triggers, self.everywhere, self._names, self._items,
                          _arrays(grouped), self.named_triggers)

    def _python_backend(self):
        """The pure-Python backend over this scanner's tables (for text Rust cannot take)."""
        if self._plan is None:
            return self.backend
        if self._fallback is None:
            from mtqa.scan.python_backend import PythonScanner

            self._fallback = PythonScanner(*self._plan.tables)
        return self._fallback

    def _hand_tokens(self, paragraphs: list, joined: str, lengths: list[int]) -> None:
        """Give each paragraph its token spans, found by the native tokeniser in one call."""
        spans, bounds = (_numbers(raw, "I") for raw in self._tokeniser.paragraph_spans(joined, lengths))
        for k, par in enumerate(paragraphs):
            par.take_token_spans(spans[2 * bounds[k]:2 * bounds[k + 1]])


def _arrays(grouped) -> tuple:
    """A backend's grouped events as arrays (the native backend returns raw bytes)."""
    return tuple(_numbers(raw, code) for raw, code in zip(grouped, "IQIQ"))


_ITEM_SIZE = {"I": 4, "Q": 8}  # bytes of each number the native scanner writes


def _numbers(out, code: str):
    """`out` as an array of `code` ("I": u32, "Q": u64): the native backend's raw bytes in
    this machine's order, read as such; a backend's own sequence as it is."""
    from array import array

    if not isinstance(out, bytes):
        return out
    numbers = array(code)
    if numbers.itemsize != _ITEM_SIZE[code] or array("I", [1]).tobytes()[0] != 1:
        raise RuntimeError("the native scanner's events need a little-endian machine with 32- and 64-bit arrays")
    numbers.frombytes(out)
    return numbers


def phrase_matches(matcher, par, hits: list[Hit]) -> list[tuple[int, int, Any]]:
    """A mtqa.matching.PhraseMatcher's matches in `par`, tried only at `hits` (of a Phrases
    trigger of the matcher's first words, as written): (start, end, value)."""
    starts = [h.start for h in hits]
    if not starts:
        return []
    from mtqa.segment import word_spans

    return matcher.matches_from(par.text, word_spans(par), starts)


_LITTLE_ENDIAN = sys.byteorder == "little"  # which half of a u64 key comes first in memory
# Up to this many groups a scan finds a group in a dict of their keys: an article has a few
# hundred to a few thousand; a 250,000-character section of a long document ~20,000.
_GROUPS_IN_A_DICT = 4096
_make = tuple.__new__  # Hit(...) without its Python-level __new__
_START_END = itemgetter(1, 2)  # a Hit's (start, end)


class ScanResult:
    """Hits of one scan, by paragraph and trigger, in text order.

    The backend hands over compact arrays (see ``group_events`` in mtqa.scan.python_backend):
    the events grouped by (paragraph, trigger), each group's key and bounds, and the keys
    ordered by trigger. A group's Hits are made when a rule asks for them and not kept, and
    what fired where is a lookup of the groups' keys (`hits`, `fired`) or a slice of the
    trigger-ordered keys (`fired_in`): a section of a long document keeps its events as
    arrays (~30 bytes an event) instead of a Hit and a dict entry each (~150 bytes). The
    lookup is a dict of the keys made on the first question (one entry a group, ~90 bytes)
    when the groups are few; a section of a long document has ~20,000 (a dict of ~1.7 MB
    alive while its rules run), so there a key is found by bisection among its paragraph's
    groups (`_GROUPS_IN_A_DICT`).
    """

    __slots__ = ("scanned", "rule_triggers", "everywhere", "names", "_items", "_events", "_bounds", "_by_trigger",
                 "_keys", "_index", "_named", "_groups", "_places")

    def __init__(self, scanned: list | None = None, rule_triggers: dict[str, tuple[int, ...]] | None = None,
                 everywhere: frozenset = frozenset(), names: list[str] | None = None,
                 items: list[tuple[str, ...]] | None = None, grouped: tuple | None = None,
                 named_triggers: dict[tuple[str, str], tuple[int, ...]] | None = None) -> None:
        from array import array

        self.scanned: list = scanned or []  # the paragraphs scanned, in order
        self.rule_triggers = rule_triggers or {}
        self.everywhere = everywhere
        self.names = names or []  # trigger id -> name
        self._items = items or []  # trigger id -> its phrases as declared
        self._named = named_triggers  # (rule id, trigger name) -> trigger ids; None: found by name
        events, keys, bounds, by_trigger = grouped or (array("I"), array("Q"), array("I", [0]), array("Q"))
        self._events = events
        self._bounds = bounds
        self._by_trigger = by_trigger
        self._keys = keys  # each group's paragraph << 32 | trigger, sorted
        self._groups: dict[int, int] | array | None = None  # see `_group`; made when first asked
        self._places: dict[int, memoryview] = {}  # see `_places_of`; filled when first asked
        self._index = {id(p): k for k, p in enumerate(self.scanned)}  # the scanned paragraphs keep their ids

    def _position(self, par) -> int:
        """The paragraph's place in the scan, or -1 when it was not scanned."""
        k = self._index.get(id(par))
        return -1 if k is None or self.scanned[k] is not par else k

    def _group(self, k: int, key: int) -> int:
        """The group of `key` (paragraph `k` << 32 | trigger), or -1. Few groups: a dict of
        every key. Many: where each paragraph's groups begin in the sorted keys, then a
        bisection among that paragraph's few."""
        groups = self._groups
        if groups is None:
            keys = self._keys
            if len(keys) <= _GROUPS_IN_A_DICT:
                groups = dict(zip(keys, range(len(keys))))
            else:
                groups = array("I", [bisect_left(keys, p << 32) for p in range(len(self.scanned) + 1)])
            self._groups = groups
        if isinstance(groups, dict):
            return groups.get(key, -1)
        lo, hi = groups[k], groups[k + 1]
        i = bisect_left(self._keys, key, lo, hi)
        return i if i < hi and self._keys[i] == key else -1

    def _hits_of(self, group: int) -> list[Hit]:
        ev = self._events
        lo, hi = 4 * self._bounds[group], 4 * self._bounds[group + 1]
        trigger = ev[lo]  # one group, one trigger
        name, items = self.names[trigger], self._items[trigger]
        if hi - lo == 4:  # one hit (most groups): no slice to make and walk
            return [_make(Hit, (name, ev[lo + 2], ev[lo + 3], items[ev[lo + 1]]))]
        quads = iter(ev[lo:hi])
        return [_make(Hit, (name, s, e, items[i])) for _, i, s, e in zip(quads, quads, quads, quads)]

    def _trigger_ids(self, rule_id: str, trigger: str | None) -> tuple[int, ...]:
        if trigger is None:
            return self.rule_triggers.get(rule_id, ())
        if self._named is not None:
            return self._named.get((rule_id, trigger), ())
        return tuple(t for t in self.rule_triggers.get(rule_id, ()) if self.names[t] == trigger)

    def hits(self, par, rule_id: str, trigger: str | None = None) -> list[Hit]:
        """The hits of the rule's triggers (or of its trigger named `trigger`) in `par`, in text
        order (start, end, declaration)."""
        # `_position` and `_trigger_ids` written out: rules ask this of every paragraph, and
        # most answers are "nothing"
        k = self._index.get(id(par))
        if k is None or self.scanned[k] is not par:
            return []
        base = k << 32
        tids = self.rule_triggers.get(rule_id, ()) if trigger is None else self._trigger_ids(rule_id, trigger)
        groups = self._groups
        if type(groups) is dict:  # an article's scan (see `_group`): one lookup a trigger, no call
            get = groups.get
            if len(tids) == 1:
                g = get(base | tids[0], -1)
                return self._hits_of(g) if g >= 0 else []
            found = [g for g in [get(base | t, -1) for t in tids] if g >= 0]
        elif groups is None:  # the first question: `_group` makes the lookup
            found = [g for g in [self._group(k, base | t) for t in tids] if g >= 0]
        else:  # a long section's: `_group`'s bisection, once for all the rule's triggers
            found = self._section_groups(groups[k], groups[k + 1], base, tids)
        if len(found) <= 1:
            return self._hits_of(found[0]) if found else []
        return sorted([h for g in found for h in self._hits_of(g)], key=_START_END)

    def _section_groups(self, lo: int, hi: int, base: int, tids: tuple[int, ...]) -> list[int]:
        """The groups among a long section's paragraph groups `lo:hi` of the triggers `tids`
        (`_group`'s bisection written out for several triggers: one call a paragraph, not one a
        trigger)."""
        if lo == hi:
            return []
        keys = self._keys
        found = []
        for t in tids:
            key = base | t
            i = bisect_left(keys, key, lo, hi)
            if i < hi and keys[i] == key:
                found.append(i)
        return found

    def _groups_of(self, par, rule_id: str, trigger: str) -> list[int]:
        """The groups of the rule's trigger(s) named `trigger` in `par` (what `hits` reads)."""
        k = self._position(par)
        if k < 0:
            return []
        base = k << 32
        return [g for g in [self._group(k, base | t) for t in self._trigger_ids(rule_id, trigger)] if g >= 0]

    def has_hits(self, par, rule_id: str, trigger: str) -> bool:
        """Whether `hits(par, rule_id, trigger)` is non-empty, without making the hits."""
        return bool(self._groups_of(par, rule_id, trigger))

    def phrases(self, par, rule_id: str, trigger: str) -> set[str]:
        """The phrases (as declared) of `hits(par, rule_id, trigger)`, as a set, without making
        the hits: each event's item read from the events (its second number of four)."""
        ev = self._events
        bounds = self._bounds
        found: set[str] = set()
        for g in self._groups_of(par, rule_id, trigger):
            items = self._items[ev[4 * bounds[g]]]
            found.update(map(items.__getitem__, ev[4 * bounds[g] + 1:4 * bounds[g + 1]:4]))
        return found

    def fired(self, par, rule_id: str) -> bool:
        """Whether the rule has anything to look at in `par`."""
        if rule_id in self.everywhere:
            return True
        k = self._position(par)
        if k < 0:
            return False
        base = k << 32
        return any(self._group(k, base | t) >= 0 for t in self.rule_triggers.get(rule_id, ()))

    def _places_of(self) -> dict[int, memoryview]:
        """Trigger id -> the places (in the scan) of the paragraphs where it fired, in order:
        made when first asked, as slices of the keys ordered by trigger, seen as their two
        32-bit halves (the place is the low half), each trigger's run found by bisection
        among the high halves, so no number is taken out of the array one by one. The
        engine asks `fired_in` of every triggered rule, most of whose triggers fired
        nowhere: a lookup each, not two bisections."""
        places = self._places
        if not places and self._by_trigger:
            keys = self._by_trigger if isinstance(self._by_trigger, array) else array("Q", self._by_trigger)
            halves = memoryview(keys).cast("B").cast("I")
            low, high = (halves[0::2], halves[1::2]) if _LITTLE_ENDIAN else (halves[1::2], halves[0::2])
            i, n = 0, len(high)
            while i < n:
                trigger = high[i]
                j = bisect_left(high, trigger + 1, i)
                places[trigger] = low[i:j]
                i = j
        return places

    def fired_in(self, pars: list, rule_id: str, trigger: str | None = None) -> list:
        """The paragraphs of `pars` the rule has anything to look at, in order (what `fired`
        says of each); with `trigger`, those where its trigger of that name has hits (what
        `hits(par, rule_id, trigger)` finds non-empty: an Always trigger has none)."""
        if trigger is not None:
            tids = self._trigger_ids(rule_id, trigger)
        elif rule_id in self.everywhere:
            return pars
        else:
            tids = self.rule_triggers.get(rule_id, ())
        by_place = self._places_of()
        places: Sequence[int]
        if len(tids) == 1:
            places = by_place.get(tids[0], ())
        else:
            each = [by_place[t] for t in tids if t in by_place]
            places = sorted(set().union(*each)) if len(each) > 1 else (each[0] if each else ())
        if not places:
            return []
        scanned = self.scanned
        fired = [scanned[k] for k in places]
        if pars is scanned or not fired:
            return fired
        ids = {id(p) for p in fired}
        return [p for p in pars if id(p) in ids]
