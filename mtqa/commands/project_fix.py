"""`mtqa check --fix` over a run's bilingual files (a Project, mtqa.commands.project), in two passes.

The consistency rules compare each file's segments with the other files', so a file's report
after --fix has to read the others as they were written, not as the first pass read them.
Checking the files one after another in the parent, each against the ones fixed before it,
made `--jobs` near-serial (every worker's report was stale by the time the parent reached it).
What a fix changes never depends on the other files (the consistency rules, the only ones
that read them, offer no fix), so:

1. every file is checked and fixed whole in a worker (`mtqa.commands.check.fix_task`),
   against the first pass's reading of the others, and written;
2. the parent reads each fixed file's segments again into the Project; each file of the
   Project whose comparison may have changed is checked again, in the workers, against every
   file as written. Its report keeps the first pass's notes (the fixes applied, those the
   encoding could not hold). A comparison may have changed when the file holds a segment whose
   source or target, as the consistency rules compare them (`normalised`), is that of a segment
   another file's fixes changed (before or after): the rules group segments by those texts, so
   a file sharing none of them reads the same groups as before.

Whatever --jobs is, each file's report compares it with every file of the run as fixed, so
`--jobs 1` and `--jobs N` write the same bytes and report the same findings. The reports of
the run are held until the second pass is done (the Project holds every file's segments
already); a run without a Project streams as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator

from mtqa.bilingual.filescope import FileSegment, normalised
from mtqa.commands.run import iter_reports
from mtqa.commands.tasks import CheckerPool, Task


def fixed_reports(tasks: Iterable[Task], pool: CheckerPool, aux: tuple[str | None, str | None], jobs: int | None,
                  progress: bool, fix: Callable) -> Iterator[tuple[Task, Any]]:
    """(task, report) in input order, each file fixed and its report read against the run's
    files as written (`fix` checks and fixes one task, as `check_task` checks one)."""
    project = pool.project
    assert project is not None
    first = list(iter_reports(tasks, pool, *aux, jobs, progress, work=fix))
    changed = {t.display: _rewritten(project, t, r) for t, r in first}
    changed = {name: texts for name, texts in changed.items() if texts}
    again = [i for i, (t, r) in enumerate(first)
             if getattr(r, "ok", False) and t.display in project.files
             and any(texts & _texts(project.files[t.display]) for name, texts in changed.items() if name != t.display)]
    if again:
        for i, (_, second) in zip(again, iter_reports([first[i][0] for i in again], pool, *aux, jobs)):
            task, report = first[i]
            first[i] = (task, replace(second, notes=report.notes) if second.ok else second)
    yield from first


def _rewritten(project, task: Task, report) -> set[str]:
    """The file's segments read again into the Project from its fixed text; the compared texts
    (`_texts`) of the segments that changed, before and after (empty when none did)."""
    if task.display not in project.files or not getattr(report, "ok", False):
        return set()
    before = project.files[task.display]
    project.refresh(task.display, report.text)
    return _texts(set(before) ^ set(project.files[task.display]))


def _texts(segments: Iterable[FileSegment]) -> set[str]:
    """Sources and targets as the consistency rules group them."""
    return {normalised(text) for seg in segments for text in (seg.source, seg.target or "")}


__all__ = ["fixed_reports"]
