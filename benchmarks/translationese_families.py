"""The seventeenth round of the document signal (issue #11 §4): the rules' findings as document rates.

    python benchmarks/translationese_families.py --rows OUT.json   # check tune/ + signal/, keep the rows
    python benchmarks/translationese_families.py --from OUT.json   # the figures from kept rows (no check)
    python benchmarks/translationese_families.py --json FIG.json   # also write the figures

Tuning data only (`tune/` + `signal/`, what `benchmarks/translationese.py` fits the signal on):
the held-back half is never read. Each excerpt is checked as `real_copy.py` checks it
(LanguageTool off, the store's cut applied); a row keeps the shipped fifteen rates, the words,
the penalty, what the signal's own rule cost, and per rule family how many scored findings
and what penalty the other rules made (the signal's own findings never count in its features).

The candidates and the decision rule are in benchmarks/README.md, "Seventeenth round",
written before this script first printed a figure:
- (a) `separating_rate`: scored findings of the five separating families per 100 words;
- (b) `rate_<family>`: the same, one rate per family;
- (c) `penalty_no_furniture`: MQM penalty per 100 words of every family but page furniture.
Each is added to the shipped fifteen; LOSO AUC by site (`translationese.site_fold_logits`,
L2 10) must gain 0.02, no family rate may get a negative weight, and the refitted model's
verdict on the tuning half (simulated here from the same rows; wired only if it passes) must
fail more MT with clean passing ≥ 95 %. Leakage: part 1 again with MT's candidate rates scaled
to the held-back recall (`HELD_BACK_RECALL_SHARE`), and the unseen batches' MT (`UNSEEN_BATCHES`,
`--unseen-from` another checkout's corpus folder for a batch not merged yet) not ranked lower.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, report_json, require_dependencies  # noqa: E402

require_dependencies()

SIGNAL_RULE = "calques/reads-as-translation"
SEPARATING = ("spelling", "calques", "quotes", "repetition", "attribution")  # the sixteenth round's question 1
FURNITURE = frozenset({"boilerplate", "house"})  # page furniture and house style: cost clean copy as much as MT
MIN_GAIN = 0.02
L2 = 10.0
MAJOR = 5.0  # the signal's findings are major (MQM's weight)
UNSEEN_BATCHES = ("unseen-21", "unseen-22")
HELD_BACK_RECALL_SHARE = 34 / 42  # the rules' recall held back over the tuning half's (leakage guard)
PER_WORDS = 100.0


def _load(name: str, file: str):
    return load_script(name, ROOT / "benchmarks" / file)


def family_tallies(findings, weights) -> tuple[dict[str, int], dict[str, float]]:
    """Per rule family (the rule id before the slash): scored findings and their penalty,
    the signal's own rule left out."""
    from mtqa import scoring

    counts: dict[str, int] = defaultdict(int)
    costs: dict[str, float] = defaultdict(float)
    for f in findings:
        if f.rule_id == SIGNAL_RULE or not f.scored:
            continue
        family = f.rule_id.split("/")[0]
        counts[family] += 1
        costs[family] += scoring.finding_penalty(f, weights)
    return dict(counts), dict(costs)


def unscored_tallies(findings) -> dict[str, int]:
    """Findings under the scoring cut (they cost nothing) by rule family, the signal's own
    excepted: the nineteenth round's `unscored_rate` reads them (translationese_nineteenth.py)."""
    counts: dict[str, int] = defaultdict(int)
    for f in findings:
        if f.rule_id != SIGNAL_RULE and not f.scored:
            counts[f.rule_id.split("/")[0]] += 1
    return dict(counts)


def check_rows(unseen_from: Path | None = None) -> list[dict]:
    """One row per excerpt of tune/ and signal/ with 100 words of prose; with `unseen_from` (another
    checkout's corpus folder), also its tuning-half excerpts of UNSEEN_BATCHES this corpus lacks."""
    from mtqa import Checker, lexicon, scoring, tagging, translationese

    rc = _load("mtqa_real_copy", "real_copy.py")
    tr = _load("mtqa_translationese_bench", "translationese.py")
    lx, tagger = lexicon.english(), tagging.tagger()
    if lx is None or tagger is None:
        raise SystemExit("translationese_families.py: needs the words and grammar extras (pip install 'mtqa[full]')")
    checker = Checker(languagetool="off", fail_under=0.0)
    excerpts = list(tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)))
    if unseen_from is not None:
        have = {ex.rel for ex in excerpts}
        excerpts += [ex for ex in tr._corpus().load_excerpts(root=unseen_from, halves=("tune",))
                     if ex.header.get("batch") in UNSEEN_BATCHES and ex.rel not in have]
    rows = []
    for ex in excerpts:
        lines = translationese.prose([ex.body])
        rates = translationese.rates(lines, lx.zipf, tag=lambda line: [t.tag for t in tagger.tag(line)])
        if rates is None:
            continue
        report = rc.checked_as_measured(checker, ex)
        counts, costs = family_tallies(report.findings, checker.policy.weights)
        unscored = unscored_tallies(report.findings)
        signal = [f for f in report.findings if f.rule_id == SIGNAL_RULE]
        # where the separating families' scored findings start: the twenty-second round's (n) reads how spread they are
        starts = sorted(f.span.start for f in report.findings
                        if f.scored and f.rule_id != SIGNAL_RULE and f.rule_id.split("/")[0] in SEPARATING)
        rows.append({
            "file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "batch": ex.header.get("batch", ""),
            "words": report.words, "prose_words": translationese.word_count(lines), "penalty": report.penalty,
            "signal_penalty": scoring.penalty(signal, checker.policy.weights), "critical_fails": not report.passed,
            "counts": counts, "costs": costs, "unscored_counts": unscored, "f": rates,
            "separating_starts": starts,
        })
    return rows


def candidate_rates(row: dict) -> dict[str, float]:
    """The round's candidate rates of one row (see the module docstring)."""
    per = PER_WORDS / max(row["words"], 1)
    counts, costs = row["counts"], row["costs"]
    out = {"separating_rate": per * sum(counts.get(k, 0) for k in SEPARATING)}
    out.update({f"rate_{k}": per * counts.get(k, 0) for k in SEPARATING})
    out["penalty_no_furniture"] = per * sum(v for k, v in costs.items() if k not in FURNITURE)
    return out


CANDIDATES = {
    "a": ["separating_rate"],
    "b": [f"rate_{k}" for k in SEPARATING],
    "c": ["penalty_no_furniture"],
}


def with_candidates(rows: list[dict], mt_share: float = 1.0) -> list[dict]:
    """The rows with their candidate rates; `mt_share` scales MT rows' (the leakage guard: the
    rules find on copy nobody read about 34/42 of what they find on the tuning half)."""
    out = []
    for r in rows:
        extra = candidate_rates(r)
        if r["mt"]:
            extra = {k: v * mt_share for k, v in extra.items()}
        out.append({**r, "f": {**r["f"], **extra}})
    return out


def auc_of(tr, scores: list[float], docs: list[dict], keep=lambda d: True) -> float:
    """AUC of the `keep` MT rows against the `keep` clean rows."""
    return tr.auc([s for s, d in zip(scores, docs) if d["mt"] and keep(d)],
                  [s for s, d in zip(scores, docs) if not d["mt"] and keep(d)])


def verdict(tr, rows: list[dict], logits: list[float], threshold: float = 2.0) -> dict:
    """The tuning half's verdict (tune/ rows only, as `calibrate_verdict.py --tune-only`) with the
    signal's findings given by `logits` (graded entry at `threshold`, major each) instead of the
    findings the check made: the pass threshold chosen as `calibrate_verdict.choose` does."""
    from mtqa import translationese

    cv = _load("mtqa_calibrate_verdict", "calibrate_verdict.py")
    docs = []
    for r, lg in zip(rows, logits):
        if not r["file"].startswith("tune/"):
            continue
        found = translationese.findings_at(lg, threshold, int(r["prose_words"]), "graded")
        penalty = r["penalty"] - r["signal_penalty"] + MAJOR * found
        score = max(0.0, 100.0 * (1.0 - penalty / r["words"])) if r["words"] else 100.0
        docs.append({"mt": r["mt"], "passed": not r["critical_fails"], "score": score, "found": found})
    chosen = cv.choose(docs)
    mt_fail, clean_pass = cv.rates(docs, chosen)
    return {"threshold": chosen, "mt_failing": round(100 * mt_fail, 1), "clean_passing": round(100 * clean_pass, 1),
            "signal_on_clean": sum(d["found"] > 0 for d in docs if not d["mt"]),
            "signal_on_mt": sum(d["found"] > 0 for d in docs if d["mt"])}


def figures(rows: list[dict]) -> dict:
    import numpy as np

    from mtqa import translationese

    tr = _load("mtqa_translationese_bench", "translationese.py")
    docs = with_candidates(rows)
    shipped = [k for k in translationese.FEATURES if k not in translationese.FINDING_RATES]  # the fifteen prose rates
    in_signal = lambda d: d["file"].startswith("signal/")  # noqa: E731
    unseen = lambda d: d["batch"] in UNSEEN_BATCHES  # noqa: E731
    clean_or_unseen = lambda d: not d["mt"] or unseen(d)  # noqa: E731

    thinned = with_candidates(rows, HELD_BACK_RECALL_SHARE)

    def loso(rows_: list[dict], names: list[str]) -> list[float]:
        x = np.array([[d["f"][k] for k in names] for d in rows_], dtype=float)
        return tr.site_fold_logits(rows_, lambda _train: x, L2)

    def run(names: list[str]) -> dict:
        scores = loso(docs, names)
        norm, w = tr.fit_final(docs, names, [], L2)
        in_sample = [tr.logit(d["f"], norm, w) for d in docs]
        return {"auc": round(auc_of(tr, scores, docs), 4),
                "auc_unseen_mt_vs_all_clean": round(auc_of(tr, scores, docs, clean_or_unseen), 4),
                "auc_mt_thinned": round(auc_of(tr, loso(thinned, names), thinned), 4),
                "weights": {k: round(v, 4) for k, v in zip(names, w[1:])},
                "verdict_refit": verdict(tr, rows, in_sample)}

    out: dict = {"documents": {"mt": sum(d["mt"] for d in docs), "clean": sum(not d["mt"] for d in docs),
                               "signal_clean": sum(not d["mt"] and in_signal(d) for d in docs),
                               "unseen_mt": sum(d["mt"] and unseen(d) for d in docs),
                               "unseen_clean": sum(not d["mt"] and unseen(d) for d in docs)},
                 "verdict_as_checked": verdict(tr, rows, [99.0 if r["signal_penalty"] else -99.0 for r in rows]),
                 "shipped": run(shipped), "candidates": {}}
    base = out["shipped"]
    for key, names in CANDIDATES.items():
        fig = run(shipped + names)
        fig["means"] = {k: {"mt": round(float(np.mean([d["f"][k] for d in docs if d["mt"]])), 4),
                            "clean": round(float(np.mean([d["f"][k] for d in docs if not d["mt"]])), 4)} for k in names}
        fig["gain"] = round(fig["auc"] - base["auc"], 4)
        fig["no_negative_weight"] = all(fig["weights"][k] >= 0 for k in names)
        fig["gain_mt_thinned"] = round(fig["auc_mt_thinned"] - base["auc_mt_thinned"], 4)
        fig["unseen_not_lower"] = fig["auc_unseen_mt_vs_all_clean"] >= base["auc_unseen_mt_vs_all_clean"]
        fig["passes"] = bool(fig["gain"] >= MIN_GAIN and fig["no_negative_weight"]
                             and fig["gain_mt_thinned"] >= MIN_GAIN and fig["unseen_not_lower"]
                             and fig["verdict_refit"]["mt_failing"] > base["verdict_refit"]["mt_failing"]
                             and fig["verdict_refit"]["clean_passing"] >= 95.0)
        out["candidates"][key] = fig
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=Path, help="write the per-excerpt rows here")
    ap.add_argument("--from", dest="source", type=Path, help="read the rows from here instead of checking")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--unseen-from", type=Path, help="another checkout's corpus folder: also its unseen batches' tuning excerpts")
    ap.add_argument("--rows-only", action="store_true", help="check and keep the rows, print no figure")
    args = ap.parse_args(argv)
    if args.source:
        try:
            rows = json.loads(args.source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"translationese_families.py: cannot read {args.source}: {exc}", file=sys.stderr)
            return 2
    else:
        rows = check_rows(args.unseen_from)
        if args.rows:
            args.rows.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if args.rows_only:
        return 0
    report_json(figures(rows), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
