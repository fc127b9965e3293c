"""Fuzz chosen rules alone for time that grows faster than the text (the review of stop 45).

    python benchmarks/rule_growth.py --rule repetition/coordinated-same-word [--rule ...] [--seconds 180]

Why: a rule that rereads the paragraph for each match is linear on news copy and quadratic on a
line anybody can paste. `pathological_lines.py` measures the shapes someone thought of; this
script lets hypothesis draw the shapes: a chunk of up to 30 hostile tokens (the words the
repetition and quotes rules look for, every kind of quotation mark, spaces, no-break and
zero-width spaces, line breaks, accents) repeated to ~4,000 characters and to four times that.
The rules are checked alone (`mtqa.testing.checker`), each size timed at its best of three (a
shared machine stalls now and then), and a chunk is printed when the larger text takes over 0.05 s
and more than 8 times the smaller (4 is linear). Time a printed chunk again at larger sizes
before calling it a finding: a loaded machine still throws up one-off stalls.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

TOKENS = ["firm", "Firm", "and", "or", "And", "again", "it", "the", "The", "a", "time", "is", "of", ",", ", ", ".",
          " ", "  ", "\u00a0", "'", "’", "‘", "“", "”", '"', "-", "—", "(", ")", "\n", "s", "er", "said", "she",
          "Ottawa", "x", "again,", "1", "’s", ":", ";", "!", "?", "«", "»", "\u200b", "é", "e\u0301"]
SMALL = 4_000
FLAG_RATIO = 8.0


def _best_of(check, text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - t0)
        if best < 0.02:
            break  # too fast to be the shape we look for
    return best


def run(rules: tuple[str, ...], seconds: float) -> list[tuple[float, str]]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from mtqa.testing import checker

    check = checker(rules).check
    flagged: list[tuple[float, str]] = []
    deadline = time.monotonic() + seconds
    chunks = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map(
        lambda ts: " ".join(ts) if len(ts) % 2 else "".join(ts))

    class _TimeUp(Exception):
        pass

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(chunks)
    def grow(chunk: str) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        k = max(1, SMALL // len(chunk))
        small, large = _best_of(check, chunk * k, 2), _best_of(check, chunk * 4 * k, 3)
        ratio = large / max(small, 5e-3)
        if large > 0.05 and ratio > FLAG_RATIO:
            flagged.append((ratio, chunk))
            print(f"x{ratio:.1f}: {small:.3f} s -> {large:.3f} s on {chunk!r}", flush=True)

    try:
        grow()
    except _TimeUp:
        pass  # the budget is spent (hypothesis may report it as a failing example first)
    return flagged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rule", action="append", required=True, help="a rule id or family; repeat for more")
    ap.add_argument("--seconds", type=float, default=180.0)
    args = ap.parse_args(argv)
    flagged = run(tuple(args.rule), args.seconds)
    print(f"{len(flagged)} chunk(s) flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
