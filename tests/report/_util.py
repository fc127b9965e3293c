"""Shared builders for the report tests: real reports from the checker, plus hand-made ones."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from mtqa.engine import Checker
from mtqa.finding import Finding, Severity, Span
from mtqa.report.model import Report

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"

# Doubled words on several lines, a character outside the BMP before a finding, markup-looking copy.
DOUBLED = (
    "The minister said the the mission would continue.\n"
    "\n"
    "Fans 🎉 cheered as they met on on Tuesday in Ottawa in Ottawa.\n"
    "A line with <b>tags</b> & ampersands, then and and more.\n"
)

_checker: Checker | None = None


def checker() -> Checker:
    global _checker
    if _checker is None:
        _checker = Checker()
    return _checker


def check(text: str, path: str = "story.txt") -> Report:
    return checker().check(text, path=path)


def seed_report() -> Report:
    return checker().check(SEED.read_text(encoding="utf-8"), path="seeds/000_a80f4c312e8b183b.txt")


def with_severities(report: Report) -> Report:
    """A copy of a report whose findings cycle through critical, major, minor."""
    order = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)
    return replace(report, findings=[f.with_severity(order[i % 3]) for i, f in enumerate(report.findings)])


def hand_finding(report: Report, start: int, end: int, rule_id: str = "test/span",
                 severity: Severity = Severity.MINOR, message: str = "Hand-made finding") -> Finding:
    from mtqa.document import LineIndex

    idx = LineIndex(report.text)
    line, col = idx.position(start)
    end_line, end_col = idx.position(end)
    return Finding(rule_id=rule_id, message=message, span=Span(start, end, line, col, end_line, end_col),
                   text=report.text[start:end], severity=severity, category="Fluency/Test")


def error_report(path: str = "missing.txt") -> Report:
    return Report(path=path, error="no such file")


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=cwd or ROOT, input=stdin, text=True,
                          capture_output=True, timeout=120, env=_env())


def _env() -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NO_COLOR", None)
    return env
