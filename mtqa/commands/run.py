"""Run check tasks in this process or in a pool of worker processes, in input order.

Workers are started once. Where they are forked (Linux), each starts from the parent's
CheckerPool as the fork left it: the Checker the parent built to check the configuration before
any file (its compiled packs, its scanner, the scanner's patterns read back or compiled, which
the parent waits for before forking: `CheckerPool.ready_for_fork`) is every worker's, shared
by the fork rather than built again in each (~70 M instructions a worker: the packs unpickled,
the scanner read back and its ~70 patterns' DFAs checked and copied, or compiled when a
worker's first scan found the parent's thread missing). Where they are spawned, each builds
its own Checkers. Tasks go to the workers in bounded windows and results stream back in
order, so memory does not grow with the number of files; a worker that dies costs only the
file it was checking (`_in_workers`). With `render` set (the streamed text report), a worker
renders its report itself and sends back only the lines and the verdict, so the parent does
not become the bottleneck.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from mtqa.commands.tasks import CheckerPool, check_task

_POOL: Any = None  # the worker's CheckerPool
_FORKED_FROM: Any = None  # the parent's CheckerPool, set just before it forks its workers
_AUX: tuple = (None, None)
_RENDER: dict | None = None
_DO: Any = None  # what a worker does with a task: check it (None), or check and fix it (`work`)
WINDOW = 1024  # tasks in flight at once
_RENDER_ARG = 6  # where `render` stands in `_init`'s arguments


class Rendered:
    """A report already rendered as text lines, with just what the verdict needs."""

    __slots__ = ("lines", "report")

    def __init__(self, lines: list[str], report) -> None:
        self.lines = lines
        self.report = report


def render_light(report, render: dict) -> Rendered:
    from mtqa.report.text import extras_skipped, render_file, repeated_skips
    from mtqa.result import Report

    # the skips the parent says once for the run (a missing extra's, an earlier failure's)
    light = Report(path=report.path, passed=report.passed, error=report.error, words=report.words,
                   penalty=report.penalty, score=report.score,
                   checks_skipped=[*extras_skipped(report), *repeated_skips(report)])
    return Rendered(render_file(report, colour=render["colour"], quiet=render["quiet"], width=render.get("width")), light)


def _init(overrides, config_path, isolated, stdin_name, reference, source, render, project=None, work=None):
    global _POOL, _AUX, _RENDER, _DO
    # a forked worker takes the pool it was forked with (its Checkers built already); a spawned
    # one, or one started for another pool, builds its own
    inherited = _FORKED_FROM
    if inherited is not None and inherited.overrides is overrides:
        _POOL = inherited
    else:
        _POOL = CheckerPool(overrides, config_path, isolated, stdin_name, project)
    _AUX = (reference, source)
    _RENDER = render
    _DO = work


def _work(task):
    report = (_DO or check_task)(task, _POOL, *_AUX)
    return render_light(report, _RENDER) if _RENDER is not None else report


def default_jobs() -> int:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return max(1, counter() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def effective_jobs(jobs: int | None) -> int:
    """--jobs, capped at the cores available: more processes than cores only add overhead."""
    cores = default_jobs()
    return cores if jobs is None else max(1, min(jobs, cores))


def iter_reports(tasks: Iterable, pool, reference, source, jobs: int | None, progress: bool = False,
                 render: dict | None = None, work=None) -> Iterator:
    """Yield (task, Report) in input order, or (task, Rendered) when `render` is given.

    `tasks` may be a lazy iterator: it is consumed one window at a time. `work` (a module-level
    function, or a partial of one, taking what `check_task` takes and giving a Report) is done
    with each task in place of `check_task`: `--fix` checks and fixes a file in its worker.
    """
    from itertools import islice

    jobs = effective_jobs(jobs)
    it = iter(tasks)
    first = list(islice(it, WINDOW))
    bar = _Progress(progress)
    try:
        if jobs <= 1 or len(first) <= 1 or any(t.stdin_text is not None for t in first):
            for t in _chain(first, it):
                report = (work or check_task)(t, pool, reference, source)
                yield t, (render_light(report, render) if render is not None else report)
                bar.update()
            return
        init_args = (pool.overrides, pool.config_path, pool.isolated, pool.stdin_name, reference, source, render,
                     pool.project, work)
        for t, r in _in_workers(_chain(first, it), min(jobs, len(first)), init_args, pool):
            yield t, r
            bar.update()
    finally:
        bar.close()


WORKER_DIED = ("the worker process checking this file died (out of memory, or killed); "
               "nothing was reported for it")


def _in_workers(tasks: Iterator, jobs: int, init_args: tuple, pool: CheckerPool | None = None) -> Iterator:
    """(task, result) for each task, in order, from `jobs` worker processes.

    A worker that dies (the out-of-memory killer, a crash in native code) breaks the whole
    pool, and which of the tasks in flight killed it is unknown: the rest of that window is
    then run one task at a time in a worker of its own, so the file that kills it gets an
    error and every other file is still checked; the next windows go back to `jobs` workers.
    (`multiprocessing.Pool` would wait forever for the lost task.)"""
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    window = list(islice(tasks, WINDOW))
    executor = _executor(jobs, init_args, pool)
    try:
        while window:
            done = 0
            try:
                for r in executor.map(_work, window, chunksize=8):
                    yield window[done], r
                    done += 1
            except BrokenProcessPool:
                executor.shutdown(wait=True)
                yield from _one_by_one(window[done:], init_args)
                executor = _executor(jobs, init_args, pool)
            window = list(islice(tasks, WINDOW))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _one_by_one(tasks: list, init_args: tuple) -> Iterator:
    """Each task in a single worker, replaced when it dies: the task it died on gets an error."""
    from concurrent.futures.process import BrokenProcessPool

    executor = _executor(1, init_args)
    try:
        for t in tasks:
            try:
                r = executor.submit(_work, t).result()
            except BrokenProcessPool:
                executor.shutdown(wait=True)
                executor = _executor(1, init_args)
                r = _lost(t, init_args[_RENDER_ARG])
            yield t, r
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _lost(task, render: dict | None):
    from mtqa.result import Report

    report = Report(path=task.display, error=WORKER_DIED)
    return render_light(report, render) if render is not None else report


def _executor(jobs: int, init_args: tuple, pool: CheckerPool | None = None):
    """A pool of `jobs` workers; forked ones start from `pool` (see the module's docstring)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    global _FORKED_FROM
    forked = hasattr(os, "fork")
    ctx = mp.get_context("fork") if forked else mp.get_context()
    if forked and pool is not None:
        pool.ready_for_fork()
        _FORKED_FROM = pool
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init, initargs=init_args)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


class _Progress:
    """A tqdm bar on stderr once a run passes 200 files, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.bar = None

    def update(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self.bar is None and self.count >= 200:
            self.bar = _progress(None, initial=self.count)
            if self.bar is None:
                self.enabled = False
        elif self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(total: int | None, initial: int = 0):
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    import sys

    return tqdm(total=total, initial=initial, unit="file", file=sys.stderr, leave=False)
