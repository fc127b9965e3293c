"""Why a finding misses the raters' spans: each rule's findings on the MQM sets' MT output, by kind of miss.

    python benchmarks/span_misses.py [--eval DIR] [--set TED|WMT23] [--json OUT]

`cross_set.py` gives each rule's span precision; this tells a miss that is the rule's from one
that is the annotation's. Every finding on the MT rows (with the source, built-in rules,
LanguageTool off, en-US, as `cross_set.py` checks them) is put in one class:

  * hit: on a rater's target span, or, for an omission it names, on the source's (`on_span`);
  * marked elsewhere: off every span here, but the same rule flags the same text in another
    system's output of the same segment, and there it lies on a rater's span: the raters mark
    this very form, just not every time (TED has one rater a row);
  * capped: every rater of the row marked five errors or more, the most the MQM guidelines ask
    for ("if there are more than five errors, identify only the five most severe");
  * adjacent span: a rater's span starts or ends within two characters (the word beside it);
  * span elsewhere: the row has target spans, none near the finding;
  * source side only: the row's raters marked only source-side spans (omissions);
  * unmarked: the raters marked nothing on the row.

Only the first is counted a hit by `cross_set.py`; the rest are read by hand to tell a rule
wrong from an error left unmarked. Also printed: the recall of MQM target spans (the share of
the MT rows' target spans some finding overlaps), so a change that narrows a rule shows what
it costs there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load, on_span  # noqa: E402
from mtqa import Checker  # noqa: E402

SETS = {"TED": "wmt21-tedtalks", "WMT23": "wmt23-generalMT-news"}
KINDS = ("hit", "marked elsewhere", "capped", "adjacent span", "span elsewhere", "source side only", "unmarked")
CAP = 5


def classify(f, row: dict, marked_forms: set) -> str:
    """The class of one finding on one MQM row (see the module's docstring)."""
    if on_span(f, row):
        return "hit"
    if (row["seg_id"], f.rule_id, f.text) in marked_forms:
        return "marked elsewhere"
    per_rater = Counter(e["rater"] for e in row["errors"] + row["source_side_errors"])
    if row["raters"] and all(per_rater[r] >= CAP for r in row["raters"]):
        return "capped"
    errors = row["errors"]
    if errors and any(min(abs(e["start"] - f.span.end), abs(f.span.start - e["end"])) <= 2 for e in errors):
        return "adjacent span"
    if errors:
        return "span elsewhere"
    return "source side only" if row["source_side_errors"] else "unmarked"


def measure(rows: list[dict], checker: Checker) -> dict:
    reports, cached = [], {}
    for row in rows:
        key = (row["target"], row["source"])
        if key not in cached:
            cached[key] = checker.check(row["target"], source=row["source"])
        reports.append(cached[key])
    marked_forms = {(row["seg_id"], f.rule_id, f.text) for row, r in zip(rows, reports) for f in r.findings
                    if on_span(f, row)}
    kinds: dict[str, Counter] = defaultdict(Counter)
    spans = covered = 0
    for row, r in zip(rows, reports):
        for f in r.findings:
            kinds[f.rule_id][classify(f, row, marked_forms)] += 1
        for e in row["errors"]:
            spans += 1
            s, t = e["start"], e["end"]
            covered += any((f.span.start <= s <= f.span.end) if s == t else (f.span.start < t and s < f.span.end)
                           for f in r.findings)
    total: Counter = Counter()
    for c in kinds.values():
        total.update(c)
    n = sum(total.values())
    return {
        "findings": n,
        "span_precision": round(total["hit"] / n, 3) if n else None,
        "span_recall": round(covered / spans, 4) if spans else None,
        "spans": spans, "spans_covered": covered,
        "kinds": {k: total[k] for k in KINDS},
        "per_rule": {rule: {"findings": sum(c.values()), "span_precision": round(c["hit"] / sum(c.values()), 3),
                            **{k: c[k] for k in KINDS if k != "hit" and c[k]}}
                     for rule, c in sorted(kinds.items(), key=lambda kv: -sum(kv[1].values()))},
    }


def table(name: str, m: dict) -> str:
    lines = [f"{name}: {m['findings']} findings on MT, span precision {m['span_precision']}, "
             f"recall of MQM target spans {m['span_recall']} ({m['spans_covered']} of {m['spans']})",
             "| rule | findings | span precision | " + " | ".join(KINDS[1:]) + " |",
             "|---|---:|---:|" + "---:|" * (len(KINDS) - 1)]
    for rule, c in m["per_rule"].items():
        lines.append(f"| `{rule}` | {c['findings']} | {c['span_precision']} | "
                     + " | ".join(str(c.get(k, "")) for k in KINDS[1:]) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="a set to measure (default: both)")
    ap.add_argument("--json", help="write the figures here as JSON")
    args = ap.parse_args()
    path = Path(args.eval) / "mqm_zhen_segments.jsonl"
    if not path.is_file():
        print(f"span_misses: no MQM segments at {path} (pass --eval DIR)", file=sys.stderr)
        return 2
    rows = load(path)
    checker = Checker(locale="en-US", languagetool="off")
    result = {}
    for name in args.set or sorted(SETS):
        mt = [r for r in rows if r["testset"] == SETS[name] and not r["is_human_reference"]]
        result[name] = measure(mt, checker)
        print(table(name, result[name]), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
