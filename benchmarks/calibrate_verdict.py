"""Choose the pass threshold on the real-copy corpus's tuning half (issue 11, "a verdict that
means something").

    python benchmarks/calibrate_verdict.py            # sweep on the tuning half, then report the held-back half

The score keeps MQM's arithmetic (SPEC §4): 100 × (1 − penalty / words), with minor 1,
major 5, critical 25. Only the threshold is chosen here: the highest threshold at which at
least 95 % of the tuning half's clean excerpts pass (clean copy must pass first), which
makes as many machine-translated excerpts fail as that allows. The held-back half is then
measured once at that threshold; its figures are not used to choose anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()
CLEAN_PASS_FLOOR = 0.95
THRESHOLDS = [90 + 0.5 * i for i in range(21)]  # 90.0 … 100.0 in half points: no choice hangs on one document's exact score


def _real_copy():
    return load_script("mtqa_real_copy", HERE / "real_copy.py")


def rates(documents: list[dict], threshold: float) -> tuple[float, float]:
    """(share of MT excerpts failing, share of clean excerpts passing) at a threshold.

    The documents were checked with a threshold of 0, so `passed` False means a critical
    finding (which fails a document whatever its score)."""
    mt = [d for d in documents if d["mt"]]
    clean = [d for d in documents if not d["mt"]]

    def passes(d: dict) -> bool:
        return d["passed"] and d["score"] >= threshold

    mt_fail = sum(not passes(d) for d in mt) / max(len(mt), 1)
    clean_pass = sum(passes(d) for d in clean) / max(len(clean), 1)
    return mt_fail, clean_pass


def choose(documents: list[dict]) -> float:
    """The highest threshold keeping at least 95 % of clean excerpts passing."""
    ok = [t for t in THRESHOLDS if rates(documents, t)[1] >= CLEAN_PASS_FLOOR]
    return max(ok) if ok else THRESHOLDS[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--style", help="a house style profile")
    ap.add_argument("--tune-only", action="store_true", help="do not measure the held-back half")
    args = ap.parse_args(argv)
    rc = _real_copy()
    from mtqa import Checker

    checker = Checker(style=args.style, languagetool="off", fail_under=0.0)
    tune = rc.measure("tune", checker)["_documents"]
    print("threshold  MT failing  clean passing   (tuning half)")
    for t in THRESHOLDS:
        mt_fail, clean_pass = rates(tune, t)
        print(f"{t:9.1f}  {100 * mt_fail:9.1f}%  {100 * clean_pass:12.1f}%")
    best = choose(tune)
    mt_fail, clean_pass = rates(tune, best)
    print(f"chosen: {best} (tuning half: {100 * mt_fail:.1f}% of MT failing, {100 * clean_pass:.1f}% of clean passing)")
    if not args.tune_only:
        held = rc.measure("heldout", checker)["_documents"]
        mt_fail, clean_pass = rates(held, best)
        print(f"held-back half at {best}: {100 * mt_fail:.1f}% of MT failing, {100 * clean_pass:.1f}% of clean passing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
