"""One scanning pass for every rule's declared triggers (see mtqa.scan.triggers).

``Scanner`` gathers the triggers of a Checker's rules, picks a backend — the native one
(``mtqa._native``, Rust) when it is built, else pure Python; ``MTQA_SCAN_BACKEND=python``
or ``=native`` forces one — and scans a run of paragraphs at once, returning their hits.
Both backends give identical events (tests/scan runs one suite against each).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from typing import Any, Iterable

from mtqa.errors import ConfigError
from mtqa.scan.triggers import BOUNDARIES, Always, Chars, Hit, Pattern, Phrases, Trigger
from mtqa.scan.views import folded, lower, phrase_in_view

__all__ = ["Always", "Chars", "Hit", "Pattern", "Phrases", "Trigger", "Scanner", "ScanResult", "backend_name",
           "available_backends", "phrase_matches"]

ENV = "MTQA_SCAN_BACKEND"
_SEPARATOR = "\x00"  # between paragraphs of one scan: no phrase holds it, no boundary is glued to it


def _native_class():
    try:
        from mtqa._native import Scanner  # built by hatch_build.py when cargo is available
    except ImportError:
        return None
    return Scanner


def available_backends() -> list[str]:
    return ["python"] + (["native"] if _native_class() is not None else [])


def backend_name(requested: str | None = None) -> str:
    """The backend a Scanner uses: `requested`, else $MTQA_SCAN_BACKEND, else native when built."""
    choice = (requested or os.environ.get(ENV) or "").strip().lower()
    if choice == "python":
        return "python"
    if choice == "native":
        if _native_class() is None:
            raise RuntimeError(f"{ENV}=native but the native scanner is not built (needs cargo at install time)")
        return "native"
    if choice:
        raise ConfigError(f"{ENV} must be 'python' or 'native', not {choice!r}")
    return "native" if _native_class() is not None else "python"


def make_backend(phrases: list, chars: list, patterns: list, backend: str | None = None):
    """A backend scanner over flat trigger tables (see PythonScanner for their shape)."""
    if backend_name(backend) == "native":
        return _native_class()(phrases, chars, patterns)
    from mtqa.scan.python_backend import PythonScanner

    return PythonScanner(phrases, chars, patterns)


class Scanner:
    """Every trigger of some rules, compiled into one backend scanner.

    Args:
        rules: (rule id, triggers) pairs.
        data: compiled packs by id (for triggers whose phrases come from a pack).
        backend: "python" or "native"; None picks as `backend_name` does.
    """

    def __init__(self, rules: Iterable[tuple[str, tuple[Trigger, ...]]], data: dict[str, Any] | None = None,
                 backend: str | None = None) -> None:
        data = data or {}
        self._owners: list[tuple[str, str]] = []  # trigger id -> (rule id, trigger name)
        self._items: list[tuple[str, ...]] = []  # trigger id -> its phrases/characters/pattern as declared
        phrases: list[tuple] = []
        chars: list[tuple] = []
        patterns: list[tuple] = []
        self._views = [False, False, False]
        everywhere: set[str] = set()
        for rule_id, triggers in rules:
            for trig in triggers:
                if isinstance(trig, Always):
                    if trig.when(data[trig.pack]):
                        everywhere.add(rule_id)
                    continue
                tid = len(self._owners)
                self._owners.append((rule_id, trig.name))
                if isinstance(trig, Phrases):
                    items = trig.resolve(data)
                    view, boundary = trig.view, BOUNDARIES.index(trig.boundary)
                    for i, p in enumerate(items):
                        phrases.append((view, phrase_in_view(p, view), boundary, tid, i))
                    self._views[view] = self._views[view] or bool(items)
                elif isinstance(trig, Chars):
                    items = tuple(trig.chars)
                    chars.extend((c, tid, i) for i, c in enumerate(items))
                elif isinstance(trig, Pattern):
                    items = (trig.pattern,)
                    patterns.append((trig.pattern, trig.ignorecase, tid, 0))
                else:
                    raise TypeError(f"rule {rule_id}: not a trigger: {trig!r}")
                self._items.append(items)
        self.rule_ids = frozenset(r for r, _ in self._owners)
        self.everywhere = frozenset(everywhere)  # rules that run on every paragraph (an Always trigger holds)
        self.backend = make_backend(phrases, chars, patterns, backend)
        self.backend_name = self.backend.name

    def views(self, text: str) -> list[str]:
        low = lower(text) if (self._views[1] or self._views[2]) else ""
        return [text, low, folded(text, low) if self._views[2] else ""]

    def events(self, text: str) -> list[tuple[int, int, int, int]]:
        """(trigger id, item, start, end) of every trigger in `text`, sorted by position."""
        if not self._owners:
            return []
        flat = self._raw(self.views(text))
        return [tuple(flat[i : i + 4]) for i in range(0, len(flat), 4)]

    def _raw(self, views: list[str]):
        return self._flat(self.backend.scan(views))

    @staticmethod
    def _flat(out):
        """The backend's numbers as an array of u32 (the native backend returns raw bytes)."""
        from array import array

        if isinstance(out, bytes):
            flat = array("I")
            flat.frombytes(out)
            if flat.itemsize != 4 or array("I", [1]).tobytes()[0] != 1:
                raise RuntimeError("the native scanner's events need a little-endian 32-bit array")
            return flat
        return out

    def tokens(self, text: str) -> list[tuple[int, int]]:
        """Spans of the runs of letters and digits in `text` (the backend's tokeniser)."""
        flat = self._flat(self.backend.tokens(text))
        return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]

    def scan(self, paragraphs: list) -> "ScanResult":
        """The hits of every trigger in `paragraphs`, scanned as one text."""
        result = ScanResult(self.everywhere)
        if not self._owners or not paragraphs:
            return result
        texts = [p.text for p in paragraphs]
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        flat = self._raw(self.views(_SEPARATOR.join(texts)))
        owners, items = self._owners, self._items
        hits = result.by_par
        for k in range(0, len(flat), 4):
            tid, item, s, e = flat[k], flat[k + 1], flat[k + 2], flat[k + 3]
            j = bisect_right(starts, s) - 1
            base = starts[j]
            if e > base + len(texts[j]):
                continue  # runs into the next paragraph
            rule_id, name = owners[tid]
            hits.setdefault(id(paragraphs[j]), {}).setdefault(rule_id, []).append(
                Hit(name, s - base, e - base, items[tid][item]))
        result.pars = {id(p): p for p in paragraphs}
        return result


def phrase_matches(matcher, par, hits: list[Hit], trigger: str) -> list[tuple[int, int, Any]]:
    """A mtqa.matching.PhraseMatcher's matches in `par`, tried only at the hits of `trigger`
    (a Phrases trigger of the matcher's first words, as written): (start, end, value)."""
    starts = [h.start for h in hits if h.trigger == trigger]
    if not starts:
        return []
    from mtqa.segment import word_spans

    return matcher.matches_from(par.text, word_spans(par), starts)


class ScanResult:
    """Hits of one scan: by paragraph, then by rule, in text order."""

    __slots__ = ("by_par", "pars", "everywhere")

    def __init__(self, everywhere: frozenset = frozenset()) -> None:
        self.by_par: dict[int, dict[str, list[Hit]]] = {}
        self.pars: dict[int, Any] = {}
        self.everywhere = everywhere

    def hits(self, par, rule_id: str) -> list[Hit]:
        found = self.by_par.get(id(par))
        if not found or self.pars.get(id(par)) is not par:
            return []
        return found.get(rule_id, [])

    def fired(self, par, rule_id: str) -> bool:
        """Whether the rule has anything to look at in `par`."""
        return rule_id in self.everywhere or bool(self.hits(par, rule_id))
