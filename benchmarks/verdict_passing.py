"""Where the tuning half's passing MT sits, and whether the arithmetic should weigh length
(issue #11 §4; benchmarks/README.md, "Sixteenth round", questions 1 and 3).

    python benchmarks/verdict_passing.py                   # check the tuning half, print both answers
    python benchmarks/verdict_passing.py --rows OUT.json   # also keep the per-excerpt rows
    python benchmarks/verdict_passing.py --from OUT.json   # recompute from kept rows (no check)

Tuning half only: the held-back half is never read here. Each excerpt is checked as
`real_copy.py` checks it (LanguageTool off, the store's cut applied); a row keeps its kind,
words, penalty, the penalty of `calques/reads-as-translation` alone, the signal's logit, how
many findings it has and how many are scored, what each rule family's findings cost, and
whether a critical finding fails it.

Question 1 lists the MT excerpts that pass at the shipped threshold, per kind. Question 3
rescores every row with a length-dependent normaliser E(words) instead of MQM's words
(`NORMALISERS`), picks the pass threshold as `calibrate_verdict.choose` does, and compares.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, report_json, require_dependencies  # noqa: E402

require_dependencies()

SIGNAL_RULE = "calques/reads-as-translation"
REFERENCE_WORDS = 300.0  # R: E(R) = R, so an excerpt of R words scores as under MQM's linear model
NORMALISERS: dict[str, Callable[[float], float]] = {
    "words (MQM, shipped)": lambda w: w,
    "sqrt": lambda w: REFERENCE_WORDS * math.sqrt(w / REFERENCE_WORDS),
    "log": lambda w: REFERENCE_WORDS * math.log(1 + w / REFERENCE_WORDS) / math.log(2),
}
MIN_AUC_GAIN = 0.02


def _load(name: str, file: str):
    return load_script(name, HERE / file)


def check_rows() -> list[dict]:
    """One row per tuning-half excerpt (see the module docstring)."""
    from mtqa import Checker, lexicon, scoring, tagging, translationese

    rc = _load("mtqa_real_copy", "real_copy.py")
    checker = Checker(languagetool="off", fail_under=0.0)
    lx, tagger = lexicon.english(), tagging.tagger()
    rows = []
    for ex in rc.load_excerpts():
        if ex.half != "tune":
            continue
        report = rc.checked_as_measured(checker, ex)
        signal = [f for f in report.findings if f.rule_id == SIGNAL_RULE]
        logit = None
        if lx is not None and tagger is not None:
            lines = translationese.prose([ex.body])
            rates = translationese.rates(lines, lx.zipf, tag=lambda line: [t.tag for t in tagger.tag(line)])
            logit = None if rates is None else translationese.read(rates).logit
        rows.append({
            "file": ex.rel, "kind": ex.kind, "mt": ex.is_mt, "words": report.words, "penalty": report.penalty,
            "signal_penalty": scoring.penalty(signal, checker.policy.weights), "logit": logit,
            "findings": len(report.findings), "scored": sum(f.scored for f in report.findings),
            "critical_fails": not report.passed,  # checked with threshold 0: only a critical finding fails
            "families": family_penalties(report.findings, checker.policy.weights),
        })
    return rows


def family_penalties(findings, weights) -> dict[str, float]:
    """What each rule family's findings cost (the part of the rule id before the slash)."""
    from mtqa import scoring

    by_family: dict[str, list] = defaultdict(list)
    for f in findings:
        by_family[f.rule_id.split("/")[0]].append(f)
    return {family: scoring.penalty(group, weights) for family, group in sorted(by_family.items())}


def families(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Per rule family: the share of `rows` where it costs something, and its mean cost per row."""
    totals: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        for family, cost in r.get("families", {}).items():
            if cost > 0:
                totals[family].append(cost)
    n = len(rows) or 1
    return {family: {"share": round(len(costs) / n, 3), "mean_cost": round(sum(costs) / n, 2)}
            for family, costs in sorted(totals.items(), key=lambda kv: -sum(kv[1]))}


def score(row: dict, normaliser: Callable[[float], float]) -> float:
    if row["words"] <= 0:
        return 100.0
    return max(0.0, 100.0 * (1.0 - row["penalty"] / normaliser(row["words"])))


def passing_mt(rows: list[dict], threshold: float) -> dict:
    """Question 1: the MT excerpts passing at `threshold`, per kind."""
    out: dict[str, dict] = {}
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["mt"]:
            by_kind[r["kind"]].append(r)
    for kind, group in sorted(by_kind.items()):
        passing = [r for r in group if not r["critical_fails"] and score(r, NORMALISERS["words (MQM, shipped)"]) >= threshold]
        logits = [r["logit"] for r in passing if r["logit"] is not None]
        out[kind] = {
            "mt": len(group), "passing": len(passing),
            "median_words": statistics.median(r["words"] for r in passing) if passing else None,
            "median_penalty_without_signal": statistics.median(r["penalty"] - r["signal_penalty"] for r in passing) if passing else None,
            "mean_penalty_without_signal": round(statistics.fmean(r["penalty"] - r["signal_penalty"] for r in passing), 2) if passing else None,
            "with_signal_penalty": sum(r["signal_penalty"] > 0 for r in passing),
            "median_logit": round(statistics.median(logits), 2) if logits else None,
            "logit_over_1": sum(v > 1.0 for v in logits),
            "no_prose_reading": len(passing) - len(logits),
            "no_finding": sum(r["findings"] == 0 for r in passing),
            "no_scored_finding": sum(r["scored"] == 0 for r in passing),
            "pass_by_under_1": sum(score(r, NORMALISERS["words (MQM, shipped)"]) < threshold + 1 for r in passing),
        }
    totals = {k: sum(v[k] for v in out.values()) for k in
              ("mt", "passing", "with_signal_penalty", "logit_over_1", "no_prose_reading", "no_finding",
               "no_scored_finding", "pass_by_under_1")}
    passing_all = [r for r in rows if r["mt"] and not r["critical_fails"]
                   and score(r, NORMALISERS["words (MQM, shipped)"]) >= threshold]
    totals["median_words"] = statistics.median(r["words"] for r in passing_all) if passing_all else None
    failing_all = [r for r in rows if r["mt"] and r not in passing_all]
    totals["median_words_of_failing_mt"] = statistics.median(r["words"] for r in failing_all) if failing_all else None
    totals["median_words_of_clean"] = statistics.median(r["words"] for r in rows if not r["mt"])
    passing_clean = [r for r in rows if not r["mt"] and not r["critical_fails"]
                     and score(r, NORMALISERS["words (MQM, shipped)"]) >= threshold]
    return {"per_kind": out, "all": totals,
            "families": {"passing_mt": families(passing_all), "passing_clean": families(passing_clean)}}


def auc(positives: list[float], negatives: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def arithmetic(rows: list[dict]) -> dict:
    """Question 3: each normaliser's threshold (calibrate_verdict's `choose`), figures and AUC."""
    cv = _load("mtqa_calibrate_verdict", "calibrate_verdict.py")
    out = {}
    for name, normaliser in NORMALISERS.items():
        docs = [{"mt": r["mt"], "passed": not r["critical_fails"], "score": score(r, normaliser)} for r in rows]
        threshold = cv.choose(docs)
        mt_fail, clean_pass = cv.rates(docs, threshold)
        # a critical finding fails a text whatever its score: ranked below every score
        ranked = [d["score"] if d["passed"] else -1.0 for d in docs]
        out[name] = {
            "threshold": threshold, "mt_failing": round(100 * mt_fail, 1), "clean_passing": round(100 * clean_pass, 1),
            "auc": round(auc([-s for s, d in zip(ranked, docs) if d["mt"]], [-s for s, d in zip(ranked, docs) if not d["mt"]]), 4),
        }
    base = out["words (MQM, shipped)"]
    for name, fig in out.items():
        fig["kept"] = bool(name != "words (MQM, shipped)" and fig["auc"] - base["auc"] >= MIN_AUC_GAIN
                           and fig["mt_failing"] > base["mt_failing"] and fig["clean_passing"] >= 95.0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=Path, help="write the per-excerpt rows here")
    ap.add_argument("--from", dest="source", type=Path, help="read the rows from here instead of checking")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if args.source:
        rows = json.loads(args.source.read_text(encoding="utf-8"))
    else:
        rows = check_rows()
        if args.rows:
            args.rows.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    from mtqa import scoring

    figures = {"question_1": passing_mt(rows, scoring.DEFAULT_THRESHOLD), "question_3": arithmetic(rows)}
    report_json(figures, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
