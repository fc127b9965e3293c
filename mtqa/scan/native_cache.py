"""The native scanner kept built in mtqa's cache, so that a fresh process does not build it again.

Building it (`mtqa._native.Scanner`) costs ~9 ms at every start: its phrase automata over
~5,400 phrases, its patterns, and ~6,500 Python tuples handed to Rust. A built scanner's bytes
(`Scanner.to_bytes`: the phrase automata as daachorse lays them out, the rest as numbers and
strings) are kept under a key made of the tables it was built from (their `marshal` form; the
computed phrases in them sorted by `mtqa.scan.Scanner`, so that each process makes the same) and
the native library's file (path, size, modification time), so that changed triggers or a
rebuilt library make a new entry. The entry is sealed as every cache entry is
(`pack_cache.seal`: length and CRC-32), and `Scanner.from_bytes` checks its own header (layout,
library and daachorse versions) and checksum and every field again, so a damaged, truncated or
foreign entry is refused and the scanner is built from its tables, then kept afresh. A library
without `from_bytes` (built before it) and a turned-off cache (``MTQA_NO_CACHE``) build it as
before.

The entry also holds each trigger pattern's DFA pair (regex-automata's dense DFAs, forward and
reverse; `native/src/automata.rs`), so that a process reading it back does not compile the ~70
patterns (~68 M instructions of a one-file check, on the scanner's thread) nor fill their lazy
DFAs on its first text: it checks and copies the pairs (~30 M). That makes an entry ~7 MB where
it was ~0.5 MB, and building one (a cold cache, in `mtqa.cache_child`'s child) ~0.5 s longer.
A pattern with a Unicode word boundary (no full DFA) is compiled as before, and so is one whose
kept pair regex-automata's own checks refuse; the blob's header names the regex-automata
version, so another one's pairs are refused with the whole entry, and rebuilt.

A Checker's scanner comes from its scan plan (`mtqa.scan.plan`), kept in the cache under the
BLAKE2b of what its tables are made from (the triggers as values, the packs' keys, mtqa's
sources). Its tables' bytes (~280 KB) were hashed again at every start to name the scanner
(~3.6 M instructions, ~0.4 ms); given the plan's entry (`plan_key`), the scanner is named by
it instead, with the tables' length and CRC-32 (~0.04 ms) beside it: the same trust the plan's
own entry has (it is read as the plan of those inputs), and a plan made again with other
bytes (which the sorted tables rule out) would still name another scanner.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from typing import Any, Callable

from mtqa import pack_cache

FOLDER = "scanner"
KEEP = 8  # scanners kept (~7 MB each with their patterns' DFAs): one per set of trigger tables and native library
MAGIC = b"mtqa-native-scanner-entry\n"


def cached_scanner(cls: Any, tables: tuple | Callable[[], tuple], tables_bytes: bytes | None = None,
                   plan_key: str | None = None) -> Any:
    """A native scanner over `tables` (phrases, chars, patterns, token rules): read from the
    cache when an entry for them and this library is there and sound, else built (and kept).
    `tables` may be a function giving them, called only to build the scanner, when their bytes
    (`marshal`, version 0, as `scanner_entry` makes them) are given: a cached scan plan
    (`mtqa.scan.plan`) holds them as bytes, and `plan_key` names its entry."""
    entry = scanner_entry(cls, tables, tables_bytes, plan_key) if hasattr(cls, "from_bytes") else None
    if entry is not None:
        payload = pack_cache.read_checked(entry, MAGIC)
        if payload is not None:
            try:
                return cls.from_bytes(bytes(payload))
            except ValueError:  # refused by the library's own checks: build afresh
                pass
    scanner = cls(*(tables() if callable(tables) else tables))
    if entry is not None:
        pack_cache.store(entry, pack_cache.seal(MAGIC, scanner.to_bytes()))
        pack_cache.prune(entry.parent, KEEP, entry)
    return scanner


def scanner_entry(cls: Any, tables: tuple | Callable[[], tuple], tables_bytes: bytes | None = None,
                  plan_key: str | None = None):
    """Where the scanner for `tables` (or their bytes, `tables_bytes`) built by `cls`'s library
    is kept (None: no cache): named by the tables' bytes, or with `plan_key` (the name of the
    scan plan's entry that holds them) by that name and the bytes' length and CRC-32."""
    if pack_cache.cache_root() is None:
        return None
    if tables_bytes is None:
        try:
            # version 0: the bytes say only the values (later versions also say which strings
            # are interned and which objects are shared, which differ from process to process)
            tables_bytes = marshal.dumps(tables() if callable(tables) else tables, 0)
        except ValueError:  # something marshal cannot hold: not cached
            return None
    named = tables_bytes if plan_key is None else \
        f"plan|{plan_key}|{len(tables_bytes)}|{zlib.crc32(tables_bytes)}".encode()
    return pack_cache.content_entry(FOLDER, [library_stamp(cls).encode(), named])


def library_stamp(cls: Any) -> str:
    """The file of the library defining `cls`: its path, size and modification time."""
    path = getattr(sys.modules.get(cls.__module__), "__file__", None)
    try:
        st = os.stat(path) if path else None
    except OSError:
        st = None
    return f"{cls.__module__}|{path}|{st.st_size}|{st.st_mtime_ns}" if st else f"{cls.__module__}|{path}"
