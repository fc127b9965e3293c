"""Applying fixes: only inside finding spans, deterministic on overlaps, idempotent.

Edits are made in one pass over the text (`spliced`). When two edits overlap, the one that starts first wins
(ties: the shorter, then the rule id), and the later one is dropped — the next run will
offer it again if it still applies. Writing a file is atomic (temporary file + rename),
keeping the encoding, BOM and line endings (edits never touch line endings because they
are computed on the decoded text itself).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import msgspec

from mtqa import digests
from mtqa.finding import Applicability, Edit, Finding

if TYPE_CHECKING:
    from mtqa.result import Report

# Fix passes before giving up (a rule whose fixes never settle would otherwise loop).
MAX_PASSES = 10


def collect_edits(findings: Iterable[Finding], allowed: set[Applicability]) -> list[tuple[Edit, Finding]]:
    edits = [(e, f) for f in findings if f.fix and f.fix.applicability in allowed for e in f.fix.edits]
    edits.sort(key=lambda ef: (ef[0].start, ef[0].end, ef[1].rule_id))
    chosen: list[tuple[Edit, Finding]] = []
    last_end = -1
    for e, f in edits:
        if e.start < last_end or (e.start == last_end and e.start == e.end and chosen and chosen[-1][0].start == e.start):
            continue
        chosen.append((e, f))
        last_end = max(last_end, e.end)
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding], allowed: set[Applicability]) -> tuple[str, int]:
    """Return (new text, number of edits applied)."""
    chosen = collect_edits(findings, allowed)
    return "".join(spliced(text, [e for e, _ in chosen])), len(chosen)


def spliced(text: str, edits: list[Edit]) -> list[str]:
    """`text` with `edits` (sorted, not overlapping) made, as the pieces to join: the text
    between edits and each replacement, every character copied once. Splicing each edit into
    the whole text in turn copied it once an edit: 14,000 fixes on a 600k-character paste
    (the fuzz's seed-46 input) took 13 s."""
    pieces, pos = [], 0
    for e in edits:
        pieces.append(text[pos : e.start])
        pieces.append(e.replacement)
        pos = e.end
    pieces.append(text[pos:])
    return pieces


class ChangedOnDisk(Exception):
    """The file is no longer what was checked: writing the fixes would lose that change."""


def digest(data: bytes) -> str:
    """The fingerprint of a file's bytes as read (compared again just before a write)."""
    return digests.sha256(data).hexdigest()


def write_atomic(path: str | Path, text: str, encoding: str = "utf-8", bom: bool | bytes = False,
                 expected: str | None = None) -> None:
    """Write `text` to `path` atomically, keeping permissions, encoding and byte-order mark.

    A symbolic link is followed: the file it points to is replaced and the link stays. With
    `expected` (the digest of the bytes that were checked), the file is read again just
    before the rename and ChangedOnDisk is raised, writing nothing, if it changed since.
    An encoding error (a fix the file's encoding cannot hold) is raised before any write.
    """
    p = Path(os.path.realpath(path))
    if _read_only(p):
        # The rename below needs only the folder's permission: it replaced a file its owner had
        # made read-only, as a text editor asked to save it would not (stop 47).
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    # A byte-order mark given as True is written in the file's own encoding (UTF-8, UTF-16 LE, ...).
    mark = bom if isinstance(bom, bytes) else ("\ufeff".encode(encoding) if bom else b"")
    data = mark + text.encode(encoding)
    import tempfile  # here: only a fix writes (~1 ms of every start-up with `random`)

    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".mtqa-tmp", dir=str(p.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        except OSError:
            pass
        if expected is not None:
            before = p.stat()
            if digest(p.read_bytes()) != expected:
                raise ChangedOnDisk(f"{path}: changed since it was checked; fixes not written (check it again)")
            after = p.stat()
            if (before.st_mtime_ns, before.st_size, before.st_ino) != (after.st_mtime_ns, after.st_size, after.st_ino):
                raise ChangedOnDisk(f"{path}: changed while fixes were written; fixes not written (check it again)")
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _read_only(p: Path) -> bool:
    """Whether the file is marked read-only: no write permission for anybody (which root, who
    may write it, is stopped by too), or none for this process."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return False  # a file gone since it was read: the digest check says so
    return not mode & 0o222 or not os.access(p, os.W_OK)


def encodable(findings: Iterable[Finding], encoding: str) -> tuple[list[Finding], list[Finding]]:
    """Split findings into those whose fix the encoding can write and those it cannot."""
    ok, bad = [], []
    for f in findings:
        if f.fix is not None and f.fix.edits:
            try:
                for e in f.fix.edits:
                    e.replacement.encode(encoding)
            except UnicodeEncodeError:
                bad.append(f)
                continue
        ok.append(f)
    return ok, bad


def allowed_fixes(unsafe: bool = False) -> set[Applicability]:
    """The fixes a run applies: safe ones, and unsafe ones too when asked."""
    return {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())


class FixOutcome(msgspec.Struct):
    """What the fix loop did: the fixed text, the report of what is left in it, the edits
    applied, the fixes the file's encoding could not hold (per rule), and the error of a
    re-check that failed (then nothing may be written)."""

    text: str
    report: Report
    edits: int = 0
    unwritable: dict[str, int] = msgspec.field(default_factory=dict)
    error: str | None = None
    # False when the loop stopped at MAX_PASSES with fixes still to apply: the text is
    # sound (each pass keeps what lies outside its edits) but a second run would change it
    settled: bool = True


def _writable(findings: list[Finding], allowed: set[Applicability],
              encoding: str | None) -> tuple[list[Finding], dict[str, int]]:
    """The findings whose fixes `encoding` can write (all of them without one), and by rule id
    how many allowed fixes it cannot."""
    if encoding is None:
        return findings, {}
    fixable, bad = encodable(findings, encoding)
    unwritable: dict[str, int] = {}
    for f in bad:
        if f.fix is not None and f.fix.applicability in allowed:
            unwritable[f.rule_id] = unwritable.get(f.rule_id, 0) + 1
    return fixable, unwritable


def fix_until_stable(check: Callable[[str], Report], report: Report, allowed: set[Applicability],
                     encoding: str | None = None, stop: Callable[[], bool] | None = None) -> FixOutcome:
    """The one fix loop: apply the allowed fixes of `report`, check the new text again with
    `check`, and repeat until no fix is left (at most MAX_PASSES passes; `settled` is False
    when the last pass still left fixes to apply).

    Like ruff, fixes are applied in passes: a fix deferred because it overlapped another is
    applied in the next pass, so one run leaves nothing for a second one to change. With
    `encoding`, a fix whose replacement it cannot encode (a curly quote in latin-1) is
    counted in `unwritable`, not applied.

    `stop` is asked before each pass (a pass ends with a check, which cannot be cut short): when
    it says yes, the loop returns the text of the passes done, with `settled` False if fixes are
    left. A server's deadline, so that a document of many thousand findings does not hold the
    server pass after pass once its client has been answered.
    """
    current, total = report, 0
    unwritable: dict[str, int] = {}
    for _ in range(MAX_PASSES):
        fixable, unwritable = _writable(current.findings, allowed, encoding)
        if stop is not None and stop():
            return FixOutcome(current.text, current, total, unwritable, settled=not collect_edits(fixable, allowed))
        new_text, count = apply_fixes(current.text, fixable, allowed)
        if not count:
            break
        total += count
        current = check(new_text)
        if current.error is not None:  # a fix that broke the text: the caller writes nothing
            return FixOutcome(new_text, current, total, unwritable, current.error)
    else:  # every pass applied fixes: say so if the last one left more (never silently half-fixed)
        if collect_edits(_writable(current.findings, allowed, encoding)[0], allowed):
            return FixOutcome(current.text, current, total, unwritable, settled=False)
    return FixOutcome(current.text, current, total, unwritable)


def unified_diff(before: str, after: str, fromfile: str, tofile: str, bom: bool = False) -> str:
    """The fixes as a patch that `patch -p1` and `git apply` take: lines end only at "\\n" (a line
    holding U+2028, a form feed or a lone "\\r" is one line to them, where `str.splitlines` would
    cut it), a last line without a break on either side is marked "\\ No newline at end of
    file", and a UTF-8 file's byte-order mark (`bom`) stays on its first line, as in the file."""
    import difflib  # only a diff needs it

    if bom:
        before, after = "\ufeff" + before, "\ufeff" + after
    out = []
    for line in difflib.unified_diff(_lines(before), _lines(after), fromfile=fromfile, tofile=tofile):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    """`text` cut after each "\\n" only, each line with its break."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])
