"""`--changed-only REV`: report only findings on lines changed since a git revision.

For each file, ``git diff -U0 REV -- FILE`` (working tree against REV) gives the added or
modified lines; a finding is kept when any of its lines is among them. A file git does not
track (new, not yet added) counts as changed everywhere, and so does stdin. Deleted lines
leave nothing to report. A path outside a git work tree, an unknown revision or a missing
git is a clear error (exit 2), found before any file is checked.

The score and verdict are recomputed over the findings kept, against the whole file's word
count, so a pull request is judged on what it changed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from mtqa import rx as regex
from mtqa.errors import InputError

_HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.MULTILINE)


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=60)


def added_lines(diff: str) -> set[int]:
    """1-based line numbers of the new side of a unified diff with zero context."""
    lines: set[int] = set()
    for m in _HUNK.finditer(diff):
        start = int(m.group(1))
        count = int(m.group(2)) if m.group(2) is not None else 1
        lines.update(range(start, start + count))
    return lines


class ChangedLines:
    """Changed line numbers per file since `rev`; None for a file that is changed everywhere."""

    def __init__(self, rev: str) -> None:
        if not rev or rev.startswith("-"):
            raise InputError(f"--changed-only: {rev!r} is not a revision")
        if shutil.which("git") is None:
            raise InputError("--changed-only needs git, and git was not found on PATH")
        self.rev = rev
        self._roots: dict[str, Path] = {}
        self._checked: set[Path] = set()
        self._lines: dict[str, set[int] | None] = {}

    def _root(self, directory: Path) -> Path:
        key = str(directory)
        if key not in self._roots:
            r = _git(["rev-parse", "--show-toplevel"], directory)
            if r.returncode != 0:
                raise InputError(f"--changed-only: {directory} is not inside a git work tree")
            root = Path(r.stdout.decode("utf-8", "replace").strip())
            if root not in self._checked:
                v = _git(["rev-parse", "--verify", "--quiet", f"{self.rev}^{{commit}}"], root)
                if v.returncode != 0:
                    raise InputError(f"--changed-only: unknown revision {self.rev!r} in {root}")
                self._checked.add(root)
            self._roots[key] = root
        return self._roots[key]

    def prepare(self, paths: list[str]) -> None:
        """Check every file's repository and the revision before anything is checked."""
        for path in paths:
            if path == "-":
                continue
            p = Path(path).resolve()
            self._root(p.parent if p.parent.is_dir() else Path.cwd())

    def lines(self, path: str) -> set[int] | None:
        if path == "-":
            return None
        if path in self._lines:
            return self._lines[path]
        p = Path(path).resolve()
        root = self._root(p.parent if p.parent.is_dir() else Path.cwd())
        tracked = _git(["ls-files", "--", str(p)], root)
        if tracked.returncode != 0 or not tracked.stdout.strip():
            result = None  # untracked: every line is new
        else:
            r = _git(["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--text", "-U0", self.rev, "--", str(p)],
                     root)
            if r.returncode != 0:
                msg = r.stderr.decode("utf-8", "replace").strip().splitlines()
                raise InputError(f"--changed-only: git diff failed for {path}: {msg[-1] if msg else r.returncode}")
            result = added_lines(r.stdout.decode("utf-8", "replace"))
        self._lines[path] = result
        return result

    def apply(self, report, path: str, policy):
        """The report restricted to findings on changed lines (score recomputed)."""
        from mtqa.baseline import restrict

        if report.error is not None:
            return report
        changed = self.lines(path)
        if changed is None:
            return report
        keep = [f for f in report.findings
                if any(n in changed for n in range(f.span.line, max(f.span.line, f.span.end_line) + 1))]
        dropped = len(report.findings) - len(keep)
        if not dropped:
            return report
        note = f"{dropped} finding{'s' if dropped != 1 else ''} on lines unchanged since {self.rev} not shown"
        return restrict(report, keep, policy, note)
