"""What a Scanner is made of before its backend, and that kept in mtqa's cache between processes.

A `ScanPlan` is the Python side of `mtqa.scan.Scanner`: each trigger's id, name and items, which
rules read which triggers, and the flat tables a backend is built from. Making it walks every
selected rule's triggers, computes the phrases of those read from a pack (~5,400 of them, each
put in its view), and reads the packs they name: ~3 ms of every `Checker()`, the same result
each time for the same rules, packs and code. So a Checker keeps it (`load` / `store`) under a
key (`entry`) made of what it is computed from:

- the rules and their triggers, each trigger by its type and fields (a function of mtqa's by
  its module, name, line, bytecode, constants and what it closes over; a trigger holding a
  function of another package or a value of another kind makes no key: the plan is made afresh,
  as before);
- the key of each compiled pack a trigger reads (`PackSet.compiled_key`: the pack files' names
  and bytes, the schema, the compiler and mtqa's sources), so a user's pack adding phrases, or an
  edited built-in one, makes another entry;
- mtqa's source files as names, sizes and times (`pack_cache.code_fingerprint`: the functions
  computing phrases from a pack are mtqa's), Python's version and `FORMAT`.

That is the trust a compiled pack gets: a function computing phrases that reads something other
than its pack and mtqa's code (a module's table changed at run time) is not in the key. The
entry is sealed as every cache entry (`pack_cache.seal`); its tables stay bytes (the form the
native scanner's own cache entry is named by, `mtqa.scan.native_cache`) until a backend has to
be built from them: with the native scanner read from its cache, never.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any, Iterable

import msgspec

from mtqa import pack_cache
from mtqa.scan.triggers import (
    BOUNDARIES, CAPITAL_RUN, REPEATED, Always, CapitalRun, Chars, FromPack, Pattern, Phrases, Repeated, Trigger,
)
from mtqa.scan.views import phrase_in_view

FORMAT = 1
FOLDER = "scan-plans"
KEEP = 8  # plans kept (~350 KB each): one per rule selection and trigger packs a user has checked with
MAGIC = b"mtqa-scan-plan\n"
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})  # values a trigger is told by as they are
_STR_ONLY = frozenset({str})


class ScanPlan:
    """The triggers of some rules as a Scanner reads them (see the module docstring).

    Attributes:
        names: trigger id -> the trigger's name.
        items: trigger id -> its phrases, characters or pattern as declared (hits carry them).
        rule_triggers: rule id -> its trigger ids (rules declaring one trigger share it).
        named_triggers: (rule id, trigger name) -> trigger ids.
        everywhere: rules that run on every paragraph (an `Always` trigger holds).
        views: whether some trigger reads the exact, lower and folded view.
        expanding: whether some trigger compares tokens (`Repeated`: the expanding folds).
    """

    __slots__ = ("names", "items", "rule_triggers", "named_triggers", "everywhere", "views", "expanding",
                 "_tables", "_tables_bytes")

    def __init__(self, names: list[str], items: list[tuple], rule_triggers: dict[str, tuple[int, ...]],
                 named_triggers: dict[tuple[str, str], tuple[int, ...]], everywhere: frozenset, views: list[bool],
                 expanding: bool, tables: tuple | None = None, tables_bytes: bytes | None = None) -> None:
        self.names = names
        self.items = items
        self.rule_triggers = rule_triggers
        self.named_triggers = named_triggers
        self.everywhere = everywhere
        self.views = views
        self.expanding = expanding
        self._tables = tables
        self._tables_bytes = tables_bytes

    @classmethod
    def build(cls, rules: Iterable[tuple[str, tuple[Trigger, ...]]], data: dict[str, Any]) -> ScanPlan:
        """The plan of `rules` ((rule id, triggers) pairs), given the compiled packs their
        triggers read."""
        names: list[str] = []
        all_items: list[tuple] = []
        ids: dict[Any, int] = {}  # trigger -> id: rules declaring the same trigger share its hits
        rule_triggers: dict[str, tuple[int, ...]] = {}
        named_triggers: dict[tuple[str, str], tuple[int, ...]] = {}
        phrases: list[tuple] = []
        chars: list[tuple] = []
        patterns: list[tuple] = []
        token_rules: list[tuple] = []
        views = [False, False, False]
        everywhere: set[str] = set()
        for rule_id, triggers in rules:
            mine: list[int] = []
            for trig in triggers:
                if isinstance(trig, Always):
                    if trig.holds(data[trig.pack]):
                        everywhere.add(rule_id)
                    continue
                if trig in ids:
                    mine.append(ids[trig])
                    continue
                tid = ids[trig] = len(names)
                mine.append(tid)
                names.append(trig.name)
                if isinstance(trig, Phrases):
                    items = trig.resolve(data)
                    if trig.computed:
                        # computed from a pack, often out of a set, whose order changes with each
                        # process's string hashing: sorted, so that the same triggers make the
                        # same tables (the key of the built native scanner in the cache) in every
                        # process. Only which same-span hits come first could change, and that
                        # changed from process to process before.
                        items = tuple(sorted(items))
                    view, boundary = trig.view, BOUNDARIES.index(trig.boundary)
                    for i, p in enumerate(items):
                        phrases.append((view, phrase_in_view(p, view), boundary, tid, i))
                    views[view] = views[view] or bool(items)
                elif isinstance(trig, Chars):
                    items = tuple(trig.chars)
                    chars.extend((c, tid, i) for i, c in enumerate(items))
                elif isinstance(trig, Pattern):
                    items = (trig.pattern,)
                    patterns.append((trig.pattern, trig.ignorecase, tid, 0))
                elif isinstance(trig, Repeated):
                    items = (trig.name,)
                    token_rules.append((REPEATED, trig.within, "", tid))
                    views[1] = True  # tokens are compared in the lower view
                elif isinstance(trig, CapitalRun):
                    items = (trig.name,)
                    token_rules.append((CAPITAL_RUN, trig.min_words, trig.joiners, tid))
                else:
                    raise TypeError(f"rule {rule_id}: not a trigger: {trig!r}")
                all_items.append(items)
            rule_triggers[rule_id] = tuple(mine)
            for tid in mine:  # ctx.hits(par, trigger=name) reads these
                key = (rule_id, names[tid])
                named_triggers[key] = named_triggers.get(key, ()) + (tid,)
        expanding = any(rule[0] == REPEATED for rule in token_rules)
        return cls(names, all_items, rule_triggers, named_triggers, frozenset(everywhere), views, expanding,
                   tables=(phrases, chars, patterns, token_rules))

    @property
    def tables(self) -> tuple:
        """(phrases, chars, patterns, token rules): what a backend is built from (see
        mtqa.scan.python_backend.PythonScanner)."""
        if self._tables is None:
            self._tables = marshal.loads(self._tables_bytes)  # type: ignore[arg-type]
        return self._tables

    @property
    def tables_bytes(self) -> bytes | None:
        """The tables in `marshal` form, version 0 (values only: the bytes are the same in every
        process), or None when marshal cannot hold them."""
        if self._tables_bytes is None:
            try:
                self._tables_bytes = marshal.dumps(self._tables, 0)
            except ValueError:
                return None
        return self._tables_bytes

    def to_bytes(self) -> bytes | None:
        """The plan as `from_bytes` reads it back (None: marshal cannot hold it)."""
        tables = self.tables_bytes
        if tables is None:
            return None
        try:
            return marshal.dumps((FORMAT, self.names, self.items, self.rule_triggers, self.named_triggers,
                                  self.everywhere, self.views, self.expanding, tables))
        except ValueError:
            return None

    @classmethod
    def from_bytes(cls, payload: Any) -> ScanPlan | None:
        """A plan from `to_bytes`'s bytes, or None when they are not one of this `FORMAT`."""
        try:
            fmt, names, items, rule_triggers, named, everywhere, views, expanding, tables = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None
        if fmt != FORMAT or not isinstance(tables, bytes):
            return None
        return cls(names, items, rule_triggers, named, everywhere, views, expanding, tables_bytes=tables)


def entry(rules: list[tuple[str, tuple[Trigger, ...]]], pack_keys: dict[str, str | None]) -> Path | None:
    """Where the plan of `rules` is kept, given the keys of the compiled packs their triggers read
    (`PackSet.compiled_key`); None when the cache is off, a pack has no key or a trigger cannot
    be described (see the module docstring)."""
    if pack_cache.cache_root() is None or any(k is None for k in pack_keys.values()):
        return None
    described = []
    told_by_id: dict[int, tuple | None] = {}  # rules share trigger objects: each told once
    for rule_id, triggers in rules:
        told = []
        for t in triggers:
            if id(t) not in told_by_id:
                told_by_id[id(t)] = _describe(t)
            told.append(told_by_id[id(t)])
        if None in told:
            return None
        described.append((rule_id, tuple(told)))
    try:
        rules_bytes = marshal.dumps(tuple(described), 0)
    except ValueError:
        return None
    packs = "\n".join(f"{pid}|{key}" for pid, key in sorted(pack_keys.items()))
    head = f"{FORMAT}|{pack_cache.code_fingerprint()}|{packs}"
    return pack_cache.content_entry(FOLDER, [head.encode(), rules_bytes])


def load(where: Path) -> ScanPlan | None:
    """The plan kept at `where`, or None when it is missing, damaged or of another format."""
    payload = pack_cache.read_checked(where, MAGIC)
    return None if payload is None else ScanPlan.from_bytes(payload)


def store(where: Path, plan: ScanPlan) -> None:
    """Keep `plan` at `where` (nothing when marshal cannot hold it)."""
    payload = plan.to_bytes()
    if payload is not None:
        pack_cache.store(where, pack_cache.seal(MAGIC, payload))
        pack_cache.prune(where.parent, KEEP, where)


class _Untold(Exception):
    """A trigger's value that cannot be told by values alone."""


def _describe(trigger: Any) -> tuple | None:
    """A trigger as values that say what it matches: its type and fields, a function of mtqa's
    by its code. None for what cannot be told so (a function of another package, a value of
    another kind)."""
    if not isinstance(trigger, msgspec.Struct):
        return None
    kind = type(trigger)
    try:
        return (kind.__module__, kind.__qualname__, _values(msgspec.structs.astuple(trigger)))
    except _Untold:
        return None


def _values(values: Iterable) -> tuple:
    """`_value` of each of `values`, a plain one taken as it is without a call: describing the
    ~220 triggers of the default rules, which every `Checker()` does, took ~4.2 M instructions
    with one call of `_value` per field, name, flag and constant, ~3.1 M without."""
    plain = _PLAIN_TYPES
    return tuple([v if type(v) in plain else _value(v) for v in values])


def _value(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return value
    if kind is tuple or kind is list:
        if _STR_ONLY.issuperset(map(type, value)):  # phrases written out (every one exactly a str)
            return (kind.__name__, tuple(value))
        return (kind.__name__, _values(value))
    if kind is frozenset:
        try:
            values = sorted(value)
        except TypeError:  # a set of values that do not sort: no order to tell it by
            raise _Untold(value) from None
        return (kind.__name__, _values(values))
    if kind is FromPack:  # what a trigger reads from its pack, by name (the pack's key holds its content)
        return (kind.__name__, value.attribute, value.each)
    if isinstance(value, FunctionType) and (value.__module__ == "mtqa" or value.__module__.startswith("mtqa.")):
        # mtqa's code is in the key (its sources' fingerprint): a function is told by where it
        # is and its code; a lambda or a nested function by its constants and what it closes over too
        cells = _values([cell.cell_contents for cell in value.__closure__ or ()])
        return ("function", value.__module__, value.__qualname__, _code(value.__code__), cells,
                _value(value.__defaults__), _value(tuple(sorted((value.__kwdefaults__ or {}).items()))))
    raise _Untold(value)


def _code(code: CodeType) -> tuple:
    """A function's code as values: its line, bytecode, names and constants (nested code too)."""
    plain = _PLAIN_TYPES
    consts = tuple([c if type(c) in plain else _code(c) if type(c) is CodeType else _value(c) for c in code.co_consts])
    return (code.co_firstlineno, code.co_code, code.co_names, consts)
