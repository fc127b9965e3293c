"""Patterns of Python's own `re` kept compiled between processes, as `mtqa.pattern_cache` keeps
`regex`'s.

`re` parses a pattern and writes its program in Python: the thirteen module-level `re`
patterns a one-file check compiles (name order, clock and percent styles, -ise/-ize spellings,
the ASCII word of the tokeniser) cost ~22 M instructions, ~3 % of the check, every time, for
programs that only change with the interpreter. `compile` keeps each pattern's program (what
`re._compiler` hands `_sre.compile`: its code, flags, groups and their names) in one file per
interpreter (`sys.version` and `_sre.MAGIC` in its name) in the pack cache's folder, read once
(`marshal`, behind the cache's seal) and rebuilt with `_sre.compile`, which checks the code
(`_validate`) as it does for every pattern: a program it refuses is compiled afresh. The rebuilt
pattern equals `re.compile`'s (`Pattern.__eq__` compares flags, text and code). Patterns compiled
anew are added to the file at exit. Where `re._compiler` is not there (Python 3.10) or the cache
is off (``MTQA_NO_CACHE``), it is `re.compile`.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from typing import Any

from mtqa import digests, pack_cache

FORMAT = 1
_MAGIC = b"mtqa-re-programs\n"
_FOLDER = "patterns"
_LIMIT = 2_000  # programs; past this the file starts again

_kept: dict | None = None  # (pattern, flags) -> program, as read from the file
_new: dict = {}  # compiled by this process, to be added to the file


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name it stands in for)
    """`re.compile(pattern, flags)` for a `str` pattern, rebuilt from its kept program when the
    cache holds it."""
    flags = int(flags)
    kept = _programs().get((pattern, flags))
    if kept is not None:
        rebuilt = _rebuilt(pattern, kept)
        if rebuilt is not None:
            return rebuilt
    compiled = re.compile(pattern, flags)
    program = _program(pattern, flags, compiled)
    if program is not None:
        if not _new:
            atexit.register(save)
        _new[(pattern, flags)] = program
    return compiled


def _rebuilt(pattern: str, program: Any) -> re.Pattern | None:
    """The pattern made from its program, or None for one `_sre` refuses or of another shape."""
    import _sre  # type: ignore[import-not-found]

    try:
        all_flags, code, groups, groupindex, indexgroup = program
        return _sre.compile(pattern, all_flags, code, groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - a damaged or foreign program: compiled afresh
        return None


def _program(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What `_sre.compile` made `compiled` from (`re._compiler.compile`'s arguments), or None
    where this Python's `re` has no `_compiler` or the cache is off."""
    if _entry() is None:
        return None
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        code = _compiler._code(_parser.parse(pattern, flags), flags)
    except Exception:  # noqa: BLE001 - another `re`: not kept
        return None
    names: list[str | None] = [None] * (compiled.groups + 1)
    for name, i in compiled.groupindex.items():
        names[i] = name
    return (int(compiled.flags), [int(c) for c in code], compiled.groups, dict(compiled.groupindex), names)


def _entry() -> Any:
    """The file of this interpreter's programs, or None when the cache is off."""
    root = pack_cache.cache_root()
    if root is None or not hasattr(re, "_compiler"):
        return None
    import _sre

    key = f"{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return root / _FOLDER / f"re-{digests.sha256(key.encode()).hexdigest()[:32]}.bin"


def _programs() -> dict:
    """The kept programs (read once: a missing, damaged or foreign file holds none)."""
    global _kept
    if _kept is None:
        _kept = _read(_entry())
    return _kept


def _read(entry: Any) -> dict:
    if entry is None:
        return {}
    payload = pack_cache.read_checked(entry, _MAGIC)
    if payload is None:
        return {}
    try:
        kept = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def save() -> None:
    """Add the programs this process compiled to the file (done at exit too)."""
    global _kept
    entry = _entry()
    if not _new or entry is None:
        return
    merged = dict(_read(entry))
    if len(merged) + len(_new) > _LIMIT:
        merged = {}
    merged.update(_new)
    _new.clear()
    _kept = merged
    try:
        payload = marshal.dumps(merged)
    except ValueError:  # a value marshal cannot hold: nothing kept
        return
    pack_cache.store(entry, pack_cache.seal(_MAGIC, payload))


def forget() -> None:
    """Read the file again at the next `compile` (tests: another cache folder)."""
    global _kept
    _kept = None
    _new.clear()
