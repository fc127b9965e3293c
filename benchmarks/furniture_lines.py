"""How the boilerplate rules do on web furniture from sites the corpus does not have.

    python benchmarks/furniture_lines.py              # recall on furniture, false flags on copy
    python benchmarks/furniture_lines.py --details    # and which lines were missed or flagged

The set (benchmarks/data/furniture_lines.toml) is one hand-judged line per entry from the
opening of 66 pages (news sites mostly) of tuning-half sites absent from the real-copy corpus: lines of
furniture (widgets, stamps, links, sign-ups, comment forms, section labels) and lines of clean
copy that look like them (headlines, decks, bylines, datelines, captions, subheads, short
quotes, list items). Each page is checked as one document, a line to a paragraph, with the
`boilerplate` family only; a line counts as flagged when a finding overlaps it.

Reported per batch: "dev", the pages the form rules of `boilerplate.furniture_forms` were
written from (tuned on); "check", pages labelled after the first round of those rules was written
and before it was run on them (the second round was written from its misses, so it is tuned on
too); "check2", pages labelled after the second round and before any rule was run on them. For each: the share of furniture lines flagged (recall), the number of
copy lines flagged (false flags, by the line's form) and each rule's hits. Figures go to
results/furniture_lines.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

DATA = ROOT / "benchmarks" / "data" / "furniture_lines.toml"
RESULTS = ROOT / "benchmarks" / "results" / "furniture_lines.json"
FURNITURE = "furniture"
BATCHES = ("dev", "check", "check2")


def load_pages(path: Path = DATA) -> list[dict]:
    """The [[page]] tables of the set, each with its lines as (class, text) pairs."""
    pages = tomllib.loads(path.read_text(encoding="utf-8"))["page"]
    for page in pages:
        page["lines"] = [(cls, text) for cls, text in page["lines"]]
        page.setdefault("batch", "dev")
        if page["batch"] not in BATCHES:
            raise ValueError(f"{page['url']}: batch must be one of {BATCHES}")
    return pages


def line_spans(lines: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The page's text, a line to a paragraph, and each line's (start, end) in it."""
    spans, pos = [], 0
    for _, text in lines:
        spans.append((pos, pos + len(text)))
        pos += len(text) + 2
    return "\n\n".join(text for _, text in lines), spans


def measure(checker, pages: list[dict]) -> dict:
    """Check every page; count flagged furniture and copy lines."""
    caught = total = 0
    false_by_form: Counter = Counter()
    copy_by_form: Counter = Counter()
    per_rule: Counter = Counter()
    misses, false_flags = [], []
    for page in pages:
        body, spans = line_spans(page["lines"])
        findings = checker.check(body).findings
        for (cls, text), (start, end) in zip(page["lines"], spans):
            rules = sorted({f.rule_id for f in findings if f.span.start < end and start < f.span.end})
            if cls == FURNITURE:
                total += 1
                caught += bool(rules)
                if rules:
                    per_rule.update(rules)
                else:
                    misses.append({"site": page["site"], "text": text})
            else:
                copy_by_form[cls] += 1
                if rules:
                    false_by_form[cls] += 1
                    false_flags.append({"site": page["site"], "form": cls, "text": text, "rules": rules})
    copy_lines = sum(copy_by_form.values())
    return {
        "pages": len(pages),
        "sites": len({p["site"] for p in pages}),
        "furniture_lines": total,
        "furniture_caught": caught,
        "recall": caught / total if total else None,
        "copy_lines": copy_lines,
        "copy_flagged": sum(false_by_form.values()),
        "copy_flagged_by_form": dict(sorted(false_by_form.items())),
        "copy_lines_by_form": dict(sorted(copy_by_form.items())),
        "per_rule": dict(sorted(per_rule.items())),
        "_misses": misses,
        "_false_flags": false_flags,
    }


def render(result: dict, details: bool, batch: str) -> str:
    """The figures as text; with details, the missed and the wrongly flagged lines."""
    out = [
        f"== {batch}",
        f"furniture lines: {result['furniture_caught']}/{result['furniture_lines']} flagged "
        f"({100 * (result['recall'] or 0):.1f}%) on {result['pages']} pages of {result['sites']} sites",
        f"copy lines flagged: {result['copy_flagged']}/{result['copy_lines']} {result['copy_flagged_by_form']}",
        f"per rule (furniture lines): {result['per_rule']}",
    ]
    if details:
        out += ["", "missed furniture:"] + [f"  [{m['site']}] {m['text']}" for m in result["_misses"]]
        out += ["", "flagged copy:"] + [f"  [{f['site']}] ({f['form']}) {f['text']}  <- {', '.join(f['rules'])}"
                                        for f in result["_false_flags"]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--details", action="store_true", help="list missed furniture and flagged copy")
    ap.add_argument("--data", type=Path, default=DATA, help="the set (TOML)")
    ap.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    args = ap.parse_args(argv)
    try:
        pages = load_pages(args.data)
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        print(f"cannot read {args.data}: {exc}", file=sys.stderr)
        return 2

    from mtqa import Checker

    checker = Checker(select=["boilerplate"])
    public = {}
    for batch in BATCHES:
        result = measure(checker, [p for p in pages if p["batch"] == batch])
        print(render(result, args.details, batch))
        public[batch] = {k: v for k, v in result.items() if not k.startswith("_")}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(public, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
