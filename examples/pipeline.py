"""An editorial pipeline: check a batch of translated articles, route failures to an editor.

    python examples/pipeline.py INBOX --queue EDITOR_QUEUE --ready READY --summary summary.json

Every article in INBOX (.txt, .md, .html) is checked with one Checker (rules and packs
are compiled once, then each check is cheap). An article that passes is copied to READY;
one that fails is copied to the editor queue with its findings beside it
(`<name>.mtqa.json`), and the queue gets one HTML report (`report.html`) showing every
failed article with its findings highlighted. A JSON summary of the batch is written to
--summary. The exit code is 0 when the batch ran (whatever the verdicts), 2 when an
article could not be read.

The same code works as a library call from a CMS hook: build the Checker once at start-up
and call `route()` for each article as it arrives.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from mtqa import Checker, InputError
from mtqa.document import read_file
from mtqa.formats import detect
from mtqa.report import renderer
from mtqa.report.model import Report

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def articles(inbox: Path) -> list[Path]:
    return sorted(p for p in inbox.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def check_article(checker: Checker, path: Path, inbox: Path) -> Report:
    name = path.relative_to(inbox).as_posix()
    try:
        text, _bom = read_file(path)
    except InputError as exc:
        return Report(path=name, error=str(exc))
    return checker.check(text, path=name, format=detect(str(path)))


def route(report: Report, source: Path, queue: Path, ready: Path) -> str:
    """Copy the article where it belongs; return "ready", "queue" or "error"."""
    if report.error is not None:
        return "error"
    target = (ready if report.passed else queue) / report.path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    if not report.passed:
        sidecar = target.with_name(target.name + ".mtqa.json")
        sidecar.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return "queue"
    return "ready"


def run(inbox: Path, queue: Path, ready: Path, summary_path: Path, fail_under: float | None = None) -> dict:
    checker = Checker(fail_under=fail_under)  # one Checker for the whole batch
    rows = []
    failed_reports = []
    for path in articles(inbox):
        report = check_article(checker, path, inbox)
        where = route(report, path, queue, ready)
        if where == "queue":
            failed_reports.append(report)
        row = {"path": report.path, "routed": where}
        if report.error is None:
            row.update(words=report.words, score=round(report.score, 2), passed=report.passed,
                       findings=len(report.findings),
                       rules=sorted({f.rule_id for f in report.findings}))
        else:
            row["error"] = report.error
        rows.append(row)
    if failed_reports:
        queue.mkdir(parents=True, exist_ok=True)
        (queue / "report.html").write_text(renderer("html").render(failed_reports), encoding="utf-8")
    summary = {
        "articles": len(rows),
        "ready": sum(r["routed"] == "ready" for r in rows),
        "queued": sum(r["routed"] == "queue" for r in rows),
        "errors": sum(r["routed"] == "error" for r in rows),
        "words": sum(r.get("words", 0) for r in rows),
        "threshold": checker.policy.threshold,
        "files": rows,
    }
    summary_path.parent.mkdir(parents=True, exist_ok=True)
    summary_path.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inbox", type=Path, help="directory of translated articles")
    ap.add_argument("--queue", type=Path, required=True, help="editor queue: failed articles go here")
    ap.add_argument("--ready", type=Path, required=True, help="articles that passed go here")
    ap.add_argument("--summary", type=Path, required=True, help="where to write the JSON summary")
    ap.add_argument("--fail-under", type=float, help="pass threshold (default: mtqa's)")
    args = ap.parse_args(argv)
    if not args.inbox.is_dir():
        print(f"pipeline: {args.inbox}: not a directory", file=sys.stderr)
        return 2
    summary = run(args.inbox, args.queue, args.ready, args.summary, args.fail_under)
    print(f"{summary['articles']} articles: {summary['ready']} ready, {summary['queued']} sent to the editor queue, "
          f"{summary['errors']} error{'' if summary['errors'] == 1 else 's'}")
    return 2 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
