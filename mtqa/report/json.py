"""JSON report, schema "mtqa/1" (documented in README.md).

    {"version": "mtqa/1", "tool": {...}, "files": [<file>...], "summary": {...}}

Each file carries words, penalty, score, passed and findings; `start`/`end` are code-point
offsets into that file's decoded text, so text[start:end] == finding["text"]. A file that
could not be read is {"path", "error"}.
"""

from __future__ import annotations

import json

from mtqa.result import JSON_SCHEMA_VERSION, Report


def summary(reports: list[Report]) -> dict:
    checked = [r for r in reports if r.ok]
    words = sum(r.words for r in checked)
    penalty = sum(r.penalty for r in checked)
    return {
        "files": len(reports),
        "checked": len(checked),
        "errors": len(reports) - len(checked),
        "passed": sum(1 for r in checked if r.passed),
        "failed": sum(1 for r in checked if not r.passed),
        "findings": sum(len(r.findings) for r in checked),
        "words": words,
        "penalty": round(penalty, 3),
        "score": round(max(0.0, 100.0 * (1 - penalty / words)) if words else 100.0, 2),
    }


def document(reports: list[Report]) -> dict:
    from mtqa.version import version

    return {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "mtqa", "version": version()},
        "files": [r.to_dict() for r in reports],
        "summary": summary(reports),
    }


def render(reports: list[Report], **_: object) -> str:
    return json.dumps(document(reports), ensure_ascii=False, indent=2) + "\n"
