"""The Checkers `mtqa.check()` reuses: building one compiles every rule and reads every pack
(~40 ms of CPU), checking a short story with a kept one costs ~3 ms, so the one-call API keeps
the few Checkers it built last, as `re` keeps compiled patterns.

A Checker is immutable and thread-safe, so sharing one hides no state, with three exceptions
this module takes care of:

- the options: the key is every option given (dicts and lists frozen, values typed, so that
  `preview=1` still raises its TypeError rather than finding `preview=True`'s Checker), and a
  `config=` by the values of its fields (a Config's dicts can be changed after it was made);
- what a Checker read when it was built and may change between calls: the files of the
  `rules_dir` folders (names, sizes and times of change of their packs and styles), the
  LanguageTool server and scanner backend the environment names, the rules defined (a host
  or a test may define one after a first call);
- LanguageTool's per-run state (its answers, and "skipped for the rest of the run" after a
  refused connection): each call runs on `Checker.for_new_run()`, a copy that shares the
  compiled rules and starts that state afresh, so one failing call does not disable
  LanguageTool for the next, and its answers do not pile up across calls.

`clear()` forgets every kept Checker (tests, or a host that changes the built-in packs).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtqa.result import Report

# A pipeline calls check() with one or two sets of options; a handful covers it, and each
# Checker holds a few MB of compiled rules.
MAX_CHECKERS = 8

# Environment variables a Checker reads when it is built.
_ENVIRONMENT = ("MTQA_LANGUAGETOOL_URL", "MTQA_SCAN_BACKEND")

_lock = threading.Lock()
_kept: OrderedDict[tuple, Any] = OrderedDict()


class _Unhashable(Exception):
    """An option value this module cannot freeze: such a call builds its own Checker."""


def check(text: str, **kwargs) -> Report:
    """Check one text (`mtqa.check`) through a `Session`, as every front end does. Keyword
    arguments: Checker options plus path, format, source and reference. The Checker is kept for
    the next call with the same options (and the same files in `rules_dir`), each call's
    LanguageTool state its own."""
    from mtqa.session import Session  # the pipeline every front end shares

    per_doc = {k: kwargs.pop(k) for k in ("path", "format", "source", "reference") if k in kwargs}
    return Session(checker_for(kwargs)).check(text, **per_doc)


def checker_for(options: dict[str, Any]):
    """A Checker for these `Checker(**options)`, kept from an earlier call with the same
    options and files when there was one, ready for a new run."""
    from mtqa.engine import Checker

    try:
        key = _key(options)
    except _Unhashable:
        return Checker(**options)
    with _lock:
        checker = _kept.get(key)
        if checker is not None:
            _kept.move_to_end(key)
    if checker is None:
        checker = Checker(**options)  # outside the lock: another thread's build need not wait
        with _lock:
            checker = _kept.setdefault(key, checker)
            _kept.move_to_end(key)
            while len(_kept) > MAX_CHECKERS:
                _kept.popitem(last=False)
    return checker.for_new_run()


def clear() -> None:
    """Forget every kept Checker."""
    with _lock:
        _kept.clear()


def kept() -> int:
    """How many Checkers are kept (tests and benchmarks read it)."""
    return len(_kept)


def _key(options: dict[str, Any]) -> tuple:
    config = options.get("config")
    fields: tuple = ()
    rules_dirs = list(_dirs(options.get("rules_dir")))
    if config is not None:
        from dataclasses import fields as dataclass_fields, is_dataclass

        if not is_dataclass(config):
            raise _Unhashable(type(config).__name__)  # the Checker says what is wrong with it
        fields = tuple((f.name, _frozen(getattr(config, f.name))) for f in dataclass_fields(config))
        if options.get("rules_dir") is None:
            rules_dirs = list(_dirs(getattr(config, "rules_dir", ())))
    given = tuple(sorted((name, _frozen(value)) for name, value in options.items() if name != "config"))
    environment = tuple(os.environ.get(name, "") for name in _ENVIRONMENT)
    from mtqa import registry

    defined = tuple(map(id, registry.all_rules()))  # a rule defined (or removed) since: another Checker
    return (type(config).__name__, fields, given, environment, _files_of(rules_dirs), defined)


def _frozen(value: Any) -> Any:
    """A hashable stand-in for an option's value, its type kept (1, 1.0 and True differ)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return (type(value).__name__, value)
    if isinstance(value, os.PathLike):
        return ("path", os.fspath(value))
    if isinstance(value, dict):
        return ("dict", tuple(sorted(((repr(k), _frozen(v)) for k, v in value.items()))))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_frozen(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_frozen(v)) for v in value)))
    raise _Unhashable(type(value).__name__)


def _dirs(value: Any):
    """The folders a rules_dir option names (a str or path, or a list of them)."""
    if value is None:
        return
    for d in (value,) if isinstance(value, (str, os.PathLike)) else value:
        if isinstance(d, (str, os.PathLike)):
            yield os.path.abspath(os.fspath(d))


def _files_of(folders: list[str]) -> tuple:
    """What a Checker read from user rule folders: each pack's and style's name, size and time
    of change (a folder that is missing is part of the key too: building then fails)."""
    out: list = []
    for folder in folders:
        for where in (folder, os.path.join(folder, "styles")):
            try:
                entries = sorted(os.scandir(where), key=lambda e: e.name)
            except OSError:
                out.append((where, None))
                continue
            for entry in entries:
                if entry.name.endswith(".toml"):
                    try:
                        st = entry.stat()
                    except OSError:
                        continue
                    out.append((entry.path, st.st_size, st.st_mtime_ns))
    return tuple(out)
