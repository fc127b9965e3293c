"""The eighteenth round of the document signal (issue #11 §4): the findings' rate over prose words.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_prose_rate.py --from ROWS.json [--json FIG.json]

Tuning data only (the rows of `tune/` + `signal/` that `translationese_families.py` keeps; the
held-back half is never read). The shipped signal reads `separating_rate`, the five separating
families' scored findings per 100 of the document's words; page furniture and captions add
words but no prose, so they dilute it. Candidate (d), `separating_prose_rate`: the same count
per 100 words of prose (the lines the signal reads), in place of `separating_rate`.

The decision rule is in benchmarks/README.md, "Eighteenth round", written before this script
first printed a figure: LOSO AUC by site gains 0.02 over the shipped sixteen rates, the
candidate's weight is not negative, the gain holds with MT's finding rates scaled to the
held-back recall, `unseen-22`'s MT against every clean excerpt is not ranked lower, and the
refitted model's verdict on the tuning half (simulated here; measured for real only if the
simulation passes) fails more MT with clean passing >= 95 %.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, read_family_rows, report_json, require_dependencies  # noqa: E402

require_dependencies()

BASELINE_RATE = "separating_rate"
CANDIDATE_RATE = "separating_prose_rate"
JUDGE_BATCH = "unseen-22"  # the second judge: newest batch, aggregate figures only
REPORTED_BATCH = "unseen-21"  # reported beside it, not judged


def _families():
    return load_script("mtqa_translationese_families", ROOT / "benchmarks" / "translationese_families.py")


def finding_rates(row: dict, mt_share: float = 1.0) -> dict[str, float]:
    """Both finding rates of one row: the separating families' findings per 100 words of the
    document and per 100 words of prose; an MT row's scaled by `mt_share` (the leakage guard)."""
    count = sum(row["counts"].get(k, 0) for k in _families().SEPARATING)
    share = mt_share if row["mt"] else 1.0
    return {BASELINE_RATE: share * 100.0 * count / max(row["words"], 1),
            CANDIDATE_RATE: share * 100.0 * count / max(row["prose_words"], 1)}


def with_rates(rows: list[dict], mt_share: float = 1.0) -> list[dict]:
    """The rows with both finding rates among their features."""
    return [{**r, "f": {**r["f"], **finding_rates(r, mt_share)}} for r in rows]


def figures(rows: list[dict]) -> dict:
    """The rule's parts for the shipped sixteen rates and for fifteen + the candidate."""
    import numpy as np

    from mtqa import translationese

    fam = _families()
    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    docs, thinned = with_rates(rows), with_rates(rows, fam.HELD_BACK_RECALL_SHARE)
    fifteen = [k for k in translationese.FEATURES if k not in translationese.FINDING_RATES]

    def loso(rows_: list[dict], names: list[str]) -> list[float]:
        x = np.array([[d["f"][k] for k in names] for d in rows_], dtype=float)
        return tr.site_fold_logits(rows_, lambda _train: x, fam.L2)

    def batch_vs_clean(batch: str):
        return lambda d: not d["mt"] or d["batch"] == batch

    def run(names: list[str]) -> dict:
        scores = loso(docs, names)
        norm, w = tr.fit_final(docs, names, [], fam.L2)
        in_sample = [tr.logit(d["f"], norm, w) for d in docs]
        return {"auc": round(fam.auc_of(tr, scores, docs), 4),
                "auc_mt_thinned": round(fam.auc_of(tr, loso(thinned, names), thinned), 4),
                f"auc_{JUDGE_BATCH}_mt_vs_all_clean": round(fam.auc_of(tr, scores, docs, batch_vs_clean(JUDGE_BATCH)), 4),
                f"auc_{REPORTED_BATCH}_mt_vs_all_clean": round(fam.auc_of(tr, scores, docs, batch_vs_clean(REPORTED_BATCH)), 4),
                "weights": {k: round(v, 4) for k, v in zip(names, w[1:])},
                "verdict_refit_simulated": fam.verdict(tr, rows, in_sample)}

    base, cand = run(fifteen + [BASELINE_RATE]), run(fifteen + [CANDIDATE_RATE])
    judge = f"auc_{JUDGE_BATCH}_mt_vs_all_clean"
    parts = {
        "1_gain": round(cand["auc"] - base["auc"], 4),
        "2_weight_not_negative": cand["weights"][CANDIDATE_RATE] >= 0,
        "3_gain_mt_thinned": round(cand["auc_mt_thinned"] - base["auc_mt_thinned"], 4),
        "4_judge_not_lower": cand[judge] >= base[judge],
        "5_simulated": (cand["verdict_refit_simulated"]["mt_failing"] > base["verdict_refit_simulated"]["mt_failing"]
                        and cand["verdict_refit_simulated"]["clean_passing"] >= 95.0),
    }
    passes = bool(parts["1_gain"] >= fam.MIN_GAIN and parts["2_weight_not_negative"]
                  and parts["3_gain_mt_thinned"] >= fam.MIN_GAIN and parts["4_judge_not_lower"] and parts["5_simulated"])
    means = {k: {"mt": round(float(np.mean([d["f"][k] for d in docs if d["mt"]])), 4),
                 "clean": round(float(np.mean([d["f"][k] for d in docs if not d["mt"]])), 4)}
             for k in (BASELINE_RATE, CANDIDATE_RATE)}
    return {"documents": {"mt": sum(d["mt"] for d in docs), "clean": sum(not d["mt"] for d in docs),
                          f"{JUDGE_BATCH}_mt": sum(d["mt"] and d["batch"] == JUDGE_BATCH for d in docs),
                          f"{JUDGE_BATCH}_clean": sum(not d["mt"] and d["batch"] == JUDGE_BATCH for d in docs)},
            "means": means, "shipped_sixteen": base, "candidate_d": cand, "parts": parts,
            "passes_before_real_check": passes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True,
                    help="the rows translationese_families.py --rows kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    try:
        rows = read_family_rows(args.source, frozenset({"counts", "words", "prose_words", "mt", "f"}))
    except (OSError, ValueError) as exc:
        print(f"translationese_prose_rate.py: cannot read {args.source}: {exc}", file=sys.stderr)
        return 2
    report_json(figures(rows), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
