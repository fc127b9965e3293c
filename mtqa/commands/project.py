"""The first pass of `mtqa check` over several bilingual files: the run's Project.

The consistency rules compare a file's segments with every other bilingual file of the run
(mtqa.bilingual.project). Before any file is checked, each bilingual input is read once and its
segments that take part kept (normalised texts, ids, states, lines), under its own file's
configuration (--segment-state, --locked, per-file ignores); the CheckerPool carries the Project
to the check, in this process and in every `--jobs` worker. A file that cannot be read is left
out here and reported by its own check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from mtqa.errors import MtqaError
from mtqa.commands.tasks import CheckerPool, Task, bilingual_format


def _across(pool: CheckerPool, cfg) -> frozenset[str]:
    """The consistency rules that compare across files under `cfg`."""
    from mtqa.bilingual.filecheck import compares_across

    return frozenset(r.meta.id for r, o, _ in pool.checker_for(cfg).file_rules() if compares_across(r, o))


def gather_project(tasks: Iterable[Task], pool: CheckerPool) -> Iterable[Task]:
    """The tasks, unchanged; when two bilingual files or more take part, `pool.project` is set.

    The task list is held (paths only) unless one configuration governs every file (--config,
    --isolated) and it does not run the consistency rules. When each file's configuration is
    found from its folder, the working folder's says nothing of a desk's own mtqa.toml."""
    if (pool.isolated or pool.config_path) and not _across(pool, pool.config_for(str(Path.cwd() / "x"))):
        return tasks
    tasks = list(tasks)
    project = None
    for task in tasks:
        if task.skip is not None or task.stdin_text is not None:
            continue
        try:
            cfg = pool.config_for(task.path)
            fmt = bilingual_format(task, cfg)
            rules = _across(pool, cfg) if fmt is not None else frozenset()
            if fmt is None or not rules:
                continue
            if project is None:  # the bilingual readers imported only when a file needs them
                project = _new_project()
            text = _read_bilingual(task, fmt)
            project.add_file(task.display, text, fmt, tuple(s.lower() for s in cfg.segment_states), cfg.locked, rules)
        except (MtqaError, OSError, UnicodeError, ValueError, RecursionError):
            continue  # its own check says what is wrong with it
    if project is not None and len(project) > 1:
        pool.project = project
    return tasks


def _new_project():
    from mtqa.bilingual.project import Project

    return Project()


def _read_bilingual(task: Task, fmt: str) -> str:
    """A bilingual file's decoded text, read as its own check reads it (size-capped)."""
    from mtqa.bilingual import decode
    from mtqa.bilingual.check import MAX_BYTES
    from mtqa.document import read_bytes

    return decode(read_bytes(task.path, MAX_BYTES, regular_only=task.walked), fmt, task.display)[0]


__all__ = ["gather_project"]
