"""Whether a refit of the document signal ships: the rule, written before the refit it judges.

Every stop refits `calques/reads-as-translation`'s model (`mtqa/translationese.py`: NORMS,
INTERCEPT, WEIGHTS, and the entry procedure's THRESHOLD and ENTRY_MODE) on the tuning data as
it then stands, with that stop's rules (one of the rates is the other rules' findings). The fit
minimises the signal's log loss, not the verdict's errors, and at stop 42 the refit lowered the
verdict on both halves (tuning half 58.3 -> 57.3 % of MT failing, held back 74.0 -> 70.0 %).
Choosing the constants after reading the held-back half would tune on it, so the choice is
made here, on the tuning half alone, by a rule fixed at stop 43 before its refit was computed:

- the **candidate** is what the procedure gives (`benchmarks/translationese.py --constants
  --entry`: the model fitted on the tuning data, the entry procedure's mode and threshold);
- the **shipped** constants are what `mtqa/translationese.py` holds now;
- both are measured on the tuning half with the same rules, LanguageTool off, as
  `benchmarks/real_copy.py` measures it;
- the candidate **ships** when it fails at least as many of the tuning half's MT excerpts as
  the shipped constants do, and passes at least CLEAN_PASS of its clean excerpts (issue #11's
  target) or, where the shipped constants already pass fewer, no fewer than they do.
- **amended at stop 45, before the candidate's calibrated figures were computed:** each side is
  compared at its own pass threshold as `benchmarks/calibrate_verdict.py` then chooses it (the
  highest keeping CLEAN_PASS of the clean excerpts passing), since that is the verdict either
  would ship with. At the shipped threshold alone, stop 45's shipped constants passed 94.7 % of
  the clean copy and would have won on MT failing, and calibration would then have cost them
  3 points of it (96.5 -> 96.0: 59.8 -> 56.7 %). Both comparisons are printed and recorded.
- **amended at stop 49, before that stop's refit was computed:** the candidate's false flags on
  the tuning half's clean copy (`false_flags_per_1000_words`) may be no higher than FF_CEILING
  (issue #11's target of one per 1,000 words) or, where the shipped constants already raise more,
  no higher than they do. Stop 48's refit shipped on the verdict alone and raised them 1.10 ->
  1.25 on the tuning half (0.91 -> 1.30 held back); the rule weighed nothing that said so.
  Otherwise the shipped constants stay, and the refit test is told so: the record written by
  `--json` (both measurements and both constants blocks), saved as benchmarks/results/refit_gate.json,
  lets tests/test_translationese.py accept the shipped constants as long as the refit is still the
  candidate the record judged (any change to the rates or the corpus needs a new decision).

The held-back half is measured after the decision, with the constants it chose. The gate
refuses (exit 2) while `mtqa/tag_profile.py`'s or `mtqa/function_profile.py`'s ratios are stale for the
corpus: run `benchmarks/tag_profile_fit.py --write` (or `function_profile_fit.py --write`) first, so that no
refit ships on an old profile.

    python benchmarks/refit_gate.py [--json OUT]

prints both measurements, the decision, and the candidate's constants block. Exit 0 either way
(2 on bad usage). When a candidate's entry mode differs from the shipped one the candidate
cannot be measured in this process (the rule reads the mode at import for one of its
settings): it says so and exits 2; paste the constants into a copy of the tree and measure it
with `real_copy.py` there.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()

CLEAN_PASS = 0.95
FF_CEILING = 1.0
SIGNAL_RULE = "calques/reads-as-translation"


def ships(candidate: dict, shipped: dict, clean_pass: float = CLEAN_PASS, ff_ceiling: float = FF_CEILING) -> bool:
    """The rule: MT failing no lower, clean passing at least `clean_pass` (or no lower than the
    shipped constants' where they are under it already), each at its calibrated pass threshold
    where the measurements carry one (the stop 45 amendment); and false flags per 1,000 clean
    words no higher than `ff_ceiling` or the shipped constants' (the stop 49 amendment, judged
    where both measurements carry the figure)."""
    key = "false_flags_per_1000_words"
    if key in candidate and key in shipped and candidate[key] > max(ff_ceiling, shipped[key]):
        return False
    if "calibrated" in candidate and "calibrated" in shipped:
        candidate, shipped = candidate["calibrated"], shipped["calibrated"]
    floor = min(clean_pass, shipped["clean_pass_rate"])
    return candidate["mt_fail_rate"] >= shipped["mt_fail_rate"] and candidate["clean_pass_rate"] >= floor


def candidate_constants() -> dict:
    """The procedure's refit: the model fitted on the tuning data, and the entry pick."""
    from mtqa import translationese

    bench = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    docs = bench.tuning_docs(None)
    names = list(translationese.FEATURES)
    norm, w = bench.fit_final(docs, names, [], 10.0)
    rows = bench.entry_rows(docs, bench.cross_validate(docs, names, [], 10.0))
    mode, threshold = bench.entry_procedure(rows, translationese.ENTRY_MODES)
    return {"norms": dict(norm), "intercept": w[0], "weights": dict(zip(names, w[1:])),
            "entry_mode": mode, "threshold": threshold, "block": bench.constants(norm, w, names)}


def shipped_constants() -> dict:
    """The constants `mtqa/translationese.py` holds, in the record's form."""
    from mtqa import translationese

    return {"norms": {k: list(v) for k, v in translationese.NORMS.items()}, "intercept": translationese.INTERCEPT,
            "weights": dict(translationese.WEIGHTS), "entry_mode": translationese.ENTRY_MODE,
            "threshold": translationese.THRESHOLD}


@contextmanager
def model(constants: dict) -> Iterator[None]:
    """`mtqa.translationese`'s model replaced for the duration (the rule reads it at call time)."""
    from mtqa import translationese

    saved = (translationese.NORMS, translationese.INTERCEPT, translationese.WEIGHTS)
    translationese.NORMS = constants["norms"]
    translationese.INTERCEPT = constants["intercept"]
    translationese.WEIGHTS = constants["weights"]
    try:
        yield
    finally:
        translationese.NORMS, translationese.INTERCEPT, translationese.WEIGHTS = saved


def measured(threshold: float | None = None) -> dict:
    """The tuning half's figures as `real_copy.py --half tune --languagetool off` gives them, with
    the signal's threshold set where it is given."""
    from mtqa import Checker
    from mtqa.config import load_file
    from mtqa.scoring import DEFAULT_THRESHOLD

    real_copy = load_script("mtqa_real_copy", ROOT / "benchmarks" / "real_copy.py")
    config = None
    if threshold is not None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "mtqa.toml"
            path.write_text(f'[rules."{SIGNAL_RULE}"]\nthreshold = {threshold!r}\n', encoding="utf-8")
            config = load_file(path)
    # One pass over the half, checked with no pass threshold (only a critical finding fails a text):
    # the verdict at the shipped threshold and at the calibrated one are both read from its scores.
    figures = real_copy.measure("tune", Checker(config, languagetool="off", fail_under=0.0))
    documents = figures["_documents"]
    calibrate = load_script("mtqa_calibrate_verdict", ROOT / "benchmarks" / "calibrate_verdict.py")
    kept = {k: v for k, v in figures.items() if not k.startswith("_") and k != "per_rule"}
    mt_fail, clean_pass = calibrate.rates(documents, DEFAULT_THRESHOLD)
    kept["mt_fail_rate"], kept["clean_pass_rate"] = round(mt_fail, 3), round(clean_pass, 3)
    pass_threshold = calibrate.choose(documents)
    mt_fail, clean_pass = calibrate.rates(documents, pass_threshold)
    kept["calibrated"] = {"pass_threshold": pass_threshold, "mt_fail_rate": round(mt_fail, 3),
                          "clean_pass_rate": round(clean_pass, 3)}
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path, help="where to write both measurements and the decision")
    args = ap.parse_args(argv)
    from mtqa import translationese

    why = (load_script("mtqa_tag_profile_fit", ROOT / "benchmarks" / "tag_profile_fit.py").stale()
           or load_script("mtqa_function_profile_fit", ROOT / "benchmarks" / "function_profile_fit.py").stale())
    if why is not None:
        print(f"refit_gate.py: {why}", file=sys.stderr)
        return 2
    candidate = candidate_constants()
    if candidate["entry_mode"] != translationese.ENTRY_MODE:
        print(f"the candidate's entry mode {candidate['entry_mode']!r} is not the shipped "
              f"{translationese.ENTRY_MODE!r}: measure it in a copy of the tree (module docstring)", file=sys.stderr)
        return 2
    shipped = measured()
    with model(candidate):
        refit = measured(candidate["threshold"])
    decision = ships(refit, shipped)
    for name, fig in (("shipped", shipped), ("candidate", refit)):
        cal = fig["calibrated"]
        print(f"{name:9}: MT failing {fig['mt_fail_rate']:.3f}, clean passing {fig['clean_pass_rate']:.3f}, "
              f"AUC {fig['auc']:.3f}, recall {fig['recall']['total']['rate']}, false flags "
              f"{fig['false_flags_per_1000_words']}/1000 words; calibrated at "
              f"{cal['pass_threshold']}: MT failing {cal['mt_fail_rate']:.3f}, clean passing {cal['clean_pass_rate']:.3f}")
    print(f"entry ({candidate['entry_mode']!r}, {candidate['threshold']}) against shipped "
          f"({translationese.ENTRY_MODE!r}, {translationese.THRESHOLD})")
    print("decision:", "the refit ships" if decision else "the shipped constants stay")
    print(candidate["block"])
    if args.json:
        args.json.write_text(json.dumps({"shipped": shipped, "candidate": refit, "ships": decision,
                                         "entry": [candidate["entry_mode"], candidate["threshold"]],
                                         "shipped_constants": shipped_constants(),
                                         "candidate_constants": {k: v for k, v in candidate.items() if k != "block"}},
                                        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
