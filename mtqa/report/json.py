"""JSON report, schema "mtqa/1" (documented in README.md).

    {"version": "mtqa/1", "tool": {...}, "files": [<file>...], "summary": {...}}

Each file carries words, penalty, score, passed and findings; `start`/`end` are code-point
offsets into that file's decoded text, so text[start:end] == finding["text"]. A file that
could not be read is {"path", "error"}. Schema "mtqa/2" (`checks="top"`) is the same with the
checks the files share written once at the top (`document`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

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


# Where each file's checks (the rules that ran, those skipped and why) are written: in every
# file ("per-file", schema mtqa/1, the default), or once at the top ("top", schema mtqa/2): a
# run's files most often share them, ~8 KB a file.
CHECKS_PLACES = ("per-file", "top")
HOISTED_SCHEMA_VERSION = "mtqa/2"


def document(reports: list[Report], checks: str = "per-file") -> dict:
    """The report; with `checks="top"` (schema mtqa/2) the checks most files share are written
    once as the top-level "checks", and a file carries its own "checks" only when they differ
    (a reader takes `file.get("checks", report["checks"])`); everything else is mtqa/1's."""
    from mtqa.version import version

    if checks not in CHECKS_PLACES:
        raise ValueError(f"checks: expected one of {', '.join(CHECKS_PLACES)}, not {checks!r}")
    files = [r.to_dict() for r in reports]
    out: dict = {"version": JSON_SCHEMA_VERSION, "tool": {"name": "mtqa", "version": version()}}
    if checks == "top":
        out["version"] = HOISTED_SCHEMA_VERSION
        shared = _most_common([f["checks"] for f in files if "checks" in f])
        out["checks"] = shared
        for f in files:
            if f.get("checks") == shared:
                del f["checks"]
    out["files"] = files
    out["summary"] = summary(reports)
    return out


def _most_common(checks: list[dict]) -> dict:
    """The checks most files have ({"ran": [], "skipped": []} when no file was checked)."""
    if not checks:
        return {"ran": [], "skipped": []}
    counts: dict[str, tuple[int, dict]] = {}
    for c in checks:
        key = json.dumps(c, sort_keys=True)
        counts[key] = (counts.get(key, (0, c))[0] + 1, c)
    return max(counts.values(), key=lambda pair: pair[0])[1]


def render(reports: list[Report], json_checks: str = "per-file", **_: object) -> str:
    return json.dumps(document(reports, checks=json_checks), ensure_ascii=False, indent=2) + "\n"


PIECE_CHUNKS = 4096  # the encoder's small strings joined into one piece (a few tens of KB)


def pieces(reports: list[Report], json_checks: str = "per-file") -> Iterator[str]:
    """`render`'s text in pieces, for a caller that writes it out (`mtqa check --format json`).
    `json.dumps` with an indent collects every small string the encoder makes into one list
    and joins them: on a long document's tens of thousands of findings that list and the text
    (twice, with its final line break) were most of the run's peak memory. The pieces, joined,
    are `render`'s text exactly: the same encoder and options, one piece at a time."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    batch: list[str] = []
    for chunk in encoder.iterencode(document(reports, checks=json_checks)):
        batch.append(chunk)
        if len(batch) >= PIECE_CHUNKS:
            yield "".join(batch)
            batch.clear()
    batch.append("\n")
    yield "".join(batch)
