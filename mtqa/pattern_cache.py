"""Compiled `regex` patterns kept between processes, so a one-file check does not re-parse them.

The `regex` module parses a pattern in Python before handing its program to C: over the
~300 patterns a plain check compiles that is most of a `Checker`'s start-up (about 0.6 s
CPU), while rebuilding a pattern from its compiled program (what `pickle` does for a
`regex` pattern, through `copyreg`) costs about 50 µs. So `compile` keeps each pattern's
program, as its pickling protocol gives it, in one file per interpreter and `regex` version,
and rebuilds from there.

The file is a `marshal`-ed dict ``(pattern, flags) → marshal-ed program`` behind a checksum,
in the pack cache's folder (`mtqa.pack_cache.cache_root`: ``MTQA_CACHE_DIR``,
``MTQA_NO_CACHE``). It is read once, on the first `compile`, and each program stays bytes
until its pattern is asked for: most of the file's patterns are never used by a process
(preview rules', documented examples'), and as tuples and lists of Python ints they held
~1.3 MiB for the process's whole life. What this process compiled anew is merged into the
file when the process exits (or on `save`). A rebuilt pattern is the same program as a freshly
compiled one: matches are identical.
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import sys
import threading
from pathlib import Path
from typing import Any

from mtqa import digests, pack_cache

# Bump when what is stored for a pattern changes.
FORMAT = 2
_MAGIC = b"mtqa-pattern-cache\n"
_LIMIT = 20_000  # entries; past this the file starts again (packs given by users can vary)

_lock = threading.Lock()
_stored: dict[tuple[str, int], bytes] | None = None  # read from the file, not yet used here
_new: dict[tuple[str, int], bytes] = {}  # compiled by this process, to be merged into the file
_compiled: dict[tuple[str, int], Any] = {}  # every pattern handed out here, by (pattern, flags)
_save_registered = False
_maker: Any = None  # what `regex` patterns are rebuilt with when unpickled


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 (the name it stands in for)
    """`regex.compile(pattern, flags)`, rebuilt from the cache when it holds the pattern."""
    import regex

    key = (pattern, int(flags))
    known = _compiled.get(key)
    if known is not None:  # several modules share a pattern: one object, one lookup
        return known
    stored = _load().pop(key, None)
    rebuilt = None
    if stored is not None:
        try:
            rebuilt = _rebuild(regex, marshal.loads(stored))
        except Exception:  # an entry this regex cannot take: compile it afresh
            rebuilt = None
    if rebuilt is not None and rebuilt.pattern == pattern:
        compiled = rebuilt
    else:
        compiled = regex.compile(pattern, flags)
        _remember(key, compiled)
    _compiled[key] = compiled
    return compiled


def parsed_here() -> list[str]:
    """The patterns this process had to parse (not in the cache) and has not saved yet."""
    with _lock:
        return [pattern for pattern, _flags in _new]


def save() -> None:
    """Merge the patterns compiled by this process into the cache file (done at exit too)."""
    with _lock:
        if not _new:
            return
        new = dict(_new)
        _new.clear()
    entry = _entry()
    if entry is None:
        return
    merged = _read(entry) or {}
    if len(merged) + len(new) > _LIMIT:
        merged = {}
    merged.update(new)
    payload = marshal.dumps(merged)
    pack_cache.store(entry, pack_cache.seal(_MAGIC, payload))


def _rebuild(regex: Any, program: tuple) -> Any:
    """A pattern from its stored program: the constructor its pickling protocol names."""
    global _maker
    if _maker is None:
        _maker = copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0]
    return _maker(*program)


def _remember(key: tuple[str, int], compiled: Any) -> None:
    """Keep a newly compiled pattern's program for the cache file (when it can be stored)."""
    global _save_registered
    try:
        program: Any = copyreg.dispatch_table[type(compiled)](compiled)[1]
        stored = marshal.dumps(program)
    except Exception:  # no pickling protocol, or a program marshal cannot hold: not cached
        return
    with _lock:
        _new[key] = stored
        if not _save_registered:
            atexit.register(save)
            _save_registered = True


def _load() -> dict[tuple[str, int], bytes]:
    global _stored
    if _stored is None:
        with _lock:
            if _stored is None:
                entry = _entry()
                _stored = (_read(entry) if entry is not None else None) or {}
    return _stored


def _entry() -> Path | None:
    """The cache file for this interpreter and `regex` version, or None when caching is off."""
    root = pack_cache.cache_root()
    if root is None:
        return None
    import regex

    version = f"{FORMAT}|{sys.version}|{regex.__version__}|{int(regex.DEFAULT_VERSION)}"
    return root / "patterns" / f"{digests.sha256(version.encode()).hexdigest()[:32]}.bin"


def _read(entry: Path) -> dict | None:
    """The stored dict from a whole, uncorrupted file; None for a miss or a corrupt file."""
    blob = pack_cache.read_checked(entry, _MAGIC)
    if blob is None:
        return None
    try:
        data = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def reread() -> None:
    """Read the cache file again at the next `compile` (another process has just filled it);
    what this process compiled is kept."""
    global _stored
    with _lock:
        _stored = None


def reset() -> None:
    """Forget what was read and compiled here (tests use this to start from a cold process)."""
    global _stored
    with _lock:
        _stored = None
        _new.clear()
        _compiled.clear()
