"""A cache of parsed and validated pack files, keyed by what they were made from.

Parsing a pack's TOML and checking it against its schema costs more than the rest of a
one-file check's start-up; the result only changes when the file, the schema, the cache
format or Python does. So the key is a 256-bit BLAKE2b of the file's bytes, the schema as declared
(its repr), `FORMAT` and the interpreter's version; an entry is the data in `marshal`
form behind a seal of its own (`seal`).

Compiled packs (what a pack's compiler builds from its data: lookup tables, phrase matchers,
patterns) are kept too, by `load_compiled`, in `pickle` form: their key adds the compiler and
a fingerprint of mtqa's own source files (names, sizes, modification times), so an edited
compiler or helper builds afresh. An entry is trusted as the user's own files are (Python's
bytecode cache beside it is code too); its seal only guards against a torn or damaged file.
The seal is the payload's length and CRC-32 (zlib's, ~7 GB/s here), not a cryptographic
digest: it stands against accident, not an adversary, and a SHA-256 of every entry a check
reads (~6 MB: the word list, the tagger's tables) took ~17 ms of each start-up, a CRC-32 <1 ms.
A truncated or shortened file fails the length, a damaged byte the CRC (every burst of up to
32 bits; anything else but once in 2**32), and an entry that passes yet does not unpickle is
built afresh too. A seal once verified is remembered under what `os.stat` says of the entry
(`seal_verified`), as a pack file's digest is (`file_digest`): the CRC of the ~11 MB a check
reads was ~1.7 ms of every check.

The cache lives in ``$MTQA_CACHE_DIR``, else ``$XDG_CACHE_HOME/mtqa``, else
``~/.cache/mtqa``; ``MTQA_NO_CACHE=1`` turns it off. Entries are written to a temporary
file and renamed into place, so concurrent processes see a whole entry or none. A corrupt
entry is rebuilt; a cache directory that cannot be written is simply not used. A cold cache
is filled by a child process before a Checker reads it (`mtqa.cache_child`).
"""

from __future__ import annotations

import atexit
import functools
import io
import marshal
import os
import sys
import time
import zlib
from pathlib import Path
from typing import Any, Callable

from mtqa import digests

try:  # the C unpickler, which `pickle` itself hands out: its Python module (~0.6 ms of every
    # start-up's imports, its pure-Python pickler and unpickler) is imported only to write
    from _pickle import Unpickler
except ImportError:  # an interpreter without it
    from pickle import Unpickler


class _Unpickler(Unpickler):
    """Takes a class or function of a module imported already from `sys.modules`, as `pickle`
    does after importing it, without importing the module's top package first: the compiled
    packs' `regex` patterns name `regex._regex.compile`, and `mtqa.pattern_cache` loads that C
    library without `regex`'s Python layer (~60 M instructions), which `pickle` would import."""

    def find_class(self, module: str, name: str) -> Any:
        loaded = sys.modules.get(module)
        if loaded is None or "." in name:
            return super().find_class(module, name)
        sys.audit("pickle.find_class", module, name)  # as pickle's own raises it, for audit hooks
        return getattr(loaded, name)


def _unpickle(data: Any, buffers: Any = None) -> Any:
    """`pickle.loads(data, buffers=buffers)`, with `_Unpickler`."""
    return _Unpickler(io.BytesIO(data), buffers=buffers).load()

# Bump when what is cached for the same file and schema changes (parsing, validation, a
# compiled pack's layout: 2, entries kept as blobs built on first use).
FORMAT = 2
_MAGIC = b"mtqa-pack-cache\n"
_COMPILED_MAGIC = b"mtqa-compiled-pack\n"
_COMPILED = "compiled"
# The seal between an entry's magic and its payload: a tag naming the seal's format (an entry
# written with another seal is a miss, never misread), the payload's length and its CRC-32.
_SEAL_TAG = b"crc32+len:"
_SEAL = len(_SEAL_TAG) + 8 + 4
_ENTRIES = "packs"


def cache_root() -> Path | None:
    """The folder of mtqa's caches (packs, compiled patterns), or None when caching is off.
    Read from the environment at every call (tests and hosts change it), the folder made once
    for each setting (a check asks ~50 times: ~10 µs of `pathlib` each)."""
    env = os.environ
    return _root_for(env.get("MTQA_NO_CACHE", ""), env.get("MTQA_CACHE_DIR"), env.get("XDG_CACHE_HOME"),
                     env.get("HOME"))


@functools.lru_cache(maxsize=16)
def _root_for(no_cache: str, explicit: str | None, xdg: str | None, home: str | None) -> Path | None:
    """`cache_root` for these settings (`home`: what `~` stands for, where $HOME says)."""
    if no_cache not in ("", "0"):
        return None
    if explicit:
        return Path(explicit)
    base = xdg or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtqa"


def cache_dir() -> Path | None:
    """Where pack entries are kept, or None when the cache is turned off."""
    root = cache_root()
    return None if root is None else root / _ENTRIES


def key(content: bytes, schema: Any) -> str:
    """The entry name for a file's bytes read with `schema`."""
    h = _content_digest()
    for part in (f"{FORMAT}|{sys.version}|{schema!r}|".encode(), content):
        h.update(part)
    return h.hexdigest()


def load(content: bytes, schema: Any, build: Callable[[], Any]) -> Any:
    """The cached data for `content` read with `schema`, else `build()` (then cached).

    `build` parses and validates; when it raises, nothing is cached.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    entry = folder / f"{key(content, schema)}.bin"
    found = _read(entry)
    if found is not None:
        return found[0]
    data = build()
    _write(entry, data)
    return data


def compiled_key(parts: list[bytes], compiler: Callable) -> str | None:
    """The key `load_compiled` keeps what `compiler` builds from `parts` under (the pack files'
    names and contents' digests, the compiler, mtqa's source fingerprint), or None when caching is off.
    What is computed from a compiled pack (a Checker's scan plan, `mtqa.scan.plan`) is keyed by it."""
    if cache_root() is None:
        return None
    h = _content_digest()
    for part in (f"{FORMAT}|{sys.version}|{compiler.__module__}.{compiler.__qualname__}|".encode(),
                 code_fingerprint().encode(), _module_stamp(compiler).encode(), *parts):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def compiled_kept(key: str | None) -> bool:
    """Whether `load_compiled` kept a compiled pack under `key` (it keeps only what built)."""
    root = cache_root()
    return key is not None and root is not None and (root / _COMPILED / f"{key}.bin").is_file()


def load_compiled(parts: list[bytes], compiler: Callable, build: Callable[[], Any], key: str | None = None) -> Any:
    """What `build()` returns (`compiler` run on a pack's data), kept under a key made of
    `parts` (the pack files' names and contents' digests), the compiler and mtqa's source fingerprint
    (`compiled_key`; `key`: that key, computed already)."""
    root = cache_root()
    if root is None:
        return build()
    entry = root / _COMPILED / f"{key or compiled_key(parts, compiler)}.bin"
    stored = read_checked(entry, _COMPILED_MAGIC)
    if stored is not None:
        try:
            return _unpickle(stored)
        except Exception:  # noqa: BLE001 - a class renamed since, a damaged entry: build afresh
            pass
    data = build()
    import pickle  # writing only (see `_unpickle`)

    try:
        payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - something pickle cannot hold (a lambda): not cached
        return data
    store(entry, seal(_COMPILED_MAGIC, payload))
    return data


# ---- files' content digests, remembered under what `os.stat` says of each file ----------------

# A file last changed less than this before it was hashed is hashed again next time: a change
# made later within the same tick of the file system's clock could leave its times as they were.
SETTLED_NS = 2_000_000_000
DIGESTS_KEPT = 256  # files remembered (the built-in packs, users' packs): the last looked up
_DIGESTS_MAGIC = b"mtqa-file-digests\n"
_DIGESTS = "file-digests.bin"
# Each cache's remembered digests (and verified seals) as read by this process:
# {memo file: {path: (stat, digest or CRC)}}.
_remembered: dict[str, dict[str, tuple[tuple[int, ...], Any]]] = {}


def file_digest(path: str | Path, read: Callable[[], bytes]) -> bytes:
    """The 256-bit BLAKE2b of a file's bytes (`read()` gives them): what a compiled pack is keyed
    by. Hashing the built-in packs (~0.8 MB) and reading them cost every Checker ~1.5 ms, for
    files that hardly ever change; so a file's digest is remembered in the cache under its
    device, inode, size, modification and change times, and used while `os.stat` says all five
    are still those. The change time (ctime) is set by the kernel at every write or rename and no
    tool sets it back, so an edit that keeps a file's size and modification time (`cp -p`,
    `rsync -t`) still counts; a file changed within `SETTLED_NS` before it was hashed is not
    remembered (a later write in the same tick of the clock might not move its times). Without
    the cache (``MTQA_NO_CACHE``) the file is hashed every time."""
    root = cache_root()
    if root is None:
        return _content_digest_of(read())
    try:
        st = os.stat(path)
    except OSError:
        return _content_digest_of(read())  # read() says what is wrong, or the file came back
    signature = stat_signature(st)
    memo_file = root / _DIGESTS
    memo = _memo(memo_file, _DIGESTS_MAGIC, _is_digest)
    name = os.path.abspath(path)
    known = memo.get(name)
    if known is not None and known[0] == signature:
        return known[1]
    digest = _content_digest_of(read())
    if _settled(st) and _keep(memo, name, (signature, digest), DIGESTS_KEPT):
        store(memo_file, seal(_DIGESTS_MAGIC, marshal.dumps(dict(memo))))
    return digest


def stat_signature(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What says a file is unchanged: device, inode, size, modification and change times."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


# Whether `st_ctime` is the time of the last change (POSIX): on Windows it is the creation time,
# which an edit in place does not move, so nothing is remembered there.
CHANGE_TIMES = os.name == "posix"


def _settled(st: os.stat_result) -> bool:
    """Whether the file last changed at least `SETTLED_NS` ago (what is read of it now may be
    remembered), on a system whose change times say so (`CHANGE_TIMES`)."""
    return CHANGE_TIMES and max(st.st_mtime_ns, st.st_ctime_ns) <= time.time_ns() - SETTLED_NS


def _keep(memo: dict, name: str, known: tuple, kept: int) -> bool:
    """Remember `known` for `name` as the newest of the `kept` names; False when it was known already."""
    if memo.get(name) == known:
        return False
    memo.pop(name, None)
    memo[name] = known
    for old in list(memo)[: max(0, len(memo) - kept)]:
        memo.pop(old, None)  # (another thread's Checker may have dropped it already)
    return True


def _memo(memo_file: Path, magic: bytes, valid: Callable[[Any], bool]) -> dict:
    """The memo kept in `memo_file` as this process knows it (read once)."""
    memo = _remembered.get(str(memo_file))
    if memo is None:
        memo = _remembered[str(memo_file)] = _read_memo(memo_file, magic, valid)
    return memo


def _read_memo(memo_file: Path, magic: bytes, valid: Callable[[Any], bool]) -> dict:
    """The remembered values of a whole, undamaged memo file, each `valid`; none for a missing or
    foreign one."""
    payload = _read_sealed(memo_file, magic, remember=False)
    if payload is None:
        return {}
    try:
        memo = marshal.loads(payload)
        if isinstance(memo, dict) and all(
                isinstance(name, str) and isinstance(known, tuple) and len(known) == 2
                and isinstance(known[0], tuple) and len(known[0]) == 5 and all(type(v) is int for v in known[0])
                and valid(known[1]) for name, known in memo.items()):
            return memo
    except (EOFError, ValueError, TypeError):
        pass
    return {}


def _is_digest(value: Any) -> bool:
    return isinstance(value, bytes) and len(value) == 32


def _content_digest_of(content: bytes) -> bytes:
    h = _content_digest()
    h.update(content)
    return h.digest()


def _content_digest() -> Any:
    """A 256-bit BLAKE2b, what pack entries are named by: a check hashes every pack file it reads
    (~0.5 MB), which SHA-256 (CPython's own) took ~1.4 ms to do, BLAKE2b ~0.4."""
    return digests.blake2b(digest_size=32)


@functools.cache
def code_fingerprint() -> str:
    """mtqa's source files as names, sizes and modification times (what compiled packs depend on)."""
    package = os.path.dirname(os.path.abspath(__file__))
    h = digests.sha256()
    for rel, st in sorted(_sources(package, "")):
        h.update(f"{rel}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _sources(folder: str, rel: str) -> list[tuple[str, os.stat_result]]:
    """(path relative to the package, stat) of every .py file under `folder`: os.scandir,
    which a one-file check's start-up can afford (pathlib's rglob took ~10 ms of it)."""
    out: list[tuple[str, os.stat_result]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return out
    for entry in entries:
        name = rel + entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    out.extend(_sources(entry.path, name + "/"))
            elif entry.name.endswith(".py"):
                out.append((name, entry.stat()))
        except OSError:
            continue
    return out


def _module_stamp(func: Callable) -> str:
    """The file of the module defining `func` (a compiler outside mtqa, such as a test's)."""
    module = sys.modules.get(func.__module__)
    path = getattr(module, "__file__", None)
    try:
        st = os.stat(path) if path else None
    except OSError:
        st = None
    return f"{path}|{st.st_size}|{st.st_mtime_ns}" if st else str(path)


def seal(magic: bytes, payload: bytes) -> bytes:
    """An entry's bytes: `magic`, then the seal (its format, the payload's length and CRC-32),
    then `payload`; `read_checked` gives the payload back only from a whole, undamaged file."""
    return b"".join((magic, _SEAL_TAG, len(payload).to_bytes(8, "big"),
                     zlib.crc32(payload).to_bytes(4, "big"), payload))


def read_checked(entry: Path, magic: bytes) -> memoryview | None:
    """The payload of a file written as `seal(magic, payload)`, if whole and undamaged; else None.
    A view of the file's bytes, not a copy: the entries a check reads are ~6 MB, and copying
    them cost each process's first check ~2 ms."""
    return _read_sealed(entry, magic, remember=True)


def _read_sealed(entry: Path, magic: bytes, remember: bool) -> memoryview | None:
    """`read_checked`, its seal remembered once verified when `remember` (not for the memo itself)."""
    try:
        blob, st = _file_bytes(entry)
    except (OSError, ValueError):  # ValueError: a file mmap cannot map
        return None
    return unsealed(blob, magic, (entry, st) if remember else None)


def unsealed(blob: memoryview, magic: bytes, file: tuple[str | Path, os.stat_result] | None = None) -> memoryview | None:
    """The payload of an entry's bytes `blob` (`seal(magic, payload)`), a view of them, if
    whole and undamaged; else None. What `read_checked` checks, for a reader that maps the
    file itself (the native tagger's tables, read in place from the file it keeps open).
    `file`: the entry's path and `os.fstat` of the file `blob` was read from, to skip the CRC
    of a seal verified before while the file is unchanged (`seal_verified`)."""
    head = len(magic) + _SEAL
    if len(blob) < head or blob[: len(magic)] != magic or blob[len(magic) : len(magic) + len(_SEAL_TAG)] != _SEAL_TAG:
        return None
    at = len(magic) + len(_SEAL_TAG)
    length, crc = int.from_bytes(blob[at : at + 8], "big"), int.from_bytes(blob[at + 8 : at + 12], "big")
    payload = blob[head:]
    if length != len(payload):
        return None
    if file is not None and seal_verified(file[0], file[1], crc):
        return payload
    if crc != zlib.crc32(payload):
        return None
    if file is not None:
        _remember_seal(file[0], file[1], crc)
    return payload


# ---- seals verified, remembered under what `os.stat` says of each entry -------------------------

SEALS_KEPT = 256  # entries remembered (a check reads ~20; the cache prunes its folders)
_SEALS_MAGIC = b"mtqa-verified-seals\n"
_SEALS = "verified-seals.bin"
_unsaved: set[Path] = set()  # seal memos this process added to, written at its exit


def seal_verified(entry: str | Path, st: os.stat_result, crc: int) -> bool:
    """Whether this entry's seal (its CRC `crc`) was verified while the file was as `st` says it
    is (device, inode, size, modification and change times): then its CRC need not be computed
    again. An entry is replaced by renaming a new file over it (a new inode), and a write in
    place moves the change time, which no tool sets back; a seal is remembered only of an entry
    that had not changed for `SETTLED_NS` (a write within the same tick of the clock could leave
    its times). Nothing is remembered without the cache (``MTQA_NO_CACHE``)."""
    root = cache_root()
    if root is None:
        return False
    known = _memo(root / _SEALS, _SEALS_MAGIC, _is_crc).get(os.path.abspath(entry))
    return known is not None and known == (stat_signature(st), crc)


def _remember_seal(entry: str | Path, st: os.stat_result, crc: int) -> None:
    """Remember a seal just verified, if the entry is settled; the memo is written at exit (one
    write for the ~20 entries a check reads, not one each)."""
    root = cache_root()
    if root is None or not _settled(st):
        return
    memo_file = root / _SEALS
    memo = _memo(memo_file, _SEALS_MAGIC, _is_crc)
    if _keep(memo, os.path.abspath(entry), (stat_signature(st), crc), SEALS_KEPT):
        _save_at_exit()
        _unsaved.add(memo_file)


@functools.cache
def _save_at_exit() -> None:
    atexit.register(save_seals)


def save_seals() -> None:
    """Write the seal memos this process added to (at exit; a test calls it to see the next process)."""
    while _unsaved:
        memo_file = _unsaved.pop()
        memo = _remembered.get(str(memo_file))
        if memo is not None:
            store(memo_file, seal(_SEALS_MAGIC, marshal.dumps(dict(memo))))


def _is_crc(value: Any) -> bool:
    return type(value) is int and 0 <= value < 1 << 32


_MAP_FROM = 64 * 1024  # bytes: smaller entries are read (mapping them costs more than it saves)


def _file_bytes(entry: Path) -> tuple[memoryview, os.stat_result]:
    """A file's bytes and its `os.fstat`: a large one mapped read-only (`mmap`), not read into
    fresh memory: the word list's and the tagger's entries (~6 MB) cost each process's first
    check ~2.5 ms of copying and page faults when read. The map holds the file as it was opened:
    entries are replaced by renaming a new file over them (`store`), never rewritten in place."""
    with open(entry, "rb") as fh:
        if os.fstat(fh.fileno()).st_size < _MAP_FROM:
            blob = memoryview(fh.read())
        else:
            import mmap

            blob = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
        return blob, os.fstat(fh.fileno())  # (after reading: a write before it moved the times)


def _read(entry: Path) -> tuple[Any] | None:
    """(data,) from a whole, uncorrupted entry; None for a miss or a corrupt entry."""
    payload = read_checked(entry, _MAGIC)
    if payload is None:
        return None
    try:
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):
        return None


def _write(entry: Path, data: Any) -> None:
    try:
        payload = marshal.dumps(data)
    except ValueError:  # a value marshal cannot hold (a TOML date): not cached
        return
    store(entry, seal(_MAGIC, payload))


def stamped_entry(folder: str, name: str, sources: list) -> Path | None:
    """Where an object built from `sources` (files) is kept: a file under the cache's `folder`
    keyed by Python's version and each source's path, size and time; None when caching is off
    or a source cannot be read (the caller builds the object without a cache)."""
    root = cache_root()
    if root is None:
        return None
    try:
        stamps = [f"{p}|{st.st_size}|{st.st_mtime_ns}" for p, st in ((p, os.stat(p)) for p in sources)]
    except OSError:
        return None
    key = digests.sha256("\n".join([sys.version, *stamps]).encode()).hexdigest()
    return root / folder / f"{name}-{key}.bin"


def content_entry(folder: str, parts: list[bytes]) -> Path | None:
    """Where an object built from `parts` (bytes that say everything it depends on) is kept: a
    file under the cache's `folder` named by their 256-bit BLAKE2b and Python's version; None
    when caching is off."""
    root = cache_root()
    if root is None:
        return None
    h = _content_digest()
    for part in (sys.version.encode(), *parts):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return root / folder / f"{h.hexdigest()}.bin"


def load_pickled(entry: Path, magic: bytes) -> Any:
    """The object pickled at `entry` by `store_pickled`, or None when it is missing or damaged."""
    payload = read_checked(entry, magic)
    if payload is None:
        return None
    try:
        return _unpickle(payload)
    except Exception:  # noqa: BLE001 - a damaged or outdated entry: the caller builds afresh
        return None


def store_pickled(entry: Path, magic: bytes, value: Any) -> None:
    """Keep `value` at `entry`, checksummed, for `load_pickled`."""
    import pickle  # writing only (see `_unpickle`)

    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    store(entry, seal(magic, payload))


def store_pickled_views(entry: Path, magic: bytes, value: Any) -> None:
    """Keep `value` for `load_pickled_views`: the flat tables it hands pickle as
    `pickle.PickleBuffer` (protocol 5's out-of-band buffers) are stored after the pickle, each
    behind its length, so that a reader gets them back as views of the mapped file."""
    import pickle  # writing only (see `_unpickle`)

    buffers: list[pickle.PickleBuffer] = []
    body = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
    raws = [b.raw() for b in buffers]
    head = [len(body).to_bytes(8, "big"), len(raws).to_bytes(4, "big"), *(len(r).to_bytes(8, "big") for r in raws)]
    store(entry, seal(magic, b"".join([*head, body, *raws])))


def load_pickled_views(entry: Path, magic: bytes) -> Any:
    """The object `store_pickled_views` kept at `entry`, its out-of-band tables as read-only
    views of the entry's bytes (no copy: the word list's 2.8 MB of hashes and buckets were
    ~1 ms of each process's first check to copy out of the map), or None when the entry is
    missing, damaged or of another layout."""
    payload = read_checked(entry, magic)
    if payload is None or len(payload) < 12:
        return None
    try:
        size, count = int.from_bytes(payload[:8], "big"), int.from_bytes(payload[8:12], "big")
        at = 12 + 8 * count
        if at > len(payload):
            return None
        sizes = [int.from_bytes(payload[12 + 8 * i : 20 + 8 * i], "big") for i in range(count)]
        if at + size + sum(sizes) != len(payload):
            return None
        body, at = payload[at : at + size], at + size
        views = []
        for n in sizes:
            views.append(payload[at : at + n])
            at += n
        return _unpickle(body, buffers=views)
    except Exception:  # noqa: BLE001 - a damaged or outdated entry: the caller builds afresh
        return None


def prune(folder: Path, keep: int, kept: Path | None = None) -> None:
    """Remove all but the `keep` entries of `folder` written last (`kept`, just written, among
    them): folders whose entries follow a user's choices (rule selections, edited sources) would
    otherwise grow by one entry for every choice ever made."""
    try:
        # (".tmp-*.bin": another process's entry being written, renamed into place when whole)
        found = sorted(((p.stat().st_mtime_ns, p) for p in folder.glob("*.bin")
                        if p != kept and not p.name.startswith(".")), reverse=True)
        for _, old in found[keep - (kept is not None) :]:
            old.unlink()
    except OSError:  # another process removed or replaced one meanwhile: the next write tries again
        pass


def store(entry: Path, blob: bytes) -> None:
    """Write `blob` to `entry` whole or not at all (temporary file, then rename); a folder
    that cannot be written is left alone."""
    tmp = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _new_temporary(entry.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, entry)
        tmp = None
    except OSError:  # read-only or full: work without the cache
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _new_temporary(folder: Path) -> tuple[int, str]:
    """A new file in `folder` only this call opened (`tempfile.mkstemp`'s way: a random name,
    created exclusively, readable by its owner only), without importing `tempfile` (~1 ms with
    `random` and `shutil`): a warm check writes the seal memo when its entries have settled."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = os.path.join(folder, f".tmp-{os.urandom(8).hex()}.bin")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no unused temporary name in {folder}")
