"""Applying fixes: only inside finding spans, deterministic on overlaps, idempotent.

Edits are applied right to left. When two edits overlap, the one that starts first wins
(ties: the shorter, then the rule id), and the later one is dropped — the next run will
offer it again if it still applies. Writing a file is atomic (temporary file + rename),
keeping the encoding, BOM and line endings (edits never touch line endings because they
are computed on the decoded text itself).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from mtqa.finding import Applicability, Edit, Finding

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
    out = text
    for e, _ in reversed(chosen):
        out = out[: e.start] + e.replacement + out[e.end :]
    return out, len(chosen)


def write_atomic(path: str | Path, text: str, encoding: str = "utf-8", bom: bool = False) -> None:
    """Write `text` to `path` atomically, keeping permissions, encoding and BOM."""
    p = Path(path)
    data = (("\ufeff" + text) if bom else text).encode(encoding)  # the BOM in the file's own encoding
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".mtqa-tmp", dir=str(p.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def fix_until_stable(checker, text: str, allowed: set[Applicability], **check_options):
    """Check and fix in passes until no allowed fix is left; return (text, last report, edits)."""
    report = checker.check(text, **check_options)
    total = 0
    for _ in range(MAX_PASSES):
        new_text, count = apply_fixes(report.text, report.findings, allowed)
        if not count:
            break
        total += count
        report = checker.check(new_text, **check_options)
    return report.text, report, total
