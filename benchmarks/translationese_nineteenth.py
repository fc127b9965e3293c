"""The nineteenth round of the document signal (issue #11 §4): where the passing MT sits, by
kind and site, and two candidate rates aimed at it.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_nineteenth.py --from ROWS.json [--json FIG.json]

Tuning data only (the rows of `tune/` + `signal/` that `translationese_families.py` keeps, and
the prose of those excerpts; the held-back half is never read). Candidates, each added alone to
the shipped sixteen rates (benchmarks/README.md, "Nineteenth round", where the decision rule was
written before this script first printed a figure):

- (e) `unscored_rate`: findings under the scoring cut (they cost nothing) of every family but
  page furniture and house style, per 100 of the document's words;
- (f) `reporting_verbs`: reporting verbs other than *said/says* per 1,000 words of prose.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, read_family_rows, report_json, require_dependencies  # noqa: E402

require_dependencies()

from mtqa.scoring import DEFAULT_THRESHOLD  # noqa: E402  (after the dependency check, as the other scripts)

BASELINE_RATE = "separating_rate"
FURNITURE = frozenset({"boilerplate", "house"})  # page furniture and house style cost clean copy as much as MT
REPORTING_VERBS = (
    "stated", "states", "noted", "notes", "indicated", "indicates", "declared", "declares", "affirmed", "affirms",
    "asserted", "asserts", "expressed", "expresses", "mentioned", "mentions", "explained", "explains", "stressed",
    "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "specified",
    "specifies", "revealed", "reveals", "assured", "assures", "maintained", "maintains", "pointed out", "points out",
)  # the closed list written down before measuring
_REPORTING = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in REPORTING_VERBS) + r")\b")
CANDIDATES = {"e": "unscored_rate", "f": "reporting_verbs"}
FINDING_CANDIDATES = frozenset({"unscored_rate"})  # scaled by the leakage guard, held to a weight >= 0
JUDGE_BATCH = "unseen-22"  # the second judge: aggregate figures only
REPORTED_BATCH = "unseen-23"  # the spun and non-French batch, reported beside it, not judged
PASS_THRESHOLD = DEFAULT_THRESHOLD  # the shipped pass threshold (mtqa's default `fail_under`), whatever it is now
MIN_GAIN = 0.02
MAJOR = 5.0  # the signal's findings are major (MQM's weight)


def _families():
    return load_script("mtqa_translationese_families", ROOT / "benchmarks" / "translationese_families.py")


def _bench():
    return load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")


def reporting_verbs(prose_text: str, prose_words: int) -> float:
    """Reporting verbs other than *said/says* per 1,000 words of prose."""
    return 1000.0 * len(_REPORTING.findall(prose_text.lower())) / max(prose_words, 1)


def unscored_rate(row: dict) -> float:
    """Findings under the scoring cut, page furniture and house style left out, per 100 words."""
    count = sum(n for family, n in row.get("unscored_counts", {}).items() if family not in FURNITURE)
    return 100.0 * count / max(row["words"], 1)


def separating_rate(row: dict) -> float:
    """The shipped finding rate: the five separating families' scored findings per 100 words."""
    return 100.0 * sum(row["counts"].get(k, 0) for k in _families().SEPARATING) / max(row["words"], 1)


def prose_texts() -> dict[str, tuple[str, int]]:
    """Each tuning excerpt's prose (the lines the signal reads) and its word count, by file."""
    from mtqa import translationese

    out = {}
    for ex in _bench()._corpus().load_excerpts(halves=("tune", _bench().SIGNAL)):
        lines = translationese.prose([ex.body])
        out[ex.rel] = ("\n".join(lines), translationese.word_count(lines))
    return out


def with_rates(rows: list[dict], prose: dict[str, tuple[str, int]], mt_share: float = 1.0) -> list[dict]:
    """The rows with the shipped finding rate and both candidates among their features; an MT
    row's finding rates scaled by `mt_share` (the leakage guard)."""
    out = []
    for r in rows:
        share = mt_share if r["mt"] else 1.0
        text, words = prose.get(r["file"], ("", r["prose_words"]))
        extra = {BASELINE_RATE: share * separating_rate(r), "unscored_rate": share * unscored_rate(r),
                 "reporting_verbs": reporting_verbs(text, words)}
        out.append({**r, "f": {**r["f"], **extra}})
    return out


def score_of(row: dict, found: int | None = None) -> float:
    """The row's MQM score; with `found`, the signal's findings replaced by that many majors."""
    penalty = row["penalty"] if found is None else row["penalty"] - row["signal_penalty"] + MAJOR * found
    return max(0.0, 100.0 * (1.0 - penalty / row["words"])) if row["words"] else 100.0


def passing_mt(rows: list[dict]) -> dict:
    """Question 1: the tuning half's MT that passes, by kind and by site, with its signal inputs
    beside the passing clean copy's (medians)."""
    from mtqa import translationese

    tune = [r for r in rows if r["file"].startswith("tune/")]
    passes = [r for r in tune if not r["critical_fails"] and score_of(r) >= PASS_THRESHOLD]

    def logit(r: dict) -> float:
        return translationese.INTERCEPT + sum(
            w * (r["f"][k] - translationese.NORMS[k][0]) / translationese.NORMS[k][1]
            for k, w in translationese.WEIGHTS.items())

    def summary(group: list[dict]) -> dict:
        def med(values: list[float]) -> float:
            return round(statistics.median(values), 3) if values else float("nan")
        return {"n": len(group), "median_logit": med([logit(r) for r in group]),
                "median_separating_rate": med([r["f"][BASELINE_RATE] for r in group]),
                "median_unscored_rate": med([r["f"]["unscored_rate"] for r in group]),
                "median_reporting_verbs": med([r["f"]["reporting_verbs"] for r in group]),
                "median_penalty": med([r["penalty"] for r in group]),
                "no_scored_finding": sum(1 for r in group if not r["counts"] and not r["signal_penalty"]),
                "logit_over_1": sum(1 for r in group if logit(r) > 1.0),
                # each shipped rate's median z (the shipped norms) times its weight: how far it pushes the logit
                "median_push": {k: med([w * (r["f"][k] - translationese.NORMS[k][0]) / translationese.NORMS[k][1]
                                        for r in group]) for k, w in translationese.WEIGHTS.items()}}

    by_kind: dict[str, list[dict]] = defaultdict(list)
    by_site: dict[str, list[dict]] = defaultdict(list)
    for r in tune:
        if r["mt"]:
            by_kind[r["kind"]].append(r)
    for r in passes:
        if r["mt"]:
            by_site[r["site"]].append(r)
    return {
        "threshold": PASS_THRESHOLD,
        "by_kind": {k: {"mt": len(v), "passing": summary([r for r in v if r in passes])} for k, v in sorted(by_kind.items())},
        "passing_mt": summary([r for r in passes if r["mt"]]),
        "passing_clean": summary([r for r in passes if not r["mt"]]),
        "failing_mt": summary([r for r in tune if r["mt"] and r not in passes]),
        "sites_with_two_or_more_passing": {s: len(v) for s, v in sorted(by_site.items()) if len(v) >= 2},
        "passing_sites": len(by_site),
    }


def verdict(rows: list[dict], logits: list[float]) -> dict:
    """The tuning half's verdict (tune/ rows, as `calibrate_verdict.py --tune-only`) with the
    signal's findings given by `logits` under the shipped entry, the threshold chosen as
    `calibrate_verdict.choose` does."""
    from mtqa import translationese

    cv = load_script("mtqa_calibrate_verdict", ROOT / "benchmarks" / "calibrate_verdict.py")
    docs = []
    for r, lg in zip(rows, logits):
        if r["file"].startswith("tune/"):
            found = translationese.findings_at(lg, translationese.THRESHOLD, int(r["prose_words"]),
                                               translationese.ENTRY_MODE)
            docs.append({"mt": r["mt"], "passed": not r["critical_fails"], "score": score_of(r, found), "found": found})
    chosen = cv.choose(docs)
    mt_fail, clean_pass = cv.rates(docs, chosen)
    at_shipped = cv.rates(docs, PASS_THRESHOLD)
    return {"threshold": chosen, "mt_failing": round(100 * mt_fail, 1), "clean_passing": round(100 * clean_pass, 1),
            "at_shipped_threshold": [round(100 * at_shipped[0], 1), round(100 * at_shipped[1], 1)]}


def figures(rows: list[dict], prose: dict[str, tuple[str, int]]) -> dict:
    import numpy as np

    from mtqa import translationese

    tr = _bench()
    docs = with_rates(rows, prose)
    thinned = with_rates(rows, prose, _families().HELD_BACK_RECALL_SHARE)
    shipped = list(translationese.FEATURES)  # the fifteen prose rates and `separating_rate`
    batch = lambda name: (lambda d: not d["mt"] or d["batch"] == name)  # noqa: E731

    def auc_of(scores: list[float], rows_: list[dict], keep=lambda d: True) -> float:
        return round(tr.auc([s for s, d in zip(scores, rows_) if d["mt"] and keep(d)],
                            [s for s, d in zip(scores, rows_) if not d["mt"] and keep(d)]), 4)

    def loso(rows_: list[dict], names: list[str]) -> list[float]:
        x = np.array([[d["f"][k] for k in names] for d in rows_], dtype=float)
        return tr.site_fold_logits(rows_, lambda _train: x, _families().L2)

    def run(names: list[str]) -> dict:
        scores = loso(docs, names)
        norm, w = tr.fit_final(docs, names, [], _families().L2)
        by_kind = defaultdict(list)
        for d in docs:
            by_kind[d["kind"]].append(d)
        return {"auc": auc_of(scores, docs),
                "auc_mt_thinned": auc_of(loso(thinned, names), thinned),
                "judge": auc_of(scores, docs, batch(JUDGE_BATCH)),
                "reported": auc_of(scores, docs, batch(REPORTED_BATCH)),
                "by_kind": {k: auc_of(scores, docs, lambda d, k=k: not d["mt"] or d["kind"] == k)
                            for k in sorted(by_kind) if k != "clean"},
                "weights": {k: round(v, 4) for k, v in zip(names, w[1:])},
                "verdict_refit": verdict(rows, [tr.logit(d["f"], norm, w) for d in docs])}

    out: dict = {"documents": {"mt": sum(d["mt"] for d in docs), "clean": sum(not d["mt"] for d in docs),
                               "judge_mt": sum(d["mt"] and d["batch"] == JUDGE_BATCH for d in docs),
                               "reported_mt": sum(d["mt"] and d["batch"] == REPORTED_BATCH for d in docs)},
                 "question_1": passing_mt(docs), "shipped": run(shipped), "candidates": {}}
    base = out["shipped"]
    for key, name in CANDIDATES.items():
        fig = run(shipped + [name])
        fig["means"] = {"mt": round(float(np.mean([d["f"][name] for d in docs if d["mt"]])), 4),
                        "clean": round(float(np.mean([d["f"][name] for d in docs if not d["mt"]])), 4)}
        fig["own_auc"] = auc_of([d["f"][name] for d in docs], docs)
        fig["gain"] = round(fig["auc"] - base["auc"], 4)
        fig["gain_mt_thinned"] = round(fig["auc_mt_thinned"] - base["auc_mt_thinned"], 4)
        finding = name in FINDING_CANDIDATES
        parts = {"1_gain": fig["gain"] >= MIN_GAIN,
                 "2_weight": fig["weights"][name] >= 0 if finding else True,
                 "3_leakage": fig["gain_mt_thinned"] >= MIN_GAIN if finding else True,
                 "4_judge_not_lower": fig["judge"] >= base["judge"],
                 "5_verdict_simulated": fig["verdict_refit"]["mt_failing"] > base["verdict_refit"]["mt_failing"]
                 and fig["verdict_refit"]["clean_passing"] >= 95.0}
        fig["parts"] = parts
        fig["passes"] = all(parts.values())
        out["candidates"][key] = {"name": name, **fig}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True,
                    help="the rows `translationese_families.py --rows` kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    try:
        rows = read_family_rows(args.source, frozenset({"f", "counts"}))
    except (OSError, ValueError) as exc:
        print(f"translationese_nineteenth.py: cannot read {args.source}: {exc}", file=sys.stderr)
        return 2
    report_json(figures(rows, prose_texts()), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
