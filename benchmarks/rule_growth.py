"""Fuzz chosen rules alone for time that grows faster than the text (the review of stop 45).

    python benchmarks/rule_growth.py --rule repetition/coordinated-same-word [--rule ...] [--seconds 180]
    python benchmarks/rule_growth.py --shapes [--sizes 8000,16000,32000,64000] [--shape NAME ...] [--json FILE]

Why: a rule that rereads the paragraph for each match is linear on news copy and quadratic on a
line anybody can paste. `pathological_lines.py` measures the shapes someone thought of; this
script lets hypothesis draw the shapes: a chunk of up to 30 hostile tokens (the words the
repetition and quotes rules look for, every kind of quotation mark, spaces, no-break and
zero-width spaces, line breaks, accents) repeated to ~4,000 characters and to four times that.
The rules are checked alone (`mtqa.testing.checker`), each size timed at its best of three (a
shared machine stalls now and then), and a chunk is printed when the larger text takes over 0.05 s
and more than 8 times the smaller (4 is linear). Time a printed chunk again at larger sizes
before calling it a finding: a loaded machine still throws up one-off stalls.

`--shapes` (stop 46) runs every rule at once instead, on each of `pathological_lines.SHAPES`
(the pasted runs and the shapes aimed at each family's loops) at sizes doubling, with the
report's timings kept by rule (`Checker(timings_by_rule=True)`), and lists each rule whose time
grows faster than n log n: over 1.3 as the exponent from the second size to the last (n log n
from 16k to 64k characters is 1.09; 2 is quadratic) where the last size took it over 30 ms.
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
    except Exception as exc:  # only the end of the budget is swallowed
        if not _only(exc, _TimeUp):
            raise
        # the budget is spent (hypothesis may report it as a failing example first, or as a group
        # of them when it stopped in several places: a family whose rules all return at once)
    return flagged


def _only(exc: BaseException, kind: type) -> bool:
    """Whether `exc` is a `kind`, or a group (hypothesis's ExceptionGroup) of nothing else."""
    if isinstance(exc, kind):
        return True
    inner = getattr(exc, "exceptions", None)
    return bool(inner) and all(_only(e, kind) for e in inner)


GROWTH_FLAG = 1.3  # the exponent over which a rule's time grows faster than n log n
SLOW_MS = 30.0  # and the time at the last size under which a rule is not looked at


def by_rule(shapes: list[str], sizes: list[int], costs: dict[str, tuple[float, str]] | None = None) -> list[dict]:
    """Each rule's time on each shape at each size, from one check of every rule at once;
    the rows of the rules that grow faster than n log n (`GROWTH_FLAG`), slowest first. A
    rule's time includes the analyses it is the first to ask for (its paragraphs' words).
    `costs`, when given, gets each rule's highest ms per 100k characters at the last size and
    the shape it was met on (a linear rule with a high constant grows no faster than the rest,
    so the exponent alone never shows it)."""
    import gc
    import math

    from benchmarks.pathological_lines import SHAPES
    from mtqa.engine import Checker
    from mtqa.session import Session

    s = Session(Checker(languagetool="off", timings_by_rule=True))
    s.check(s.document("Warm the the checker up.", format="plain"))
    lead = "The harbour board met on Tuesday. "
    rows = []
    for name in shapes:
        per_size = []
        for n in sizes:
            gc.collect()
            gc.disable()  # a full collection lands in whichever rule runs when the heap has grown
            try:
                report = s.check(s.document(lead + SHAPES[name](n) + " and the chair spoke.\n", format="plain"))
            finally:
                gc.enable()
            per_size.append(dict(report.timings or {}))
        total = " ".join(f"{n}:{t.get('total', 0) / 1000:.2f}s" for n, t in zip(sizes, per_size))
        print(f"{name:34} {total}", flush=True)
        first, last = per_size[1 if len(sizes) > 2 else 0], per_size[-1]
        if costs is not None:
            for rule, ms in last.items():
                per_100k = ms * 100_000 / sizes[-1]
                if rule not in ("total", "scan") and per_100k > costs.get(rule, (0.0, ""))[0]:
                    costs[rule] = (per_100k, name)
        span = math.log(sizes[-1] / sizes[1 if len(sizes) > 2 else 0])
        for rule, ms in last.items():
            if rule in ("total", "scan") or ms < SLOW_MS:
                continue
            exponent = math.log(ms / max(first.get(rule, 0.0), 0.5)) / span
            if exponent > GROWTH_FLAG:
                row = {"shape": name, "rule": rule, "exponent": round(exponent, 2),
                       "ms": [round(t.get(rule, 0.0), 1) for t in per_size]}
                rows.append(row)
                print(f"    FLAG {rule} exponent {exponent:.2f} ms {row['ms']}", flush=True)
    return sorted(rows, key=lambda r: -r["exponent"])


def _alone(s, text: str, rule: str) -> float:
    """The ms `rule` takes on a new document of `text` (a document keeps its paragraphs'
    analyses: a second check of the same one would time the cache), the collector held off
    (a full collection lands in whichever rule runs when the heap has grown)."""
    import gc

    gc.collect()
    gc.disable()
    try:
        return s.check(s.document(text, format="plain")).timings.get(rule, 0.0)
    finally:
        gc.enable()


def confirm(rows: list[dict], size: int, runs: int = 3) -> list[dict]:
    """Each flagged (shape, rule) timed again with the rule alone, best of `runs`, at `size`
    and four times it: a one-off stall on the shared machine flags a rule in `by_rule`; a rule
    that grows faster than n log n does so again, alone (4.6 is n log n from 64k to 256k, 16
    quadratic). The rows whose ratio is over 6, with it. Alone, a rule's time includes the
    analyses it shares with others (its paragraphs' words), which the first rule to ask pays for."""
    from benchmarks.pathological_lines import SHAPES
    from mtqa.engine import Checker
    from mtqa.session import Session

    lead = "The harbour board met on Tuesday. "
    seen, kept = set(), []
    for row in rows:
        key = (row["shape"], row["rule"])
        if key in seen:
            continue
        seen.add(key)
        s = Session(Checker(languagetool="off", select=[row["rule"]], timings_by_rule=True))
        took = []
        for n in (size, 4 * size):
            body = SHAPES[row["shape"]](n) + " and the chair spoke.\n"
            # a new text each run: what a check derives from a paragraph's text is kept for the next
            took.append(min(_alone(s, f"{lead}{k} more. {body}", row["rule"]) for k in range(runs)))
        ratio = took[1] / max(took[0], 0.5)
        print(f"{row['rule']:40} on {row['shape']:34} {took[0]:8.1f} -> {took[1]:8.1f} ms  x{ratio:.1f}", flush=True)
        if ratio > 6:
            kept.append({**row, "alone_ms": [round(t, 1) for t in took], "alone_ratio": round(ratio, 1)})
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rule", action="append", help="a rule id or family; repeat for more")
    ap.add_argument("--seconds", type=float, default=180.0)
    ap.add_argument("--shapes", action="store_true", help="every rule at once on the pathological shapes")
    ap.add_argument("--shape", action="append", help="with --shapes: one shape (default: every shape)")
    ap.add_argument("--sizes", default="8000,16000,32000,64000", help="with --shapes: characters, doubling")
    ap.add_argument("--json", type=Path, default=None, help="with --shapes: the flagged rows")
    ap.add_argument("--slowest", type=int, default=0,
                    help="with --shapes: list this many rules with the highest ms per 100k characters")
    ap.add_argument("--confirm", type=Path, default=None,
                    help="time again, alone, the rows a --shapes --json run flagged (no new run)")
    args = ap.parse_args(argv)
    if args.confirm:
        import json

        sizes = [int(x) for x in args.sizes.split(",")]
        kept = confirm(json.loads(args.confirm.read_text(encoding="utf-8")), sizes[-1])
        print(f"{len(kept)} rule(s) on a shape grow faster than n log n alone")
        return 1 if kept else 0
    if args.shapes:
        from benchmarks.pathological_lines import SHAPES

        costs: dict[str, tuple[float, str]] = {}
        rows = by_rule(args.shape or list(SHAPES), [int(x) for x in args.sizes.split(",")], costs)
        for rule, (per_100k, shape) in sorted(costs.items(), key=lambda kv: -kv[1][0])[:args.slowest]:
            print(f"{rule:44} {per_100k:9.1f} ms per 100k characters (on {shape})")
        if args.json:
            import json

            args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
        print(f"{len(rows)} rule(s) on a shape grow faster than n log n")
        return 1 if rows else 0
    if not args.rule:
        ap.error("--rule (or --shapes) is required")
    flagged = run(tuple(args.rule), args.seconds)
    print(f"{len(flagged)} chunk(s) flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
