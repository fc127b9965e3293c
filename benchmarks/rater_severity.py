"""Whether each rule's severity with the source is the one MQM raters give the errors it finds.

    python benchmarks/rater_severity.py [--set WMT23|TED] [--eval DIR] [--apply] [--json OUT]

mtqa's penalty weighs a Major finding 5 and a Minor one 1 (0.1 for Minor punctuation), as MQM does;
a rule whose findings raters mark Minor but which says Major (or the reverse) moves a system's
penalty by four points a finding, against what the raters meant. Per rule, on the MT outputs with the
source (the default profile `standard` as shipped, LanguageTool off): its findings that name a place
and lie on a rater's span, and the severity most of the spans under each carry. A finding over half
its row's target or more is left out (it overlaps every error in the row); one naming lost source
text is judged on the source-side omission spans it lies on.

The decision rule (benchmarks/README.md, branch bilingual50, written before its figures): a rule is
*out of line* when it has at least MIN_PLACED such findings, on at least OUT_OF_LINE of them the
raters' majority is the other severity, and, for a raise to Major, its span precision is at least
RAISE_PRECISION. It is decided on WMT23 only; on TED (`--set TED`) the script reports aggregates per
rule, the figures of the report set. `--apply` also measures the set with the out-of-line rules'
severities replaced (decided on WMT23 whichever set is measured): system r and τ, segment τ, the
humans' ranks, against the shipped scoring.

At stop 50 one rule was out of line (grammar/speaker-person-in-reported-speech, Minor, 11 of 11 placed
findings marked Major); its findings are two source segments translated by every system, so the
severity was tried and not kept (benchmarks/README.md, branch bilingual50).

Since stop 51 (branch bilingual51) the rule counts *source units*, not findings (`units`): every
system translates the same source segment, so ten systems making one error there are one piece of
evidence about the rule, not ten. A unit is a source segment; in one document, segments whose
findings of the rule flag the same words (case-folded) are one unit too (the same source form
rendered the same way, segment after segment). A unit votes the severity most of its placed
findings' own-place majorities carry (a tie: no vote). A rule is out of line when it has at least
MIN_PLACED units, on at least OUT_OF_LINE of them the vote is the other severity, and, for a raise
to Major, its findings' span precision is at least RAISE_PRECISION. The findings' count stays in the
output beside it (`out_of_line(..., by_units=False)`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load, on_span, segments_file  # noqa: E402
from benchmarks.cross_set import SETS, WHOLE, check_once, measure, run  # noqa: E402
from mtqa import Checker  # noqa: E402
from mtqa.finding import OMITTED, Severity  # noqa: E402

MIN_PLACED, OUT_OF_LINE, RAISE_PRECISION = 5, 2 / 3, 0.75
SLACK = 2  # characters either side of a finding within which a span is still its own place
RATER_SEVERITY = {"Major": Severity.MAJOR, "Minor": Severity.MINOR}


def spans_under(f, row: dict) -> list[dict]:
    """The rater spans a finding lies on: the target's, or for one naming lost source text, the
    source-side omission spans its text lies on (as benchmarks.accuracy.on_span counts them)."""
    missing = (f.extra or {}).get(OMITTED)
    if missing:
        out, at = [], row["source"].find(missing)
        while at >= 0:
            end = at + len(missing)
            out += [e for e in row.get("source_side_errors", [])
                    if e["category"].startswith("Accuracy/Omission") and e["start"] < end and at < e["end"]]
            at = row["source"].find(missing, at + 1)
        return out
    return [e for e in row["errors"]
            if (e["start"] == e["end"] and f.span.start <= e["start"] <= f.span.end)
            or (f.span.start < e["end"] and e["start"] < f.span.end)]


def own_place(f, spans: list[dict]) -> list[dict]:
    """The spans that mark the finding's own place, not a wider error around it: within the
    finding widened by SLACK characters each side, or holding it and at most twice as long (a
    brand name inside a phrase marked awkward, a trailing space inside a row marked as no
    translation at all, carry the wider error's severity, not the finding's). Spans in the
    source (an omission named by its source text) are the omission's own."""
    if (f.extra or {}).get(OMITTED):
        return spans
    start, end = f.span.start, f.span.end
    return [e for e in spans if (start - SLACK <= e["start"] and e["end"] <= end + SLACK)
            or (e["start"] <= start and end <= e["end"] and e["end"] - e["start"] <= 2 * max(1, end - start))]


def raters_severity(spans: list[dict]) -> Severity | None:
    """The severity most of the spans carry (Major or Minor); None on a tie or for neither."""
    votes = Counter(RATER_SEVERITY[e["severity"]] for e in spans if e["severity"] in RATER_SEVERITY)
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def units(placed: list[tuple[str, int, str, Severity | None]]) -> list[Severity | None]:
    """One rule's placed findings on a span, as (document, source segment, flagged words, the raters'
    own-place severity), grouped into source units, and each unit's vote: the severity most of its
    findings carry (None on a tie or none). A source segment is a unit, whichever systems' rows the
    findings came from; in one document, segments whose findings flag the same words (case-folded)
    join one unit (the same source form carried over alike)."""
    parent: dict[tuple, tuple] = {}

    def root(x: tuple) -> tuple:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for doc, seg, words, _ in placed:  # a segment and a form of its document are joined
        parent[root(("segment", doc, seg))] = root(("form", doc, words.casefold()))
    votes: dict[tuple, Counter] = {}
    for doc, seg, _, said in placed:
        tally = votes.setdefault(root(("segment", doc, seg)), Counter())
        if said is not None:
            tally[said] += 1
    out: list[Severity | None] = []
    for tally in votes.values():
        top = tally.most_common(2)
        out.append(None if not top or (len(top) == 2 and top[0][1] == top[1][1]) else top[0][0])
    return out


def per_rule(rows: list[dict], reports: dict) -> dict:
    """Per rule: findings, on a span, its severities, placed findings on a span and the raters'
    severity on them; the same by source unit (`units`)."""
    stats: dict[str, Counter] = {}
    placed: dict[str, list[tuple[str, int, str, Severity | None]]] = {}
    for row in rows:
        length = max(1, len(row["target"]))
        for f in reports[(row["target"], row["source"])].findings:
            s = stats.setdefault(f.rule_id, Counter())
            s["findings"] += 1
            s[f"mtqa {f.severity.value}"] += 1
            if not on_span(f, row):
                continue
            s["on span"] += 1
            omitted = bool((f.extra or {}).get(OMITTED))
            if not omitted and f.span.end - f.span.start >= WHOLE * length:
                continue
            s["placed on span"] += 1
            said = raters_severity(spans_under(f, row))
            s[f"raters {said.value}" if said else "raters tie"] += 1
            own = raters_severity(own_place(f, spans_under(f, row)))
            s[f"own place: raters {own.value}" if own else "own place: tie or none"] += 1
            words = (f.extra or {}).get(OMITTED) or row["target"][f.span.start:f.span.end]
            placed.setdefault(f.rule_id, []).append((row["doc"], row["seg_id"], words, own))
    for rule, found in placed.items():
        votes = units(found)
        stats[rule]["units placed on span"] = len(votes)
        for vote in votes:
            stats[rule][f"units: raters {vote.value}" if vote else "units: tie or none"] += 1
    return {rule: dict(s) for rule, s in sorted(stats.items(), key=lambda kv: -kv[1]["findings"])}


def out_of_line(stats: dict, own: bool = True, by_units: bool = True) -> dict[str, str]:
    """The rules whose severity the decision rule replaces, and with which (Minor or Major); with
    `by_units` (since stop 51), counted by source unit (`units`: each on its findings' own places),
    else by finding; with `own`, a finding's raters' severity is read on the spans of its own place
    (`own_place`, stop 50's rule as amended), else on every span it lies on (as first written)."""
    prefix = "units: " if by_units else "own place: " if own else ""
    out = {}
    for rule, s in stats.items():
        placed = s.get("units placed on span" if by_units else "placed on span", 0)
        mine = [sev for sev in (Severity.MAJOR, Severity.MINOR) if s.get(f"mtqa {sev.value}")]
        if placed < MIN_PLACED or len(mine) != 1:
            continue
        other = Severity.MINOR if mine[0] is Severity.MAJOR else Severity.MAJOR
        if s.get(f"{prefix}raters {other.value}", 0) < OUT_OF_LINE * placed:
            continue
        if other is Severity.MAJOR and s["on span"] / s["findings"] < RAISE_PRECISION:
            continue
        out[rule] = other.value
    return out


def with_severities(reports: dict, severities: dict[str, str], policy) -> dict:
    """The reports with the given rules' findings at another severity, scored again."""
    new = {rule: Severity(value) for rule, value in severities.items()}
    return {key: r.rescored([replace(f, severity=new[f.rule_id]) if f.rule_id in new else f for f in r.findings],
                            policy) for key, r in reports.items()}


def summary(m: dict) -> dict:
    return {"system_r": m["mtqa"]["system_r"], "system_tau": m["mtqa"]["system_tau"],
            "segment_tau": m["segment_tau"]["mtqa"], "human_ranks": m["human_ranks"],
            "penalty_per_1000_words": m["penalty_per_1000_words"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="WMT23")
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--apply", action="store_true", help="also measure the set with the decided severities")
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    path = segments_file(args.eval)
    if path is None:
        return 2
    rows = load(path)
    checker = Checker(locale="en-US", languagetool="off")
    sets = {name: [r for r in rows if r["testset"] == SETS[name]] for name in {"WMT23", args.set}}
    reports = check_once({(r["target"], r["source"]) for v in sets.values() for r in v}, checker)
    tuning = per_rule([r for r in sets["WMT23"] if not r["is_human_reference"]], reports)
    first_written, by_findings = out_of_line(tuning, own=False, by_units=False), out_of_line(tuning, by_units=False)
    decided = out_of_line(tuning)
    mt = [r for r in sets[args.set] if not r["is_human_reference"]]
    result: dict = {"set": args.set, "decided_on": "WMT23", "per_rule": per_rule(mt, reports),
                    "out_of_line_on_WMT23, as first written": first_written,
                    "out_of_line_on_WMT23, by findings (stop 50)": by_findings, "out_of_line_on_WMT23": decided}
    for rule, s in result["per_rule"].items():
        print(f"{rule}: {s}")
    print(f"out of line on WMT23, as first written (every span under a finding): {first_written}")
    print(f"out of line on WMT23 by findings (spans of the finding's own place, stop 50): {by_findings}")
    print(f"out of line on WMT23 by source units (stop 51): {decided}")
    if args.apply:
        rows_ = sets[args.set]
        before = summary(measure(run(rows_, reports, True, frozenset(), checker.policy), None))
        first, findings, after = (summary(measure(run(rows_, with_severities(reports, chosen, checker.policy), True,
                                                      frozenset(), checker.policy), None))
                                  for chosen in (first_written, by_findings, decided))
        result["shipped"], result["with_first_written"], result["with_decided_severities"] = before, first, after
        result["with_severities_by_findings"] = findings
        for label, m in (("shipped", before), ("as first written", first), ("by findings (stop 50)", findings),
                         ("decided severities (by source units)", after)):
            print(f"{args.set} {label}: r {m['system_r']}, τ {m['system_tau']}, segment τ {m['segment_tau']}, "
                  f"humans {m['human_ranks']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
