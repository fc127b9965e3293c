"""A cold cache is filled by a child process, so the checking process holds what a warm one does.

Filling mtqa's cache takes imports and memory that a process keeps for as long as it lives:
lemminflect's tables with numpy (~50 MB), TextBlob's tagger module and models, wordfreq's word
list (~6 MB while it is read), and parsing, validating and compiling the packs and their
patterns (~2 MB). A first run on a cold cache peaked 75 MB above a warm one. So a child,
``python -m mtqa.build_cache``, fills the cache (`mtqa.build_cache` says with what) and the
checking process then reads every entry as a warm one does:

- `prepare`, as a `Checker` is built: when this cache has no stamp saying it was filled for
  this mtqa (its source files), this Python and these rule folders, before any pack is read;
- `fill`, when an entry built from the tagger's or the word list's libraries is missing or
  damaged anyway (a library upgraded since, a tagger loaded without a Checker).

All at once rather than entry by entry: the entries are read by nearly every check (packs by
the Checker, the tagger and the word list on the first paragraph), so one child's start-up
(~0.3 s) is paid once instead of up to five times. A child that fails leaves the stamp
all the same (this process builds what it misses, as before, and the next ones read it), so a
broken child is not started again at every run.

Nothing is done, and the caller builds what it misses itself, as before, when caching is off
(``MTQA_NO_CACHE``), in the child itself, with ``MTQA_BUILD_IN_PROCESS=1``, when the cache
folder cannot be written, or when the child fails or cannot be started (its output is
dropped: the build in this process gives the same entries and findings). A child is started at
most once per cache folder and process. Processes starting together (``--jobs N``, several
hooks at once) take turns on a lock file in the cache folder, so one child fills it and the
others find its entries; entries are written whole or not at all (`mtqa.pack_cache.store`).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from mtqa import digests, pack_cache, pattern_cache

CHILD_MARK = "MTQA_CACHE_CHILD"  # set in the child's environment: it never starts one of its own
IN_PROCESS = "MTQA_BUILD_IN_PROCESS"  # "1": whatever is missing is built by the process that needs it
FORMAT = 1  # bump when the child fills more than a stamp of this format promises
_LOCK_FILE = ".build.lock"
_TIMEOUT = 600  # seconds; a child still running then is stopped and the caller builds itself

_lock = threading.Lock()
_tried: set[Path] = set()  # cache folders a child was started for (or could not be) here


def prepare(rules_dir: tuple[str, ...] = ()) -> None:
    """Before a Checker reads its packs: have a child fill the cache unless its stamp says it
    was filled already for this mtqa, Python and `rules_dir`."""
    root = pack_cache.cache_root() if _allowed() else None
    if root is None:
        return
    stamp = stamp_path(root, rules_dir)
    if stamp.exists():
        return
    with _lock:
        if root not in _tried:
            _tried.add(root)
            if not _run_locked(root, stamp, rules_dir):
                mark_filled(rules_dir)  # this process builds what it misses; the next ones read it


def fill(entry: Path) -> bool:
    """Have a child fill the cache, `entry` (missing or damaged) among what it builds. True when
    `entry` may now be read; False when the caller must build it itself."""
    root = pack_cache.cache_root() if _allowed() else None
    if root is None:
        return False
    with _lock:
        if root in _tried:
            return False
        _tried.add(root)
        return _run_locked(root, entry, ())


def stamp_path(root: Path, rules_dir: tuple[str, ...]) -> Path:
    """Where a child notes that it filled the cache at `root` for this mtqa, Python and `rules_dir`."""
    key = f"{FORMAT}|{sys.version}|{pack_cache.code_fingerprint()}|{list(rules_dir)!r}"
    return root / "filled" / digests.sha256(key.encode()).hexdigest()[:32]


def mark_filled(rules_dir: tuple[str, ...]) -> None:
    """Leave the stamp `prepare` looks for (the child does, once it has filled the cache)."""
    root = pack_cache.cache_root()
    if root is not None:
        pack_cache.store(stamp_path(root, rules_dir), b"filled\n")


def _allowed() -> bool:
    if os.environ.get(CHILD_MARK) or os.environ.get(IN_PROCESS, "") not in ("", "0"):
        return False
    return bool(sys.executable) and not getattr(sys, "frozen", False)


def _run_locked(root: Path, target: Path, rules_dir: tuple[str, ...]) -> bool:
    """Start the child while holding the cache folder's lock, unless another process's child
    wrote `target` while this one waited for the lock."""
    existed = target.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # read-only, or not a folder: nothing could be kept
        return False
    try:
        _lock_file(fd)
        if target.exists() and not existed:
            return True
        return _run_child(root, rules_dir)
    finally:
        os.close(fd)  # releases the lock


def _lock_file(fd: int) -> None:
    """Wait for the cache folder's lock (POSIX; elsewhere two children may run at once, which
    costs time, not correctness)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:  # a file system without locks: as above
        pass


def _run_child(root: Path, rules_dir: tuple[str, ...]) -> bool:
    import subprocess

    # This mtqa's folder goes first on the child's path: `-m` would put the working folder
    # first, and a checkout of another mtqa there would be imported instead.
    package_parent = str(Path(__file__).resolve().parent.parent)
    code = (f"import sys; sys.path.insert(0, {package_parent!r}); from mtqa.build_cache import main; "
            "raise SystemExit(main(sys.argv[1:]))")
    env = dict(os.environ, MTQA_CACHE_DIR=str(root), **{CHILD_MARK: "1"})
    command = [sys.executable, "-c", code, *(f"--rules-dir={d}" for d in rules_dir)]
    try:
        done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    pattern_cache.reread()  # this process may have read the patterns' file before the child wrote it
    return done.returncode == 0


def reset() -> None:
    """Forget which cache folders a child was started for (tests start from a cold process)."""
    with _lock:
        _tried.clear()
