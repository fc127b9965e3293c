"""What each part of a warm check costs: per rule (exclusive and inclusive), per declared
analysis, the scanner, the signal, finding building, scoring and rendering.

    python benchmarks/rule_costs.py [--rounds 3] [--checks 5] [--top 30] [--json OUT] [FILE ...]

Texts: the seed and the tuning half's first 138 excerpt bodies joined in file order (~40k
words, one section: the "40k-word join" of the speed passes), made from the corpus here so
the table can be made again; or the FILEs. Figures are CPU ms of one warm check in process
(`time.process_time`), the lowest of `rounds` rounds of `checks` checks each, with the heap
frozen after the warm-up as `mtqa check` does. Use `PYTHONHASHSEED=0`, your own
`MTQA_CACHE_DIR` and a byte-compiled tree; on a loaded machine compare two trees in turn.

- *rule, exclusive*: the rule function's own Python (its findings drawn inside it), the
  declared analyses it was the first to ask for left out;
- *rule, inclusive*: the same with those analyses (so a rule that pays for an analysis the
  others then read shows it here);
- *analysis, exclusive*: each declared analysis (`mtqa.analysis`) without the analyses it
  asks for in turn;
- *scan*: `Scanner.scan` (the native or Python scanner, the triggers' hits);
- *signal*: `calques/reads-as-translation` inclusive, and `translationese`'s rates alone;
- *finish*: after the rules, the findings made (`Checker._finding`), suppressions, one finding
  per slip, corroboration and `Report.scored` (the score and verdict);
- *render*: the report as text and as JSON (not part of `check()`; shown beside it);
- *engine, rest*: the check less all of the above (calling rules, stamping, the sections).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
import msgspec  # noqa: E402  (one of mtqa's dependencies: after the check)

CLOCK = time.process_time
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
JOIN_EXCERPTS = 138
SIGNAL_RULE = "calques/reads-as-translation"


def tune_join(count: int = JOIN_EXCERPTS) -> str:
    """The tuning half's first `count` excerpt bodies in file order, joined by blank lines."""
    from benchmarks.corpus.load import split_header

    files = sorted((ROOT / "benchmarks" / "corpus" / "tune").glob("*.txt"))[:count]
    return "\n\n".join(split_header(f.read_text(encoding="utf-8"), f.name)[1].strip() for f in files)


def default_texts() -> dict[str, str]:
    return {"seed": SEED.read_text(encoding="utf-8"), "tune_join": tune_join()}


class _Costs:
    """Seconds per item over one round of checks, with a stack so nested timers are exclusive."""

    def __init__(self) -> None:
        self.exclusive: dict[str, float] = defaultdict(float)
        self.inclusive: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # per open timer: [start, time of timers nested in it]

    def run(self, name: str, func: Callable, drain: bool, args: tuple, kwargs: dict) -> Any:
        """`func(*args, **kwargs)` timed as `name` (a generator drained inside the timer when `drain`)."""
        frame = [CLOCK(), 0.0]
        self._stack.append(frame)
        try:
            out = func(*args, **kwargs)
            return list(out) if drain else out
        finally:
            self._stack.pop()
            spent = CLOCK() - frame[0]
            self.inclusive[name] += spent
            self.exclusive[name] += spent - frame[1]
            self.calls[name] += 1
            if self._stack:
                self._stack[-1][1] += spent


def _patch(obj: Any, attr: str, wrapper: Callable[[Any], Any], undo: list) -> None:
    original = getattr(obj, attr)
    setattr(obj, attr, wrapper(original))
    undo.append((obj, attr, original))


def costed_checker(box: list[_Costs]) -> tuple[Any, Callable[[], None]]:
    """A Checker whose parts are timed into `box[0]`; call the second value to undo the patches."""
    from mtqa import Checker, engine, translationese
    from mtqa.analysis import meta_of
    from mtqa.rule import RuleContext

    checker = Checker(languagetool="off")
    undo: list = []

    def via_box(name: str, drain: bool = False) -> Callable[[Callable], Callable]:
        def wrap(func: Callable) -> Callable:
            @functools.wraps(func)
            def run(*args, **kwargs):
                return box[0].run(name, func, drain, args, kwargs)
            return run
        return wrap

    checker.rules = [msgspec.structs.replace(r, func=via_box("rule " + r.id, drain=True)(r.func))
                     for r in checker.rules]
    wrappers: dict[Callable, Callable] = {}
    original_analysis = RuleContext.analysis

    def analysis(self, func, par=None):
        wrapped = wrappers.get(func)
        if wrapped is None:
            wrapped = wrappers[func] = via_box("analysis " + meta_of(func).name)(func)
        return original_analysis(self, wrapped, par)

    RuleContext.analysis = analysis  # type: ignore[method-assign]
    undo.append((RuleContext, "analysis", original_analysis))
    _patch(checker.scanner, "scan", via_box("scan"), undo)
    _patch(translationese, "rates_of", via_box("signal: translationese.rates_of"), undo)
    _patch(engine.Checker, "_finding", lambda f: staticmethod(via_box("finish: findings made")(f)), undo)
    for name in ("filter_findings", "one_per_slip", "_dedupe"):
        _patch(engine, name, via_box(f"finish: {name}"), undo)
    _patch(engine.scoring, "corroborated", via_box("finish: scoring.corroborated"), undo)
    _patch(engine.Report, "scored", lambda f: classmethod(via_box("finish: Report.scored")(f.__func__)), undo)

    def restore() -> None:
        for obj, attr, original in reversed(undo):
            setattr(obj, attr, original)

    return checker, restore


def measure(texts: dict[str, str], rounds: int = 3, checks: int = 5) -> dict:
    """Per text: the check's total and each item's exclusive and inclusive CPU ms, calls a check."""
    from mtqa.report import renderer

    box = [_Costs()]
    checker, restore = costed_checker(box)
    out = {}
    try:
        for name, text in texts.items():
            for _ in range(2):
                report = checker.check(text)
            gc.collect()
            gc.freeze()
            best: dict | None = None
            for _ in range(rounds):
                box[0] = costs = _Costs()
                t0 = CLOCK()
                for _ in range(checks):
                    report = checker.check(text)
                total = (CLOCK() - t0) / checks * 1000
                for fmt in ("text", "json"):
                    render = renderer(fmt).render
                    for _ in range(checks):
                        costs.run(f"render: {fmt}", render, False, ([report],), {})
                if best is None or total < best["total_ms"]:
                    best = {"total_ms": total, "findings": len(report.findings), "words": report.words,
                            "exclusive": {k: v / checks * 1000 for k, v in costs.exclusive.items()},
                            "inclusive": {k: v / checks * 1000 for k, v in costs.inclusive.items()},
                            "calls": {k: v // checks for k, v in costs.calls.items()}}
            gc.unfreeze()
            assert best is not None
            in_check = sum(v for k, v in best["exclusive"].items() if not k.startswith("render"))
            best["exclusive"]["engine, rest"] = best["total_ms"] - in_check
            out[name] = best
    finally:
        restore()
    return out


def summary(fig: dict) -> dict[str, float]:
    """The check's parts that sum to its total: rules, analyses, scan, signal, finish, rest."""
    ex = fig["exclusive"]
    parts: dict[str, float] = defaultdict(float)
    for k, v in ex.items():
        if k.startswith("render"):
            continue
        if k == "rule " + SIGNAL_RULE or k.startswith("signal"):
            parts["signal (reads-as-translation, own + rates)"] += v
        elif k.startswith("rule "):
            parts["rules, exclusive"] += v
        elif k.startswith("analysis "):
            parts["analyses, exclusive"] += v
        elif k.startswith("finish"):
            parts["finish (findings made, filters, scoring)"] += v
        else:
            parts[k] += v
    return dict(parts)


def print_table(name: str, fig: dict, top: int) -> None:
    ex, inc, calls = fig["exclusive"], fig["inclusive"], fig["calls"]
    print(f"\n#### {name}: {fig['total_ms']:.1f} ms CPU a warm check ({fig['words']} words, "
          f"{fig['findings']} findings)\n")
    print("| part of the check | ms | share |\n|---|---:|---:|")
    for k, v in sorted(summary(fig).items(), key=lambda kv: -kv[1]):
        print(f"| {k} | {v:.2f} | {v / fig['total_ms']:.1%} |")
    for k in ("render: text", "render: json"):
        if k in ex:
            print(f"| ({k}, beside the check) | {ex[k]:.2f} | |")
    families: dict[str, float] = defaultdict(float)
    for k in ex:
        if k.startswith("rule "):
            families[k[5:].split("/", 1)[0]] += inc[k]
    print(f"\nfamilies, rules inclusive (top {top}):\n\n| family | ms |\n|---|---:|")
    for k, v in sorted(families.items(), key=lambda kv: -kv[1])[:top]:
        print(f"| {k} | {v:.2f} |")
    rows = [(k, ex[k], inc.get(k, ex[k]), calls.get(k, 0)) for k in ex
            if not k.startswith(("render", "engine"))]
    print(f"\nitems by exclusive ms (top {top}):\n\n| item | exclusive | inclusive | calls |\n|---|---:|---:|---:|")
    for k, e, i, c in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"| {k} | {e:.2f} | {i:.2f} | {c} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="texts to check (default: the seed and the 40k-word join)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--checks", type=int, default=5, help="warm checks a round")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--json", help="write every figure here")
    args = ap.parse_args()
    texts = ({Path(f).name: Path(f).read_text(encoding="utf-8") for f in args.files} if args.files
             else default_texts())
    fig = measure(texts, args.rounds, args.checks)
    for name, f in fig.items():
        print_table(name, f, args.top)
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
