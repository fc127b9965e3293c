"""The twelfth round: the signal's rates chosen by the verdict they give (issue #11 §4).

    python benchmarks/translationese_verdict.py     # tuning data only (tune/ and signal/)

The eleventh round chose rates by the signal's ranking (leave-one-site-out AUC) and the
verdict got worse: a better ranking in the middle of the scale, a fatter clean tail at the
top, where the entry procedure has to put its threshold. Here a set of rates is judged by
what users get: the entry procedure's pick (rule A, `translationese.choose_entry`) made
leave-one-site-out on the tuning data and judged with the rules, counted in excerpts (MT
failing, clean passing), ties to the higher leave-one-site-out AUC. Two procedures, written
down before either was run (benchmarks/README.md, "Twelfth round"): forward selection from the
shipped ten over the eleventh round's pool, and backward elimination from the ten; each is
checked by a guard that reruns it inside five site-grouped outer folds. Never reads the
held-back half. Results: `results/translationese_verdict.json`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa and benchmarks, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
from benchmarks import translationese as bench  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "translationese_verdict.json"

# The rule (benchmarks/README.md, "Twelfth round"), fixed before it was run.
MIN_MT_GAIN = 1  # MT excerpts more failing, for a rate to be added and for the guard to pass
MAX_ADDED = 3  # forward selection adds at most this many rates
MIN_RATES = 3  # backward elimination keeps at least this many
OUTER_FOLDS = 5
ELEVENTH_ROUND = ["quoted_share", "initial_the", "dashes"]  # what the eleventh round's rule added (for reference)
# choose_entry's candidates, in the order it reads them (its ties go to the earlier mode)
CANDIDATES = [(mode, t) for mode in bench.ENTRY_MODES for t in bench.SIGNAL_THRESHOLDS]


@dataclass(frozen=True)
class Verdict:
    """What a set of rates gives, its entry pick made leave-one-site-out and judged with the rules."""

    mt_fail: int
    clean_pass: int
    clean_kept: int  # of the clean excerpts the rules alone pass
    mt: int
    clean: int
    rules_pass: int
    auc: float  # the signal's own leave-one-site-out AUC (the tie-break)

    def shares(self) -> str:
        return (f"MT failing {self.mt_fail}/{self.mt} ({100 * self.mt_fail / self.mt:.1f} %), clean passing "
                f"{self.clean_pass}/{self.clean} ({100 * self.clean_pass / self.clean:.1f} %), clean kept "
                f"{self.clean_kept}/{self.rules_pass}, AUC {self.auc:.4f}")


def outcomes(rows: list[dict], logits: np.ndarray) -> np.ndarray:
    """Whether each row passes under each of CANDIDATES, given its logit: (candidates, rows)."""
    return np.array([[bench.passes_with(r, bench.MAJOR * bench.entry_findings(mode, t, float(v), r["prose"], r["penalty"]))
                      for r, v in zip(rows, logits)] for mode, t in CANDIDATES], dtype=bool)


def loso_passes(rows: list[dict], logits: np.ndarray) -> np.ndarray:
    """Each row's verdict (passes) under rule A's pick made on the other sites' rows: what
    `translationese.judged_loso` computes, with the per-site sums taken at once."""
    ok = outcomes(rows, logits)
    base = np.array([bench.passes_with(r, 0.0) for r in rows], dtype=bool)
    mt = np.array([r["mt"] for r in rows], dtype=bool)
    kept_of = np.array([not r["mt"] and r["rules_pass"] for r in rows], dtype=bool)
    sites = sorted({r["site"] for r in rows})
    index = {s: i for i, s in enumerate(sites)}
    member = np.zeros((len(sites), len(rows)))
    member[[index[r["site"]] for r in rows], np.arange(len(rows))] = 1.0

    def train(counted: np.ndarray) -> np.ndarray:
        """Counts over every site but each one: (sites,) or (sites, candidates)."""
        counted = counted.astype(float)
        return counted.sum(axis=-1) - member @ counted.T

    n_mt, n_clean, n_kept = train(mt), train(~mt), train(kept_of)
    mt_fail = _share(train(mt & ~ok), n_mt, 0.0)
    clean_pass = _share(train(~mt & ok), n_clean, 1.0)
    kept = _share(train(kept_of & ok), n_kept, 1.0)
    floor = np.minimum(bench.CLEAN_PASS, _share(train(~mt & base), n_clean, 1.0))
    passes = np.zeros(len(rows), dtype=bool)
    default = CANDIDATES.index(("all", max(bench.SIGNAL_THRESHOLDS)))
    for s in range(len(sites)):
        best: tuple | None = None
        for c, (mode, t) in enumerate(CANDIDATES):
            if kept[s, c] < bench.CLEAN_KEPT or clean_pass[s, c] < floor[s]:
                continue
            key = (mt_fail[s, c], t, -bench.ENTRY_MODES.index(mode))
            if best is None or key > best[0]:
                best = (key, c)
        pick = default if best is None else best[1]
        here = member[s] > 0
        passes[here] = ok[pick, here]
    return passes


def _share(count: np.ndarray, n: np.ndarray, empty: float) -> np.ndarray:
    """count / n, `empty` where n is 0 (as `translationese.entry_verdicts` has it)."""
    n = n if count.ndim == n.ndim else n[:, None]
    return np.where(n > 0, count / np.where(n > 0, n, 1.0), empty)


def row_logits(rows: list[dict], docs: list[dict], scores: list[float]) -> np.ndarray:
    """The docs' logits in the order of the rows (a row with under 100 words of prose: -inf)."""
    by_file = {d["file"]: v for d, v in zip(docs, scores)}
    return np.array([by_file.get(r["file"], float("-inf")) for r in rows])


def judge(rows: list[dict], docs: list[dict], names: list[str]) -> Verdict:
    """The criterion: a set of rates' verdict, its pick made leave-one-site-out (logits
    cross-validated by site), judged with the rules."""
    scores = bench.loso_logits(docs, names)
    passes = loso_passes(rows, row_logits(rows, docs, scores))
    mt = np.array([r["mt"] for r in rows], dtype=bool)
    kept_of = np.array([not r["mt"] and r["rules_pass"] for r in rows], dtype=bool)
    return Verdict(mt_fail=int((mt & ~passes).sum()), clean_pass=int((~mt & passes).sum()),
                   clean_kept=int((kept_of & passes).sum()), mt=int(mt.sum()), clean=int((~mt).sum()),
                   rules_pass=int(kept_of.sum()),
                   auc=round(bench.auc([v for v, d in zip(scores, docs) if d["mt"]],
                                       [v for v, d in zip(scores, docs) if not d["mt"]]), 4))


def forward(rows: list[dict], docs: list[dict], pool: list[str], log: Callable[[str], None] | None = None
            ) -> tuple[list[str], list[dict]]:
    """Forward selection from the shipped ten: (the rates added, each step's record)."""
    chosen: list[str] = []
    current = judge(rows, docs, bench.FIRST_ROUND)
    steps = []
    while len(chosen) < MAX_ADDED:
        tried = [(judge(rows, docs, bench.FIRST_ROUND + chosen + [k]), i, k) for i, k in enumerate(pool) if k not in chosen]
        eligible = sorted((x for x in tried if x[0].clean_pass >= current.clean_pass),
                          key=lambda x: (x[0].mt_fail, x[0].auc, -x[1]), reverse=True)
        taken = bool(eligible) and eligible[0][0].mt_fail >= current.mt_fail + MIN_MT_GAIN
        steps.append({"from": asdict(current), "best": [[k, asdict(v)] for v, _, k in eligible[:5]],
                      "eligible": len(eligible), "tried": len(tried), "taken": taken,
                      "all": [[k, v.mt_fail, v.clean_pass, v.auc] for v, _, k in tried]})
        if log:
            log(f"forward step {len(steps)}: from {current.shares()}; {len(eligible)} of {len(tried)} keep clean "
                f"passing; best: " + "; ".join(f"{k} {v.mt_fail} MT, {v.clean_pass} clean, {v.auc:.4f}"
                                              for v, _, k in eligible[:5]) + ("" if taken else "  -> stop"))
        if not taken:
            break
        current, name = eligible[0][0], eligible[0][2]
        chosen.append(name)
    return chosen, steps


def backward(rows: list[dict], docs: list[dict], log: Callable[[str], None] | None = None
             ) -> tuple[list[str], list[dict]]:
    """Backward elimination from the shipped ten: (the rates kept, each step's record)."""
    names = list(bench.FIRST_ROUND)
    current = judge(rows, docs, names)
    steps = []
    while len(names) > MIN_RATES:
        tried = [(judge(rows, docs, [n for n in names if n != k]), i, k) for i, k in enumerate(names)]
        eligible = sorted((x for x in tried if x[0].mt_fail >= current.mt_fail and x[0].clean_pass >= current.clean_pass),
                          key=lambda x: (x[0].mt_fail, x[0].auc, x[1]), reverse=True)
        steps.append({"from": asdict(current), "rates": list(names),
                      "drops": [[k, asdict(v)] for v, _, k in sorted(tried, key=lambda x: x[1])],
                      "dropped": eligible[0][2] if eligible else None})
        if log:
            log(f"backward step {len(steps)}: from {len(names)} rates, {current.shares()}; drops: "
                + "; ".join(f"-{k} {v.mt_fail}/{v.clean_pass}" for v, _, k in sorted(tried, key=lambda x: x[1]))
                + (f"  -> drop {eligible[0][2]}" if eligible else "  -> none without loss: stop"))
        if not eligible:
            break
        current = eligible[0][0]
        names.remove(eligible[0][2])
    return names, steps


def guard(rows: list[dict], docs: list[dict], procedure: Callable[[list[dict], list[dict]], list[str]],
          log: Callable[[str], None] | None = None) -> dict:
    """The procedure rerun inside each site-grouped outer fold, its set's model and entry pick
    made on the other folds, the outer fold judged with the rules; the shipped ten the same way."""
    sites = sorted({r["site"] for r in rows})
    fold_of = {site: i % OUTER_FOLDS for i, site in enumerate(sites)}
    counts = {key: {"mt_fail": 0, "clean_pass": 0} for key in ("selected", "ten")}
    picks = []
    for fold in range(OUTER_FOLDS):
        train_rows = [r for r in rows if fold_of[r["site"]] != fold]
        train_docs = [d for d in docs if fold_of[d["site"]] != fold]
        test_rows = [r for r in rows if fold_of[r["site"]] == fold]
        test_docs = [d for d in docs if fold_of[d["site"]] == fold]
        names = procedure(train_rows, train_docs)
        picks.append(names)
        for key, own in (("selected", names), ("ten", bench.FIRST_ROUND)):
            norm, w = bench.fit_final(train_docs, own, [], bench.SELECT_L2)
            inner = row_logits(train_rows, train_docs, bench.loso_logits(train_docs, own))
            mode, t = bench.choose_entry([dict(r, logit=float(v)) for r, v in zip(train_rows, inner)])
            outer = row_logits(test_rows, test_docs, [bench.logit(d["f"], norm, w) for d in test_docs])
            for r, v in zip(test_rows, outer):
                ok = bench.passes_with(r, bench.MAJOR * bench.entry_findings(mode, t, float(v), r["prose"], r["penalty"]))
                counts[key]["mt_fail" if r["mt"] else "clean_pass"] += (not ok) if r["mt"] else ok
        if log:
            log(f"  outer fold {fold}: {names if names != bench.FIRST_ROUND else 'the ten'}; running {counts}")
    sel, ten = counts["selected"], counts["ten"]
    passes = sel["mt_fail"] >= ten["mt_fail"] + MIN_MT_GAIN and sel["clean_pass"] >= ten["clean_pass"]
    return {"picks_per_outer_fold": picks, "selected": sel, "ten": ten, "passes": passes}


def main() -> int:
    docs = bench.tuning_docs(None)
    rows = bench.entry_rows(docs, {d["file"]: {"logit": 0.0} for d in docs})
    pool = bench.selection_pool(docs)
    print(f"tuning data: {sum(r['mt'] for r in rows)} MT and {sum(not r['mt'] for r in rows)} clean excerpts "
          f"({len(docs)} with 100 words of prose), {len({r['site'] for r in rows})} sites; pool of {len(pool)} rates")
    ten = judge(rows, docs, bench.FIRST_ROUND)
    check = bench.judged_loso([dict(r, logit=float(v)) for r, v in
                               zip(rows, row_logits(rows, docs, bench.loso_logits(docs, bench.FIRST_ROUND)))], alone=False)
    print(f"the shipped ten: {ten.shares()}; judged_loso gives {check}")
    mt_none, _kept, clean_none = bench.entry_verdicts(rows, "all", float("inf"))
    eleventh = judge(rows, docs, bench.FIRST_ROUND + ELEVENTH_ROUND)
    print(f"for reference, not chosen by: the rules alone fail {100 * mt_none:.1f} % of MT and pass "
          f"{100 * clean_none:.1f} % of clean; the eleventh round's set (+ {', '.join(ELEVENTH_ROUND)}): {eleventh.shares()}")
    out: dict = {"rule": {"min_mt_gain": MIN_MT_GAIN, "max_added": MAX_ADDED, "min_rates": MIN_RATES,
                          "outer_folds": OUTER_FOLDS}, "pool": pool, "ten": asdict(ten),
                  "rules_alone": {"mt_fail": round(mt_none, 3), "clean_pass": round(clean_none, 3)},
                  "eleventh_round": asdict(eleventh)}
    added, steps = forward(rows, docs, pool, print)
    out["forward"] = {"added": added, "steps": steps}
    kept, bsteps = backward(rows, docs, print)
    out["backward"] = {"kept": kept, "steps": bsteps}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    for name, found, procedure in (
            ("forward", added, lambda r, d: bench.FIRST_ROUND + forward(r, d, bench.selection_pool(d))[0]),
            ("backward", kept != bench.FIRST_ROUND, lambda r, d: backward(r, d)[0])):
        if not found:
            print(f"{name}: the ten unchanged, no guard to run")
            continue
        print(f"guard of {name} ({OUTER_FOLDS} site-grouped outer folds):")
        out[name]["guard"] = guard(rows, docs, procedure, print)
        print(f"{name}: {out[name]['guard']}")
        RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    passing = [(out[n]["guard"]["selected"]["mt_fail"], -len(s), n, s)
               for n, s in (("forward", bench.FIRST_ROUND + added), ("backward", kept))
               if out[n].get("guard", {}).get("passes")]
    out["ships"] = max(passing)[3] if passing else None
    print("ships: " + (", ".join(out["ships"]) if out["ships"] else "nothing (the ten stay)"))
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
