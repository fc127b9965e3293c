"""Why mtqa ranks an MQM set's systems as it does: each system's penalty by rule beside the
raters' MQM by error category, the pairs mtqa orders against the raters, and system r without
each rule.

    python benchmarks/system_ranking.py [--set TED|WMT23] [--eval DIR] [--without-source] [--json OUT]

System r (`cross_set.py`) says how well mtqa's penalty per word follows the raters' MQM; this
says where it does not: which rules' findings move a system's penalty, and which kinds of error
make its MQM (an MQM gap of Accuracy/Mistranslation is one mtqa cannot see without the meaning).
It also gives system r with MQM's weight for a Minor punctuation finding (0.1, where mtqa's
penalty counts every Minor finding 1), a measurement only: mtqa's scoring is not changed here.
MQM per category is the guidelines' weighting (Major 5, Minor 1, Minor Fluency/Punctuation 0.1,
Non-translation 25, Source error 0) summed over the row's errors and divided by its raters, as `mqm_score` is.
Built-in rules, LanguageTool off, en-US, with the source unless `--without-source`.
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

from benchmarks.accuracy import kendall_tau_b, load, pearson, segments_file  # noqa: E402
from benchmarks.cross_set import SETS, check_once  # noqa: E402
from mtqa import Checker  # noqa: E402
from mtqa.finding import Severity  # noqa: E402
from mtqa.scoring import finding_penalty  # noqa: E402

TOP_RULES = 8  # rules shown as columns, by their penalty over all systems


def error_weight(error: dict) -> float:
    """An error's MQM weight, by the guidelines both sets were annotated with (and the data's
    README: a `Source error` or `Source issue` weighs nothing)."""
    if error["category"].startswith(("Source error", "Source issue")):
        return 0.0
    if error["category"].startswith("Non-translation"):
        return 25.0
    if error["severity"] == "Major":
        return 5.0
    if error["severity"] == "Minor":
        return 0.1 if error["category"] == "Fluency/Punctuation" else 1.0
    return 0.0


def mqm_by_category(rows: list[dict]) -> dict[str, float]:
    """The rows' mean MQM per error category as the raters wrote it ("Accuracy/Mistranslation")."""
    total: dict[str, float] = defaultdict(float)
    for row in rows:
        raters = max(1, len(row.get("raters") or [1]))
        for error in row["errors"] + row.get("source_side_errors", []):
            total[error["category"]] += error_weight(error) / raters
    return {c: v / len(rows) for c, v in sorted(total.items(), key=lambda kv: -kv[1])}


def mqm_weight(finding) -> float:
    """What MQM's weighting would make of a finding's points: a Minor Fluency/Punctuation error
    weighs 0.1 there, where mtqa's penalty counts every Minor finding 1."""
    minor_punctuation = finding.category == "Fluency/Punctuation" and finding.severity == Severity.MINOR
    return 0.1 if minor_punctuation else 1.0


def system_table(rows: list[dict], reports: dict, with_source: bool, weights: dict,
                 category_weights: dict | None = None) -> dict:
    """Per system: MQM, mtqa's penalty per 1,000 words (as shipped, and with MQM's weight for
    Minor punctuation), each rule's share of it, MQM by category. A rule's share is what its
    findings cost in the penalty, the policy's category weights included (a Minor punctuation
    finding 0.1 since those weights shipped): read without them, the punctuation rules' columns
    were ten times what they cost, "other rules" went negative and r without a rule took off ten
    times the rule's points."""
    by_sys: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_sys[row["system"]].append(row)
    out = {}
    for system, group in by_sys.items():
        words, penalty, mqm_weighted = 0.0, 0.0, 0.0
        by_rule: dict[str, float] = defaultdict(float)
        for row in group:
            report = reports[(row["target"], row["source"] if with_source else None)]
            words += report.words
            penalty += report.penalty
            for f in report.findings:
                by_rule[f.rule_id] += finding_penalty(f, weights, category_weights)
                mqm_weighted += finding_penalty(f, weights) * mqm_weight(f)
        words = max(1.0, words)
        out[system] = {
            "human": group[0]["is_human_reference"],
            "mqm": sum(row["mqm_score"] for row in group) / len(group),
            "penalty": 1000 * penalty / words,
            "penalty_mqm_weights": 1000 * mqm_weighted / words,
            "by_rule": {r: 1000 * p / words for r, p in sorted(by_rule.items(), key=lambda kv: -kv[1]) if p},
            "mqm_by_category": mqm_by_category(group),
        }
    return out


def correlation(table: dict, drop: str | None = None, key: str = "penalty") -> tuple[float, float]:
    """System r and τ of penalty against MQM, optionally without one rule's penalty."""
    names = sorted(table)
    pen = [table[s][key] - (table[s]["by_rule"].get(drop, 0.0) if drop else 0.0) for s in names]
    mqm = [table[s]["mqm"] for s in names]
    return round(pearson(pen, mqm), 3), round(kendall_tau_b(pen, mqm), 3)


def discordant(table: dict) -> dict[str, list[str]]:
    """For each system, the systems mtqa orders against the raters (ties in either left out)."""
    out: dict[str, list[str]] = {s: [] for s in table}
    for a in table:
        for b in table:
            if a < b:
                dp = table[a]["penalty"] - table[b]["penalty"]
                dm = table[a]["mqm"] - table[b]["mqm"]
                if dp * dm < 0:
                    out[a].append(b)
                    out[b].append(a)
    return out


def category_correlations(table: dict) -> dict[str, float]:
    """System r between mtqa's penalty and each MQM category's part alone: what the penalty follows."""
    names = sorted(table)
    cats = sorted({c.split("/")[0] for s in table.values() for c in s["mqm_by_category"]})
    pen = [table[s]["penalty"] for s in names]
    out = {}
    for cat in cats:
        part = [sum(v for c, v in table[s]["mqm_by_category"].items() if c.split("/")[0] == cat) for s in names]
        out[cat] = round(pearson(pen, part), 3)
    return out


def report(table: dict) -> str:
    totals: Counter = Counter()
    for s in table.values():
        totals.update(s["by_rule"])
    rules = [r for r, _ in totals.most_common(TOP_RULES)]
    mqm_order = sorted(table, key=lambda s: table[s]["mqm"])
    pen_order = sorted(table, key=lambda s: table[s]["penalty"])
    weighted_order = sorted(table, key=lambda s: table[s]["penalty_mqm_weights"])
    wrong = discordant(table)
    head = ["system", "MQM (rank)", "penalty /1k words (rank)", "with MQM's punctuation weight (rank)",
            "pairs against the raters",
            *(r.split("/")[-1] for r in rules), "other rules", "MQM Accuracy", "MQM Fluency", "MQM Style", "MQM other"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in mqm_order:
        row = table[s]
        shown = sum(row["by_rule"].get(r, 0.0) for r in rules)
        cats: Counter[str] = Counter()
        for c, v in row["mqm_by_category"].items():
            top = c.split("/")[0]
            cats[top if top in ("Accuracy", "Fluency", "Style") else "other"] += v
        name = f"**{s}**" if row["human"] else s
        lines.append("| " + " | ".join([
            name, f"{row['mqm']:.2f} ({mqm_order.index(s) + 1})", f"{row['penalty']:.2f} ({pen_order.index(s) + 1})",
            f"{row['penalty_mqm_weights']:.2f} ({weighted_order.index(s) + 1})",
            str(len(wrong[s])), *(f"{row['by_rule'].get(r, 0.0):.2f}" for r in rules),
            f"{row['penalty'] - shown:.2f}", *(f"{cats[c]:.2f}" for c in ("Accuracy", "Fluency", "Style", "other"))]) + " |")
    r, tau = correlation(table)
    lines.append("")
    lines.append(f"system r {r}, τ {tau}; by MQM category alone (r of the penalty with that part): "
                 + ", ".join(f"{c} {v}" for c, v in category_correlations(table).items()))
    lines.append("system r / τ with MQM's weight for Minor punctuation (0.1 a finding, not 1): "
                 + "/".join(map(str, correlation(table, key="penalty_mqm_weights"))))
    lines.append("system r / τ without one rule: " + "; ".join(
        f"{rule} {'/'.join(map(str, correlation(table, rule)))}" for rule in rules))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="TED")
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--without-source", action="store_true")
    ap.add_argument("--json", help="write the per-system table here")
    args = ap.parse_args()
    path = segments_file(args.eval)
    if path is None:
        return 2
    rows = [r for r in load(path) if r["testset"] == SETS[args.set]]
    with_source = not args.without_source
    checker = Checker(locale="en-US", languagetool="off")
    reports = check_once({(r["target"], r["source"] if with_source else None) for r in rows}, checker)
    table = system_table(rows, reports, with_source, checker.policy.weights, checker.policy.category_weights)
    print(report(table))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
