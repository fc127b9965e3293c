"""Cache entries that need heavy imports are built in a child process, not in the checking one.

Three kinds of entry in mtqa's cache are built by importing large libraries: lemminflect's
answers (lemminflect loads its tables with numpy: ~50 MB), the Brill lexicon and the native
tagger's rules (TextBlob's tagger module and its models) and the English word list (wordfreq's
file, ~6 MB while it is read). A process that builds them keeps those libraries, and the
memory they took, for as long as it lives: a first run on a cold cache peaked 75 MB above a
warm one. So when one of them is missing, `fill` runs ``python -m mtqa.build_cache`` once,
which builds them all (they are read on the same first paragraph of nearly every check, so one
child's start-up is paid once instead of up to four times), and the caller then reads its
entry as a warm process does.

`fill` is a no-op, and the caller builds the entry itself as before, when caching is off
(``MTQA_NO_CACHE``), in the child itself, when ``MTQA_BUILD_IN_PROCESS=1``, when the cache
folder cannot be written (the child could not keep anything either), or when the child fails
or cannot be started (its output is dropped: the build in this process gives the same
entries and the same findings). It runs at most once per cache folder and process. Processes
starting together (``--jobs N``, several hooks at once) take turns on a lock file in the
cache folder, so one child builds and the others find its entries; entries are written whole
or not at all (`mtqa.pack_cache.store`), so a reader never sees half of one.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from mtqa import pack_cache

CHILD_MARK = "MTQA_CACHE_CHILD"  # set in the child's environment: it never starts one of its own
IN_PROCESS = "MTQA_BUILD_IN_PROCESS"  # "1": build in the process that needs the entry
_LOCK_FILE = ".build.lock"
_TIMEOUT = 600  # seconds; a child still running then is stopped and the caller builds itself

_lock = threading.Lock()
_tried: set[Path] = set()  # cache folders a child was started for (or could not be) here


def fill(entry: Path) -> bool:
    """Have a child process build the heavy cache entries, `entry` among them (missing or
    damaged). True when `entry` may now be read; False when the caller must build it."""
    if not _allowed():
        return False
    root = pack_cache.cache_root()
    if root is None:
        return False
    with _lock:
        if root in _tried:
            return False
        _tried.add(root)
        return _run_locked(root, entry)


def _allowed() -> bool:
    if os.environ.get(CHILD_MARK) or os.environ.get(IN_PROCESS, "") not in ("", "0"):
        return False
    return bool(sys.executable) and not getattr(sys, "frozen", False)


def _run_locked(root: Path, entry: Path) -> bool:
    """Start the child while holding the cache folder's lock, unless another process's child
    wrote `entry` while this one waited for it."""
    existed = entry.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # read-only, or not a folder: nothing could be kept
        return False
    try:
        _lock_file(fd)
        if entry.exists() and not existed:
            return True
        return _run_child(root)
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


def _run_child(root: Path) -> bool:
    import subprocess

    package_parent = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, MTQA_CACHE_DIR=str(root), **{CHILD_MARK: "1"})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)
    try:
        done = subprocess.run([sys.executable, "-m", "mtqa.build_cache"], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def reset() -> None:
    """Forget which cache folders a child was started for (tests start from a cold process)."""
    with _lock:
        _tried.clear()
