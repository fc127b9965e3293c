"""Run check tasks in this process or in a pool of worker processes, in input order.

Workers are started once and each builds its own Checkers (compiled rules are not shared
across processes); `imap` with a small chunk size streams results back in order, so
memory does not grow with the number of files.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

_POOL = None  # the worker's CheckerPool
_AUX: tuple = (None, None)


def _init(overrides, config_path, isolated, reference, source):
    global _POOL, _AUX
    from mtqa.commands.check import CheckerPool

    _POOL = CheckerPool(overrides, config_path, isolated)
    _AUX = (reference, source)


def _work(task):
    from mtqa.commands.check import check_task

    return check_task(task, _POOL, *_AUX)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def iter_reports(tasks: list, pool, reference, source, jobs: int | None, progress: bool = False) -> Iterator:
    from mtqa.commands.check import check_task

    jobs = jobs or default_jobs()
    jobs = min(jobs, len(tasks)) if tasks else 1
    bar = _progress(len(tasks)) if progress and len(tasks) >= 200 else None
    try:
        if jobs <= 1 or any(t.stdin_text is not None for t in tasks):
            for t in tasks:
                yield t, check_task(t, pool, reference, source)
                if bar:
                    bar.update(1)
            return
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with ctx.Pool(jobs, _init, (pool.overrides, pool.config_path, pool.isolated, reference, source)) as workers:
            for t, r in zip(tasks, workers.imap(_work, tasks, chunksize=8)):
                yield t, r
                if bar:
                    bar.update(1)
    finally:
        if bar:
            bar.close()


def _progress(total: int):
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    import sys

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False)
