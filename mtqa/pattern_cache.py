"""Compiled `regex` patterns kept between processes, so a one-file check does not re-parse them.

The `regex` module parses a pattern in Python before handing its program to C: over the
~300 patterns a plain check compiles that is most of a `Checker`'s start-up (about 0.6 s
CPU), while rebuilding a pattern from its compiled program (what `pickle` does for a
`regex` pattern, through `copyreg`) costs about 50 µs. So `compile` keeps each pattern's
program, as its pickling protocol gives it, in one file per interpreter and `regex` build (`_entry`),
and rebuilds from there.

The file holds each pattern's marshalled program under a 64-bit key of its flags and text
(CRC-32 and Adler-32), behind a checksum, in the pack cache's folder (`mtqa.pack_cache.cache_root`:
``MTQA_CACHE_DIR``, ``MTQA_NO_CACHE``): the keys sorted, where each program starts, then the
programs. It is mapped once, on the first `compile` (a dict of the keys made), and a program
read where its pattern is asked for: most of the file's patterns are never used by a process
(preview rules', documented examples', tests'), and a dict of every pattern's text and program
made on reading cost each start-up ~0.5 ms for 575 patterns (~1.3 ms for the ~1,700 a
developer's cache holds). A program is used only for a pattern of the very text asked for (a
collision of keys costs a compile). What this process compiled anew is merged into the file
when the process exits (or on `save`). A rebuilt pattern is the same program as a freshly
compiled one: matches are identical.
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import os
import sys
import threading
import zlib
from array import array
from pathlib import Path
from typing import Any

from mtqa import digests, pack_cache

# Bump when what is stored for a pattern changes.
FORMAT = 3
_VERSION0 = 0x2000  # `regex.VERSION0`, its default version
_MAGIC = b"mtqa-pattern-cache\n"
_LIMIT = 20_000  # entries; past this the file starts again (packs given by users can vary)

_lock = threading.Lock()
_stored: tuple | None = None  # ({key: place}, where each program starts, the programs, their maker) of the file
_new: dict[tuple[str, int], bytes] = {}  # compiled by this process, to be merged into the file
_compiled: dict[tuple[str, int], Any] = {}  # every pattern handed out here, by (pattern, flags)
_read_done = False  # the file was read (or found missing) by this process
_save_registered = False


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 (the name it stands in for)
    """`regex.compile(pattern, flags)`, rebuilt from the cache when it holds the pattern."""
    key = (pattern, int(flags))
    known = _compiled.get(key)
    if known is not None:  # several modules share a pattern: one object, one lookup
        return known
    compiled = _rebuilt(pattern, key[1])
    if compiled is None:
        import regex

        compiled = regex.compile(pattern, flags)
        _remember(key, compiled)
    _compiled[key] = compiled
    return compiled


def _rebuilt(pattern: str, flags: int) -> Any:
    """The pattern rebuilt from the file's program, or None: not in the file, a program of
    another text or flags under the same key, or one this `regex` cannot take. The path every
    pattern a process's first check uses takes (~180 on the seed): the lookup is inline and the
    constructor found when the file is read, so each costs little beyond `regex`'s own C."""
    stored = _stored if _read_done else _load()
    if stored is None:
        return None
    index, bounds, blob, make = stored
    i = index.get(_key_of(pattern, flags))
    if i is None:
        return None
    try:  # a view of the mapped file (sliced within it: a bad bound gives a short program)
        rebuilt = make(*marshal.loads(blob[bounds[i] : bounds[i + 1]]))
    except Exception:  # an entry this regex cannot take: compile it afresh
        return None
    if type(rebuilt) not in copyreg.dispatch_table:  # `regex`'s Python layer not imported
        copyreg.pickle(type(rebuilt), _pickled_as_regex_does)
    return rebuilt if rebuilt.pattern == pattern and rebuilt.flags & flags == flags else None


def _pickled_as_regex_does(pattern: Any) -> tuple:
    """A pattern's pickling protocol, `regex`'s own (`regex._main._pickle`), which its Python
    layer registers with `copyreg` when it is imported: a pattern rebuilt by the C library alone
    is handed to programs that may pickle it (multiprocessing, Spark), as `regex` would let them."""
    return c_library().compile, pattern._pickled_data


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
    merged = _programs(_read(entry))
    if len(merged) + len(new) > _LIMIT:
        merged = {}
    merged.update((_key_of(pattern, flags), program) for (pattern, flags), program in new.items())
    pack_cache.store(entry, pack_cache.seal(_MAGIC, _layout(merged)))


def _key_of(pattern: str, flags: int) -> int:
    """A pattern's key in the file: its text's CRC-32 (begun from its flags) and Adler-32, 64 bits
    made in ~0.3 µs (a digest object per pattern cost ~1.7): keys are not for an adversary, and
    a program is used only for a pattern of the very text and flags asked for."""
    text = pattern.encode("utf-8", "surrogatepass")
    return zlib.crc32(text, flags & 0xFFFFFFFF) << 32 | zlib.adler32(text)


def _layout(programs: dict[int, bytes]) -> bytes:
    """The file's payload: the count, the keys sorted, where each program starts (and the last
    ends), then the programs, as unsigned 64-bit numbers in this machine's order."""
    keys = sorted(programs)
    bounds, at = [0], 0
    for key in keys:
        at += len(programs[key])
        bounds.append(at)
    return b"".join([len(keys).to_bytes(8, sys.byteorder), array("Q", keys).tobytes(), array("Q", bounds).tobytes(),
                     *(bytes(programs[key]) for key in keys)])


def _programs(stored: tuple | None) -> dict[int, bytes]:
    """Every program of a file read by `_read`, by key."""
    if stored is None:
        return {}
    index, bounds, blob = stored
    return {key: bytes(blob[bounds[i] : bounds[i + 1]]) for key, i in index.items()}


def _maker() -> Any:
    """What rebuilds a `regex` pattern from its program: the constructor its pickling protocol
    names, `regex`'s C compile (which takes the program as it is stored)."""
    return c_library().compile


def c_library() -> Any:
    """`regex`'s C library (`regex._regex`), without `regex`'s Python layer (~60 M instructions
    a process, which a check whose patterns all come from here does not need): where `regex` is
    not imported yet, the extension is loaded from its package's folder and entered in
    `sys.modules`, where `regex` finds it when something imports it later."""
    loaded = sys.modules.get("regex._regex")
    if loaded is not None:
        return loaded
    from importlib.machinery import ExtensionFileLoader, PathFinder
    from importlib.util import find_spec, module_from_spec

    package = find_spec("regex")  # a top-level name: found, not imported
    folders = package.submodule_search_locations if package is not None else None
    spec = PathFinder.find_spec("regex._regex", list(folders)) if folders else None
    if spec is None or not isinstance(spec.loader, ExtensionFileLoader):  # not a plain install
        import regex  # noqa: F401 (it imports its C library)

        return sys.modules["regex._regex"]
    module = module_from_spec(spec)
    sys.modules["regex._regex"] = module
    spec.loader.exec_module(module)
    return module


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


def _load() -> tuple | None:
    global _stored, _read_done
    if not _read_done:
        with _lock:
            if not _read_done:
                entry = _entry()
                read = _read(entry) if entry is not None else None
                _stored = None if read is None else (*read, _maker())
                _read_done = True
    return _stored


def _entry() -> Path | None:
    """The cache file for this interpreter and `regex` build (its C library's magic number, file,
    size and time: a new install of `regex` is another file), or None when caching is off."""
    root = pack_cache.cache_root()
    if root is None:
        return None
    library = c_library()
    where = os.stat(library.__file__)
    imported = sys.modules.get("regex")  # its default version, where it is imported (and set)
    default_version = int(getattr(imported, "DEFAULT_VERSION", _VERSION0))
    version = (f"{FORMAT}|{sys.version}|{sys.byteorder}|{library.MAGIC}|{library.__file__}|{where.st_size}"
               f"|{where.st_mtime_ns}|{default_version}")
    return root / "patterns" / f"{digests.sha256(version.encode()).hexdigest()[:32]}.bin"


def _read(entry: Path) -> tuple | None:
    """({key: its place}, where each program starts, the programs as a view) of a whole,
    uncorrupted file; None for a miss, a corrupt file or one of another layout."""
    payload = pack_cache.read_checked(entry, _MAGIC)
    if payload is None or len(payload) < 8:
        return None
    count = int.from_bytes(payload[:8], sys.byteorder)
    keys_end = 8 + 8 * count
    bounds_end = keys_end + 8 * (count + 1)
    if bounds_end > len(payload):
        return None
    bounds = payload[keys_end:bounds_end].cast("Q")
    blob = payload[bounds_end:]
    if bounds[0] != 0 or bounds[count] != len(blob):
        return None
    return dict(zip(payload[8:keys_end].cast("Q").tolist(), range(count))), bounds, blob


def reread() -> None:
    """Read the cache file again at the next `compile` (another process has just filled it);
    what this process compiled is kept."""
    global _stored, _read_done
    with _lock:
        _stored, _read_done = None, False


def reset() -> None:
    """Forget what was read and compiled here (tests use this to start from a cold process)."""
    global _stored, _read_done
    with _lock:
        _stored, _read_done = None, False
        _new.clear()
        _compiled.clear()
