"""The verdict on a batch it was not fitted on (issue #11 §4): leave one unseen batch out.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/verdict_by_batch.py --from ROWS.json [--json FIG.json] [--shipped-profile | --without-profile]

The held-back half says about three MT excerpts in four fail, but the unseen batches' MT, once
measured before any mend, mostly passes. Every batch joins the tuning half after its
before-figure, so the shipped signal and pass threshold have been fitted on it. Here, for each
unseen batch (`FIRST_BATCH` on, tuning half), the signal (the shipped rates, L2 10) is
refitted on every other row of `tune/` + `signal/`, the pass threshold chosen on the other
`tune/` excerpts as `calibrate_verdict.choose` does, and the left-out batch's MT failing and
clean passing read at that threshold; beside it the same with the batch in (in-sample), the
batch's before-figure as committed (`results/real_copy_batch_<batch>_main_*.json`, main's rules
and signal of the day), and its MT's AUC against every clean excerpt under
`translationese.site_fold_logits` (leave-one-site-out).

Question 2 of the round: the batches' MT that passes when left out, and why: no signal at all
(under `MIN_PROSE_WORDS` of prose), the signal under its entry threshold, or the signal firing
and the score still over the pass threshold; its inputs beside the same batches' clean copy.
Aggregates only: no excerpt's text or name is printed.

The signal's `tag_profile` rate reads ratios learned from the corpus (`mtqa/tag_profile.py`), and the
rows carry it read with the shipped ratios, learned with every batch in. So that no left-out row is
scored by ratios that saw it, the ratios are relearned as `benchmarks/tag_profile_fit.py` learns
them for each fit (`PairCounts`): without the left-out batch (or, for the AUC, the left-out site),
each training row's value cross-fitted by site as the refit reads it, every other row read with the
ratios of all the training rows.

The rules cannot be left out the same way: each batch's misses were mended after its
before-figure, so what the rules find on it now is in-sample too. The before-figure holds that
part; the leave-one-batch-out figure holds the signal's and the threshold's.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, read_family_rows, report_json, require_dependencies  # noqa: E402

require_dependencies()

FIRST_BATCH = 14  # unseen-14 on: the batches measured before any mend with a signal in the verdict
L2 = 10.0
MAJOR = 5.0  # the signal's findings are major (MQM's weight)
# aggregates only, never their texts: real_copy.py's list, so that a new judge is one line in one place
JUDGE_BATCHES = frozenset(load_script("mtqa_real_copy", ROOT / "benchmarks" / "real_copy.py").JUDGE_BATCHES)
MT_FINDING_SHARE = 0.5  # candidate (g): the batches' before-figure recall over the tuning half's (21.8 % / 41.3 %)
FINDING_RATE = "separating_rate"
PROFILE = "tag_profile"  # the rate whose ratios are learned from the corpus (mtqa/tag_profile.py)
RESULTS = ROOT / "benchmarks" / "results"
_BATCH_NUMBER = re.compile(r"^unseen-(\d+)$")


def _bench():
    return load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")


def _families():
    return load_script("mtqa_translationese_families", ROOT / "benchmarks" / "translationese_families.py")


def _calibrate():
    return load_script("mtqa_calibrate_verdict", ROOT / "benchmarks" / "calibrate_verdict.py")


def _profile_fit():
    return load_script("mtqa_tag_profile_fit", ROOT / "benchmarks" / "tag_profile_fit.py")


class PairCounts:
    """The coarse class pairs of the rows with rates (`tag_profile_fit.corpus_entries`), one count
    vector per row, so that the profile's ratios can be relearned without a batch or a site many
    times over, with `tag_profile_fit`'s own formula and cross-fitting (`fold_values`)."""

    def __init__(self, entries: list, rows: list[dict]) -> None:
        import numpy as np

        self._fit = _profile_fit()
        by_file = {e.file: e for e in entries}
        with_rates = [r for r in rows if r["f"] is not None]
        missing = [r["file"] for r in with_rates if r["file"] not in by_file]
        if missing:
            raise ValueError(f"{len(missing)} rows with rates are not in the corpus (e.g. {missing[0]}): "
                             "make the rows again on this tree")
        self.files = [r["file"] for r in with_rates]
        self.index = {f: i for i, f in enumerate(self.files)}
        self.counts = self._fit.pair_matrix(by_file[f].pairs for f in self.files)
        self.mt = np.array([bool(r["mt"]) for r in with_rates], dtype=bool)
        self.sites = np.array([r["site"] for r in with_rates])

    def values(self, train) -> tuple[dict[str, float], dict[str, float]]:
        """For the boolean array `train`: (each training row's value read with ratios learned from
        the training rows of other sites, as the refit reads it; every row's value read with the
        ratios of all the training rows, as mtqa would read it with those ratios shipped)."""
        fit = self._fit
        crossed = fit.fold_values(self.counts, self.mt, self.sites, train)
        fitted = {self.files[i]: float(crossed[i]) for i in train.nonzero()[0]}
        table = fit.log_ratios(self.counts[train & self.mt].sum(axis=0), self.counts[train & ~self.mt].sum(axis=0))
        return fitted, {f: float(v) for f, v in zip(self.files, fit.read(self.counts, table))}

    def without(self, batch: str | None, rows: list[dict]) -> tuple[dict[str, float], dict[str, float]]:
        """`values` with every row outside `batch` in training (None: every row)."""
        import numpy as np

        batch_of = {r["file"]: r["batch"] for r in rows}
        return self.values(np.array([batch is None or batch_of[f] != batch for f in self.files]))


def with_profile(rows: list[dict], values: dict[str, float]) -> list[dict]:
    """The rows with rates with their `tag_profile` replaced by `values`' (rows without rates as they are)."""
    return [r if r["f"] is None else {**r, "f": {**r["f"], PROFILE: values[r["file"]]}} for r in rows]


def _mtqa_features() -> tuple[str, ...]:
    from mtqa import translationese

    return tuple(translationese.FEATURES)


def unseen_batches(rows: list[dict]) -> list[str]:
    """The unseen batches of the tuning half from `FIRST_BATCH` on, in their order."""
    numbers = {int(m.group(1)) for r in rows if (m := _BATCH_NUMBER.match(r.get("batch", "")))}
    return [f"unseen-{n}" for n in sorted(numbers) if n >= FIRST_BATCH]


def with_separating_rate(rows: list[dict]) -> list[dict]:
    """Rows with prose rates get the shipped finding rate among their features (rows without
    prose rates, `f` None, get no signal and are kept as they are)."""
    separating = _families().SEPARATING
    out = []
    for r in rows:
        if r.get("f") is None:
            out.append(r)
            continue
        rate = 100.0 * sum(r["counts"].get(k, 0) for k in separating) / max(r["words"], 1)
        out.append({**r, "f": {**r["f"], "separating_rate": rate}})
    return out


def short_rows(have: set[str]) -> list[dict]:
    """The `tune/` excerpts the families' rows leave out (under 100 words of prose: no signal),
    checked as `real_copy.py` checks them, so that the pass threshold is chosen on every excerpt."""
    from mtqa import Checker, translationese

    rc = load_script("mtqa_real_copy", ROOT / "benchmarks" / "real_copy.py")
    checker = Checker(languagetool="off", fail_under=0.0)
    out = []
    for ex in rc.load_excerpts():
        if ex.half != "tune" or ex.rel in have:
            continue
        report = rc.checked_as_measured(checker, ex)
        counts, _costs = _families().family_tallies(report.findings, checker.policy.weights)
        out.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt,
                    "batch": ex.header.get("batch", ""), "words": report.words,
                    "prose_words": translationese.word_count(translationese.prose([ex.body])),
                    "penalty": report.penalty, "signal_penalty": 0.0, "critical_fails": not report.passed,
                    "counts": counts, "f": None})
    return out


def score_of(row: dict, found: int) -> float:
    """The row's MQM score with the signal's findings replaced by `found` majors."""
    penalty = row["penalty"] - row["signal_penalty"] + MAJOR * found
    return max(0.0, 100.0 * (1.0 - penalty / row["words"])) if row["words"] else 100.0


def deflated(row: dict, share: float) -> dict:
    """An MT row with its finding rate times `share` (what the rules would find on MT they were
    not mended on); clean rows and rows without rates as they are."""
    if not row["mt"] or row["f"] is None or share == 1.0:
        return row
    return {**row, "f": {**row["f"], FINDING_RATE: share * row["f"][FINDING_RATE]}}


def refit(train: list[dict], share: float = 1.0):
    """The signal fitted as `translationese.py --constants` fits it, on `train`'s rows with rates;
    with `share` < 1 (candidate g), on MT rows whose finding rate is deflated by it."""
    from mtqa import translationese

    tr = _bench()
    names = list(translationese.FEATURES)
    return tr.fit_final([deflated(r, share) for r in train if r["f"] is not None], names, [], L2)


def scored(rows: list[dict], model) -> list[dict]:
    """Each row with the refitted signal's logit, findings (shipped entry) and score."""
    from mtqa import translationese

    tr = _bench()
    norm, w = model
    out = []
    for r in rows:
        if r["f"] is None:
            lg, found = None, 0
        else:
            lg = tr.logit(r["f"], norm, w)
            found = translationese.findings_at(lg, translationese.THRESHOLD, int(r["prose_words"]),
                                               translationese.ENTRY_MODE)
        out.append({**r, "logit": lg, "found": found, "score": score_of(r, found), "passed": not r["critical_fails"]})
    return out


def rates_at(docs: list[dict], threshold: float) -> dict:
    mt = [d for d in docs if d["mt"]]
    clean = [d for d in docs if not d["mt"]]
    fails = lambda d: not (d["passed"] and d["score"] >= threshold)  # noqa: E731
    return {"mt": len(mt), "mt_failing": sum(map(fails, mt)), "clean": len(clean),
            "clean_passing": sum(not fails(d) for d in clean)}


def before_figure(batch: str) -> dict | None:
    """The batch's before-figure as committed (main's rules and signal of the day), if any."""
    for path in sorted(RESULTS.glob(f"real_copy_batch_{batch}_main_*.json")):
        tune = json.loads(path.read_text(encoding="utf-8")).get("tune", {})
        return {"file": path.name, "mt": tune["excerpts"]["mt"], "clean": tune["excerpts"]["clean"],
                "mt_failing": round(100 * tune["mt_fail_rate"], 1), "clean_passing": round(100 * tune["clean_pass_rate"], 1)}
    return None


def _pct(n: int, d: int) -> float | None:
    return round(100.0 * n / d, 1) if d else None


def leave_out(rows: list[dict], batch: str | None, share: float = 1.0,
              pairs: PairCounts | None = None) -> tuple[list[dict], float]:
    """Refit without `batch` (None: with every row), choose the pass threshold on the other
    `tune/` rows; the rows (their real rates) scored by that model and the threshold. With
    `pairs`, the profile's ratios are relearned without `batch` too (the rows' own `tag_profile`,
    read with the shipped ratios, is not used)."""
    train = [r for r in rows if r["batch"] != batch]
    read = rows
    if pairs is not None:
        fitted, everyone = pairs.without(batch, rows)
        train, read = with_profile(train, fitted), with_profile(rows, everyone)
    docs = scored(read, refit(train, share))
    tune = [d for d in docs if d["file"].startswith("tune/") and d["batch"] != batch]
    return docs, _calibrate().choose(tune)


def loso_auc_by_batch(rows: list[dict], batches: list[str], share: float = 1.0,
                      pairs: PairCounts | None = None) -> dict:
    """Leave-one-site-out logits (the shipped rates, L2 10): AUC of all MT and of each batch's
    MT against every clean excerpt with rates. With `share` < 1 the training folds' MT rows have
    their finding rate deflated; the left-out site is scored on its real rates. With `pairs`, the
    profile's ratios are relearned in each fold without the left-out site."""
    import numpy as np

    from mtqa import translationese

    tr = _bench()
    docs = [r for r in rows if r["f"] is not None]
    names = list(translationese.FEATURES)
    real = np.array([[d["f"][k] for k in names] for d in docs], dtype=float)

    def design(train_docs: list[dict]):
        in_train = {id(d) for d in train_docs}
        x = real if share == 1.0 else np.array(
            [[deflated(d, share)["f"][k] if id(d) in in_train else d["f"][k] for k in names] for d in docs],
            dtype=float)
        if pairs is None or PROFILE not in names:
            return x
        train_files = {d["file"] for d in train_docs}
        fitted, everyone = pairs.values(np.array([f in train_files for f in pairs.files]))
        x = x.copy()
        x[:, names.index(PROFILE)] = [fitted.get(d["file"], everyone[d["file"]]) for d in docs]
        return x

    scores = tr.site_fold_logits(docs, design, L2)
    clean = [s for s, d in zip(scores, docs) if not d["mt"]]

    def of(keep) -> float | None:
        mt = [s for s, d in zip(scores, docs) if d["mt"] and keep(d)]
        return round(tr.auc(mt, clean), 3) if mt else None

    return {"all": of(lambda d: True), **{b: of(lambda d, b=b: d["batch"] == b) for b in batches}}


def why_passing(row: dict) -> str:
    """Why a passing MT row passes: no signal, the signal under its entry threshold, or the signal
    firing and the score still over the pass threshold."""
    if row["f"] is None:
        return "no_signal_short_prose"
    if row["found"] == 0:
        return "signal_under_entry"
    return "signal_fired_score_over"


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def inputs(group: list[dict]) -> dict:
    """Medians of what the verdict reads, for a group of scored rows."""
    from mtqa import translationese

    with_rates = [d for d in group if d["f"] is not None]
    return {
        "n": len(group),
        "words": _median([d["words"] for d in group]),
        "prose_words": _median([d["prose_words"] for d in group]),
        "under_100_prose_words": sum(d["f"] is None for d in group),
        "scored_findings": _median([sum(d["counts"].values()) for d in group]),
        "no_scored_finding": sum(not d["counts"] for d in group),
        "rules_penalty_per_100_words": _median([100 * (d["penalty"] - d["signal_penalty"]) / max(d["words"], 1)
                                                for d in group]),
        "separating_rate": _median([d["f"]["separating_rate"] for d in with_rates]),
        "separating_rate_zero": sum(d["f"]["separating_rate"] == 0 for d in with_rates),
        "logit": _median([d["logit"] for d in with_rates]),
        "logit_over_entry": sum(d["logit"] > translationese.THRESHOLD for d in with_rates),
        "logit_over_0": sum(d["logit"] > 0 for d in with_rates),
        "score": _median([d["score"] for d in group]),
    }


def per_family(group: list[dict]) -> dict[str, float]:
    """Scored findings per 1,000 words by rule family (the signal's own left out), for a group."""
    words = sum(d["words"] for d in group) or 1
    totals: dict[str, int] = defaultdict(int)
    for d in group:
        for family, n in d["counts"].items():
            totals[family] += n
    return {k: round(1000.0 * v / words, 2) for k, v in sorted(totals.items())}


def composition(tune: list[dict], batches: list[str], threshold: float) -> dict:
    """In-sample, the batches' MT beside the rest of the tuning half's: failing by kind, and the
    rules' findings per 1,000 words by family (with the clean copy's)."""
    fails = lambda d: not (d["passed"] and d["score"] >= threshold)  # noqa: E731
    in_batches = lambda d: d["batch"] in batches  # noqa: E731
    kinds = sorted({d["kind"] for d in tune if d["mt"]})
    by_kind = {}
    for k in kinds:
        b = [d for d in tune if d["mt"] and d["kind"] == k and in_batches(d)]
        r = [d for d in tune if d["mt"] and d["kind"] == k and not in_batches(d)]
        by_kind[k] = {"batches": [sum(map(fails, b)), len(b)], "rest": [sum(map(fails, r)), len(r)]}
    return {"mt_failing_by_kind": by_kind, "findings_per_1000_words": {
        "batches_mt": per_family([d for d in tune if d["mt"] and in_batches(d)]),
        "batches_mt_passing": per_family([d for d in tune if d["mt"] and in_batches(d) and not fails(d)]),
        "batches_mt_failing": per_family([d for d in tune if d["mt"] and in_batches(d) and fails(d)]),
        "batches_clean": per_family([d for d in tune if not d["mt"] and in_batches(d)]),
        "rest_mt": per_family([d for d in tune if d["mt"] and not in_batches(d)]),
        "rest_clean": per_family([d for d in tune if not d["mt"] and not in_batches(d)])}}


def profile_agreement(rows: list[dict], pairs: PairCounts) -> dict:
    """How far the ratios relearned from every row read the rows from the rows' own `tag_profile`
    (mtqa's, with the shipped ratios): near zero when the shipped ratios match the corpus and
    the pairs are counted as mtqa counts them."""
    _fitted, everyone = pairs.without(None, rows)
    gaps = [abs(everyone[r["file"]] - r["f"][PROFILE]) for r in rows if r["f"] is not None]
    return {"rows": len(gaps), "max_abs_gap": round(max(gaps), 5) if gaps else None}


def figures(rows: list[dict], share: float = 1.0, pairs: PairCounts | None = None) -> dict:
    """The figures; with `pairs`, the profile's ratios relearned in every fit (no left-out row read
    with ratios that saw it), without it the rows' own `tag_profile` (the shipped ratios)."""
    rows = with_separating_rate(rows)
    batches = unseen_batches([r for r in rows if r["file"].startswith("tune/")])
    all_docs, all_threshold = leave_out(rows, None, share, pairs)
    table = []
    passing: list[dict] = []  # the left-out batches' passing MT, each scored without its batch
    clean_of_batches: list[dict] = []
    for batch in batches:
        docs, threshold = leave_out(rows, batch, share, pairs)
        own = [d for d in docs if d["batch"] == batch and d["file"].startswith("tune/")]
        own_in = [d for d in all_docs if d["batch"] == batch and d["file"].startswith("tune/")]
        out, inn = rates_at(own, threshold), rates_at(own_in, all_threshold)
        table.append({"batch": batch, "judge": batch in JUDGE_BATCHES, "before": before_figure(batch),
                      "left_out": {"threshold": threshold, **out, "mt_failing_pct": _pct(out["mt_failing"], out["mt"]),
                                   "clean_passing_pct": _pct(out["clean_passing"], out["clean"])},
                      "in_sample": {"threshold": all_threshold, **inn,
                                    "mt_failing_pct": _pct(inn["mt_failing"], inn["mt"]),
                                    "clean_passing_pct": _pct(inn["clean_passing"], inn["clean"])}})
        for d in own:
            fails = not (d["passed"] and d["score"] >= threshold)
            if d["mt"] and not fails:
                passing.append({**d, "why": why_passing(d), "threshold": threshold})
            if not d["mt"]:
                clean_of_batches.append(d)
    pooled_out = {k: sum(t["left_out"][k] for t in table) for k in ("mt", "mt_failing", "clean", "clean_passing")}
    pooled_in = {k: sum(t["in_sample"][k] for t in table) for k in ("mt", "mt_failing", "clean", "clean_passing")}
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for d in passing:
        by_kind[d["kind"]].append(d)
    failing_mt = [d for d in all_docs if d["mt"] and d["batch"] in batches and d["file"].startswith("tune/")
                  and not (d["passed"] and d["score"] >= all_threshold)]
    tune_all = [d for d in all_docs if d["file"].startswith("tune/")]
    return {
        "mt_finding_share": share,
        "profile_ratios": "relearned per fit" if pairs is not None else "the rows' own (shipped, or 0 throughout)",
        "profile_relearned_with_every_row_vs_rows_own": None if pairs is None else profile_agreement(rows, pairs),
        "tuning_half_in_sample": {"threshold": all_threshold, **rates_at(tune_all, all_threshold)},
        "rest_of_tuning_half_in_sample": rates_at([d for d in tune_all if d["batch"] not in batches], all_threshold),
        "composition_in_sample": composition(tune_all, batches, all_threshold),
        "batches": table,
        "pooled": {"left_out": {**pooled_out, "mt_failing_pct": _pct(pooled_out["mt_failing"], pooled_out["mt"]),
                                "clean_passing_pct": _pct(pooled_out["clean_passing"], pooled_out["clean"])},
                   "in_sample": {**pooled_in, "mt_failing_pct": _pct(pooled_in["mt_failing"], pooled_in["mt"]),
                                 "clean_passing_pct": _pct(pooled_in["clean_passing"], pooled_in["clean"])}},
        "loso_auc": loso_auc_by_batch(rows, batches, share, pairs),
        "question_2": {
            "passing_mt": inputs(passing),
            "why": {k: sum(d["why"] == k for d in passing)
                    for k in ("no_signal_short_prose", "signal_under_entry", "signal_fired_score_over")},
            "within_1_point_of_threshold": sum(d["score"] < d["threshold"] + 1.0 for d in passing),
            "by_kind": {k: {**inputs(v), "why": {w: sum(d["why"] == w for d in v) for w in
                                                 ("no_signal_short_prose", "signal_under_entry")}}
                        for k, v in sorted(by_kind.items())},
            "clean_of_the_batches": inputs(clean_of_batches),
            "failing_mt_of_the_batches_in_sample": inputs(failing_mt),
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True,
                    help="the rows `translationese_families.py --rows` kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--candidate", choices=("g",), help="(g): fit on MT rows whose finding rate is deflated "
                    f"by {MT_FINDING_SHARE} (benchmarks/README.md, the round's decision rule)")
    profile = ap.add_mutually_exclusive_group()
    profile.add_argument("--shipped-profile", action="store_true", help="read every row's tag_profile with the "
                         "shipped ratios, learned with every batch in (the leak this script otherwise closes)")
    profile.add_argument("--without-profile", action="store_true", help="the shipped rates without tag_profile "
                         "(held at 0 in every row: a constant rate weighs nothing), to compare")
    args = ap.parse_args(argv)
    try:
        rows = read_family_rows(args.source, frozenset({"f", "counts", "batch", "file"}))
    except (OSError, ValueError) as exc:
        print(f"verdict_by_batch.py: cannot read {args.source}: {exc}", file=sys.stderr)
        return 2
    pairs = None
    if args.without_profile:
        rows = [r if r["f"] is None else {**r, "f": {**r["f"], PROFILE: 0.0}} for r in rows]
    elif PROFILE in _mtqa_features() and not args.shipped_profile:
        try:
            pairs = PairCounts(_profile_fit().corpus_entries(_bench()), rows)
        except ValueError as exc:
            print(f"verdict_by_batch.py: {args.source}: {exc}", file=sys.stderr)
            return 2
    rows = rows + short_rows({r["file"] for r in rows})
    report_json(figures(rows, MT_FINDING_SHARE if args.candidate == "g" else 1.0, pairs), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
