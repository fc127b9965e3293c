"""Accuracy of mtqa against professional MQM annotations (../shared/eval/wmt-mqm).

    python benchmarks/accuracy.py [--eval DIR] [--select RULES] [--json OUT]

Measures, with the built-in rules only (no LanguageTool):
  1. false positives: findings per 10,000 words on the error-free human references
     (TED ref-B, `error_free` segments), per rule, in en-CA and en-US;
  2. agreement: precision of mtqa's findings against the annotators' spans on the MT
     outputs (a finding counts when it overlaps any rater's span; a lower bound, since
     raters mark at most five errors per segment), per rule and per mtqa category; and
     recall of annotated spans in the categories mtqa claims;
  3. ranking: Pearson and Kendall correlation between mtqa's penalty per word and the
     human MQM score, per system (TED, WMT23) and per segment;
  4. calibration: the share of clean reference segments that pass at each threshold, the
     highest threshold at which at least 95 % pass, and each system's pass rate there.
Prints tables and writes JSON (default benchmarks/results/accuracy.json).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa import Checker  # noqa: E402
from mtqa.finding import OMITTED  # noqa: E402

CLAIMED = ("Fluency/Punctuation", "Fluency/Spelling", "Locale convention", "Terminology")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def segments_file(eval_dir: str) -> Path | None:
    """The MQM segments file of `eval_dir`, or None (said on stderr) where there is none."""
    path = Path(eval_dir) / "mqm_zhen_segments.jsonl"
    if not path.is_file():
        print(f"no MQM segments at {path}", file=sys.stderr)
        return None
    return path


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return sxy / (sx * sy) if sx and sy else float("nan")


def kendall_tau_b(xs: list[float], ys: list[float]) -> float:
    """Kendall's tau-b (ties in either variable handled); O(n²), fine for these sizes."""
    n = len(xs)
    conc = disc = tx = ty = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx = (xs[i] > xs[j]) - (xs[i] < xs[j])
            dy = (ys[i] > ys[j]) - (ys[i] < ys[j])
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tx += 1
            elif dy == 0:
                ty += 1
            elif dx == dy:
                conc += 1
            else:
                disc += 1
    denom = math.sqrt((conc + disc + tx) * (conc + disc + ty))
    return (conc - disc) / denom if denom else float("nan")


def overlaps(f, spans: list[dict]) -> bool:
    for e in spans:
        s, t = e["start"], e["end"]
        if s == t:  # an insertion point: the finding must touch it
            if f.span.start <= s <= f.span.end:
                return True
        elif f.span.start < t and s < f.span.end:
            return True
    return False


def omission_marked(f, source: str, source_spans: list[dict]) -> bool:
    """Whether a finding that names source text missing from the translation (`OMITTED` in its
    `extra`) lies on an omission the raters marked in the source. The MQM guidelines the sets
    were annotated with put an omission's span in the source segment ("the span of text may be
    in the source segment if the error is a source error or an omission": Freitag et al. 2021,
    annotator guidelines), so such a finding has no target span to land on. A `Source error`
    span (the source's own fault) is not an omission and does not count."""
    missing = (f.extra or {}).get(OMITTED)
    if not missing:
        return False
    spans = [e for e in source_spans if e["category"].startswith("Accuracy/Omission")]
    at = source.find(missing)
    while at >= 0:
        end = at + len(missing)
        if any(e["start"] < end and at < e["end"] for e in spans):
            return True
        at = source.find(missing, at + 1)
    return False


def on_span(f, row: dict) -> bool:
    """Whether a finding on an MQM row lands on a rater's span: on the target's spans, or, for
    an omission it names, on the source's (`omission_marked`)."""
    return overlaps(f, row["errors"]) or omission_marked(f, row["source"], row.get("source_side_errors", []))


def one_rater_view(row: dict, rater: str) -> dict:
    """The row as if `rater` had been its only rater: their spans, in the target and the source."""
    return {**row, "errors": [e for e in row["errors"] if e.get("rater") == rater],
            "source_side_errors": [e for e in row.get("source_side_errors", []) if e.get("rater") == rater]}


def on_span_one_rater(f, row: dict) -> float:
    """The share of the row's raters whose spans alone put the finding on a span: what a set with
    one rater a row (TED) would count on average; on a row with one rater, `on_span`."""
    raters = row.get("raters") or []
    if len(raters) < 2:
        return float(on_span(f, row))
    return sum(on_span(f, one_rater_view(row, r)) for r in raters) / len(raters)


CONTEXT = 20  # characters of the row's text either side of a finding that must recur for "the same place"


def marked_elsewhere(start: int, end: int, row: dict, others: list[dict]) -> bool:
    """Whether raters marked the finding's place in *another* system's row of the same segment:
    the finding's text with up to CONTEXT characters either side occurs in that row's target, and
    one of that row's spans overlaps the finding's part of it. TED rows have one rater, who marks
    at most five errors, and raters differ in what they mark (one marks a spaced quote or a
    "40000" on one system and not on the identical words of the next): a finding off its own
    row's spans that a rater marked at the identical place elsewhere is an error the rater of
    this row left unmarked, not a false one. A figure of its own, beside the row's own spans;
    findings that name source text (omissions) have no target place to recur and never count."""
    text = row["target"]
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    context = text[lo:hi]
    if not context.strip():
        return False
    for other in others:
        at = other["target"].find(context)
        while at >= 0:
            s, e = at + start - lo, at + end - lo
            for span in other["errors"]:
                if (span["start"] == span["end"] and s <= span["start"] <= e) or (span["start"] < e and s < span["end"]):
                    return True
            at = other["target"].find(context, at + 1)
    return False


def false_positives(refs: list[str], checker: Checker, sources: list[str] | None = None) -> dict:
    words = 0
    per_rule: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    scores = []
    scored = 0
    for i, text in enumerate(refs):
        r = checker.check(text, source=sources[i] if sources else None)
        words += r.words
        scores.append(r.score)
        for f in r.findings:
            per_rule[f.rule_id] += 1
            scored += f.scored
            if len(examples[f.rule_id]) < 3:
                examples[f.rule_id].append(f"{f.text!r} in: {text[max(0, f.span.start - 40):f.span.end + 40]!r}")
    total = sum(per_rule.values())
    return {
        "segments": len(refs), "words": words, "findings": total,
        "per_10k_words": round(10000 * total / words, 3) if words else 0.0,
        "scored_per_10k_words": round(10000 * scored / words, 3) if words else 0.0,
        "per_rule_per_10k": {k: round(10000 * v / words, 3) for k, v in per_rule.most_common()},
        "examples": dict(examples), "scores": scores,
    }


def agreement(rows: list[dict], checker: Checker, with_source: bool = False) -> tuple[dict, list[dict]]:
    hits: Counter = Counter()
    total: Counter = Counter()
    cat_hits: Counter = Counter()
    cat_total: Counter = Counter()
    recall_hit: Counter = Counter()
    recall_total: Counter = Counter()
    seg_results = []
    for row in rows:
        r = checker.check(row["target"], source=row["source"] if with_source else None)
        spans = row["errors"]
        for f in r.findings:
            ok = overlaps(f, spans)
            total[f.rule_id] += 1
            hits[f.rule_id] += ok
            cat_total[f.category] += 1
            cat_hits[f.category] += ok
        for e in spans:
            cat = e["category"]
            claimed = next((c for c in CLAIMED if cat.startswith(c)), None)
            if claimed is None:
                continue
            recall_total[(row["testset"], claimed)] += 1
            if any(f.span.start < max(e["end"], e["start"] + 1) and e["start"] < max(f.span.end, f.span.start + 1)
                   for f in r.findings):
                recall_hit[(row["testset"], claimed)] += 1
        seg_results.append({"testset": row["testset"], "system": row["system"], "seg_id": row["seg_id"],
                            "mqm": row["mqm_score"], "penalty": r.penalty, "words": r.words, "score": r.score,
                            "passed": r.passed})
    found = sum(total.values())
    out = {
        "findings": found,
        "precision": round(sum(hits.values()) / found, 4) if found else None,
        "per_rule": {k: {"findings": v, "on_annotated_span": hits[k], "precision": round(hits[k] / v, 3)}
                     for k, v in total.most_common()},
        "per_category": {k: {"findings": v, "precision": round(cat_hits[k] / v, 3)} for k, v in cat_total.most_common()},
        "recall": {f"{t}:{c}": {"spans": n, "found": recall_hit[(t, c)], "recall": round(recall_hit[(t, c)] / n, 4)}
                   for (t, c), n in sorted(recall_total.items())},
    }
    return out, seg_results


def ranking(seg_results: list[dict]) -> dict:
    out = {}
    for testset in sorted({s["testset"] for s in seg_results}):
        segs = [s for s in seg_results if s["testset"] == testset]
        by_sys: dict[str, list[dict]] = defaultdict(list)
        for s in segs:
            by_sys[s["system"]].append(s)
        systems = sorted(by_sys)
        # mtqa: penalty per word over the system's whole output; human: mean MQM per segment.
        mt = [sum(s["penalty"] for s in by_sys[k]) / max(1, sum(s["words"] for s in by_sys[k])) for k in systems]
        human = [sum(s["mqm"] for s in by_sys[k]) / len(by_sys[k]) for k in systems]
        seg_mt = [s["penalty"] / max(1, s["words"]) for s in segs]
        seg_h = [s["mqm"] for s in segs]
        out[testset] = {
            "systems": len(systems),
            "system_pearson": round(pearson(mt, human), 4),
            "system_kendall": round(kendall_tau_b(mt, human), 4),
            "segment_pearson": round(pearson(seg_mt, seg_h), 4),
            "segment_kendall": round(kendall_tau_b(seg_mt[:: max(1, len(segs) // 3000)], seg_h[:: max(1, len(segs) // 3000)]), 4),
            "per_system": {k: {"mtqa_penalty_per_1000_words": round(1000 * m, 3), "human_mqm": round(h, 3)}
                           for k, m, h in zip(systems, mt, human)},
        }
    return out


def calibration(clean_scores: list[float], seg_results: list[dict], threshold: float) -> dict:
    grid = [80, 85, 88, 90, 92, 93, 94, 95, 96, 97, 98, 99, 100]
    share = {t: sum(1 for s in clean_scores if s >= t) / len(clean_scores) for t in grid}
    best = max((t for t in grid if share[t] >= 0.95), default=None)
    per_system = defaultdict(list)
    for s in seg_results:
        per_system[f"{s['testset']}:{s['system']}"].append(s["score"] >= threshold)
    return {
        "clean_pass_share_by_threshold": {str(t): round(v, 4) for t, v in share.items()},
        "highest_threshold_with_95pct_clean_passing": best,
        "default_threshold": threshold,
        "clean_pass_share_at_default": round(sum(1 for s in clean_scores if s >= threshold) / len(clean_scores), 4),
        "system_pass_share_at_default": {k: round(sum(v) / len(v), 4) for k, v in sorted(per_system.items())},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--select", help="comma-separated rules or families (default: all stable rules)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "accuracy.json"))
    ap.add_argument("--limit", type=int, help="only the first N MT rows (a smoke run)")
    args = ap.parse_args()
    ev = Path(args.eval)
    select = args.select.split(",") if args.select else None
    t0 = time.time()
    refs = load(ev / "references_zhen.jsonl")
    clean_rows = [r for r in refs if r["ref_system"] == "ref-B" and r["error_free"]]
    clean = [r["reference"] for r in clean_rows]
    clean_sources = [r["source"] for r in clean_rows]
    rows = [r for r in load(ev / "mqm_zhen_segments.jsonl") if not r["is_human_reference"]]
    if args.limit:
        clean = clean[: args.limit]
        clean_sources = clean_sources[: args.limit]
        rows = rows[: args.limit]
    checker_ca = Checker(select=select, locale="en-CA", languagetool="off")
    checker_us = Checker(select=select, locale="en-US", languagetool="off")
    fp_ca = false_positives(clean, checker_ca)
    fp_us = false_positives(clean, checker_us)
    fp_src = false_positives(clean, checker_us, clean_sources)
    agree, segs = agreement(rows, checker_us)
    agree_src, segs_src = agreement(rows, checker_us, with_source=True)
    rank = ranking(segs)
    rank_src = ranking(segs_src)
    calib = calibration(fp_us.pop("scores"), segs, checker_us.policy.threshold)
    calib["system_pass_share_at_default_with_source"] = calibration(
        fp_src["scores"], segs_src, checker_us.policy.threshold)["system_pass_share_at_default"]
    fp_ca.pop("scores")
    fp_src.pop("scores")
    result = {
        "date": time.strftime("%Y-%m-%d"), "seconds": round(time.time() - t0, 1),
        "false_positives": {"en-CA": fp_ca, "en-US": fp_us, "en-US_with_source": fp_src},
        "agreement_mt_outputs_en-US": agree, "agreement_mt_outputs_en-US_with_source": agree_src,
        "ranking": rank, "ranking_with_source": rank_src, "calibration": calib,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"Clean references (TED ref-B error-free): {fp_ca['segments']} segments, {fp_ca['words']} words")
    for loc, fp in (("en-CA", fp_ca), ("en-US", fp_us), ("en-US with --source", fp_src)):
        print(f"  {loc}: {fp['findings']} findings = {fp['per_10k_words']} per 10,000 words "
              f"({fp['scored_per_10k_words']} scored, confidence ≥ 0.5)")
        for rule, rate in fp["per_rule_per_10k"].items():
            print(f"      {rule:<40} {rate:>7} /10k")
    print(f"MT outputs: {len(rows)} rows; {agree['findings']} findings; precision vs human spans {agree['precision']}")
    for rule, d in agree["per_rule"].items():
        print(f"      {rule:<40} {d['findings']:>6} findings, precision {d['precision']}")
    print("  recall on claimed categories:")
    for k, d in agree["recall"].items():
        print(f"      {k:<45} {d['found']:>5}/{d['spans']:<6} {d['recall']}")
    print(f"MT outputs with --source: {agree_src['findings']} findings; precision {agree_src['precision']}")
    for rule, d in agree_src["per_rule"].items():
        if rule.startswith("source/"):
            print(f"      {rule:<40} {d['findings']:>6} findings, precision {d['precision']}")
    for k, d in agree_src["recall"].items():
        print(f"      recall {k:<38} {d['found']:>5}/{d['spans']:<6} {d['recall']}")
    for label, rk in (("Ranking (mtqa penalty/word vs human MQM):", rank), ("Ranking with --source:", rank_src)):
        print(label)
        for t, d in rk.items():
            print(f"  {t}: {d['systems']} systems  system r={d['system_pearson']} tau={d['system_kendall']}  "
                  f"segment r={d['segment_pearson']} tau={d['segment_kendall']}")
    print(f"Calibration: clean pass share at default {calib['default_threshold']}: {calib['clean_pass_share_at_default']};"
          f" highest threshold with ≥95% clean passing: {calib['highest_threshold_with_95pct_clean_passing']}")
    print("Share of each system's segments passing at the default threshold (without / with --source):")
    for k, v in calib["system_pass_share_at_default"].items():
        print(f"      {k:<40} {v:>7} {calib['system_pass_share_at_default_with_source'][k]:>7}")
    print(f"(written {args.json}; {result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
