"""`mtqa check --fix` over a run's bilingual files (a Project, mtqa.commands.project), in two passes.

The consistency rules compare each file's segments with the other files', so a file's report
after --fix has to read the others as they were written, not as the first pass read them.
Checking the files one after another in the parent, each against the ones fixed before it,
made `--jobs` near-serial (every worker's report was stale by the time the parent reached it).
What a fix changes never depends on the other files (the consistency rules, the only ones
that read them, offer no fix), so:

1. every file is checked and fixed whole in a worker (`mtqa.commands.check.fix_task`),
   against the first pass's reading of the others, and written;
2. the parent reads each fixed file's segments again into the Project, and for each file of
   the Project whose comparison may have changed, runs the consistency rules again (only the
   file rules: no segment is checked again; `_compared_again`) against every file as written,
   their findings taking the place of the first pass's. A comparison may have changed when the
   file holds a segment whose source or target, as the consistency rules compare them
   (`normalised`), is that of a segment another file's fixes changed (before or after): the
   rules group segments by those texts, so a file sharing none of them reads the same groups.

Whatever --jobs is, each file's report compares it with every file of the run as fixed, so
`--jobs 1` and `--jobs N` write the same bytes and report the same findings. The reports of
the run are held until the second pass is done (the Project holds every file's segments
already); a run without a Project streams as before.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from mtqa.bilingual.filecheck import ACROSS
from mtqa.bilingual.filescope import FileSegment, normalised
from mtqa.commands.run import iter_reports
from mtqa.commands.tasks import CheckerPool, Task
from mtqa.finding import Finding


def fixed_reports(tasks: Iterable[Task], pool: CheckerPool, aux: tuple[str | None, str | None], jobs: int | None,
                  progress: bool, fix: Callable) -> Iterator[tuple[Task, Any]]:
    """(task, report) in input order, each file fixed and its report read against the run's
    files as written (`fix` checks and fixes one task, as `check_task` checks one)."""
    project = pool.project
    assert project is not None
    first = list(iter_reports(tasks, pool, *aux, jobs, progress, work=fix))
    changed = {t.display: _rewritten(project, t, r) for t, r in first}
    changed = {name: texts for name, texts in changed.items() if texts}
    for i, (task, report) in enumerate(first):
        if getattr(report, "ok", False) and task.display in project.files:
            own = _texts(project.files[task.display])  # once per file, not once per changed file
            if any(texts & own for name, texts in changed.items() if name != task.display):
                first[i] = (task, _compared_again(task, report, pool))
    yield from first


def _compared_again(task: Task, report, pool: CheckerPool):
    """The fixed file's report with the consistency rules' findings read again against the run's
    files as written: only the file rules run (a segment's own check is skipped, its findings
    are the first pass's), so this costs a reading of the file, not a check."""
    from mtqa.bilingual import check_text
    from mtqa.result import Report

    cfg = pool.config_for(task.path)
    again = check_text(pool.checker_for(cfg), report.text, report.format, task.display, report.encoding or "utf-8",
                       bool(report.bom), check=lambda doc: Report(path=None), project=pool.project)
    kept = [f for f in report.findings if f.rule_id not in ACROSS] + [f for f in again.findings if f.rule_id in ACROSS]
    return report.rescored(sorted(kept, key=Finding.sort_key), pool.session_for(cfg).policy)


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
