"""Span precision on WMT23 as one rater a row would measure it: how much of a set's figure is its design.

    python benchmarks/one_rater.py [--eval DIR] [--json OUT]

TED's rows have one rater each; WMT23's have three, and a finding counts as on a span when any of
them marked its place. So a rule's precision on the two sets differs by what it finds and also by
how many raters looked. This measures the second part on WMT23 alone (the tuning set; TED is not
read): each finding of the default profile with the source (`standard` as shipped, MT outputs,
LanguageTool off) is judged against each of its row's raters' spans alone, and the precision is
the mean over the three (one rater a row, as TED has it; benchmarks.accuracy.on_span_one_rater),
beside the three raters' together, per rule and overall. cross_set.py reports the overall figure
as `one_rater_span_precision`. A rule whose precision falls far with one rater finds errors that raters mark
on some rows and not on others; its cross-set gap is in part the set's design, not its findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load, on_span, on_span_one_rater, segments_file  # noqa: E402
from benchmarks.cross_set import MIN_FINDINGS, SETS, check_once  # noqa: E402
from mtqa import Checker  # noqa: E402


def precision(rows: list[dict], reports: dict) -> dict:
    """Per rule and overall: findings, precision with every rater, and the mean over the rows'
    raters of the precision each alone gives."""
    total, every, alone = Counter(), Counter(), Counter()
    for row in rows:
        for f in reports[(row["target"], row["source"])].findings:
            for key in (f.rule_id, "all rules"):
                total[key] += 1
                every[key] += on_span(f, row)
                alone[key] += on_span_one_rater(f, row)
    return {rule: {"findings": n, "every_rater": round(every[rule] / n, 3), "one_rater": round(alone[rule] / n, 3)}
            for rule, n in total.most_common()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    path = segments_file(args.eval)
    if path is None:
        return 2
    rows = [r for r in load(path) if r["testset"] == SETS["WMT23"] and not r["is_human_reference"]]
    checker = Checker(locale="en-US", languagetool="off")
    reports = check_once({(r["target"], r["source"]) for r in rows}, checker)
    got = precision(rows, reports)
    print("| rule | findings | every rater (3) | one rater (mean of 3) |\n|---|---:|---:|---:|")
    for rule, m in got.items():
        if m["findings"] >= MIN_FINDINGS:
            print(f"| {rule} | {m['findings']} | {m['every_rater']} | {m['one_rater']} |")
    if args.json:
        Path(args.json).write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
