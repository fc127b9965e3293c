"""Where a warm check's CPU goes: milliseconds per rule, per declared analysis and per family.

    python benchmarks/speed.py --profile [--rounds 3] [--checks 20] [--preview] [--top 25] [FILE ...]

Each rule's function is wrapped in a timer (a paragraph rule's findings are drawn inside it,
so its generator's work counts), and so is every declared analysis (`mtqa.analysis`) the
rules ask for, once per document or paragraph as the engine computes it: a rule's figure is
its own Python, the analyses it was the first to ask for left out and shown apart. The
engine's share (scan, placing hits, stamping findings) is the check's total less both.
Figures are CPU ms of one check (`time.process_time`), the lowest of `rounds` means of
`checks` warm checks each, so a busy machine inflates them less.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

import msgspec

from mtqa import Checker
from mtqa.analysis import meta_of
from mtqa.rule import RuleContext

CLOCK = time.process_time


class _Tally:
    """Seconds per rule and per analysis over the checks of one round."""

    def __init__(self) -> None:
        self.rules: dict[str, float] = defaultdict(float)
        self.analyses: dict[str, float] = defaultdict(float)
        self.analysis_total = 0.0  # every analysis so far, to leave out of the rule that asked


def _timed_rule(rule_id: str, func: Callable, tally: list[_Tally]) -> Callable:
    @functools.wraps(func)
    def run(target, ctx):
        t = tally[0]
        before = t.analysis_total
        t0 = CLOCK()
        found = list(func(target, ctx))
        t.rules[rule_id] += CLOCK() - t0 - (t.analysis_total - before)
        return found

    return run


def _timed_analysis(func: Callable, tally: list[_Tally]) -> Callable:
    name = meta_of(func).name

    @functools.wraps(func)
    def run(*args):
        t = tally[0]
        t0 = CLOCK()
        try:
            return func(*args)
        finally:
            dt = CLOCK() - t0
            t.analyses[name] += dt
            t.analysis_total += dt

    return run


def profiled_checker(tally: list[_Tally], **options) -> tuple[Checker, Callable[[], None]]:
    """A Checker whose rules and analyses are timed into `tally[0]`; call the second value to
    undo the analysis patch."""
    checker = Checker(languagetool="off", **options)
    checker.rules = [
        msgspec.structs.replace(r, func=_timed_rule(r.id, r.func, tally))
        for r in checker.rules
    ]
    wrappers: dict[Callable, Callable] = {}
    original = RuleContext.analysis

    def analysis(self, func, par=None):
        wrapped = wrappers.get(func)
        if wrapped is None:
            wrapped = wrappers[func] = _timed_analysis(func, tally)
        return original(self, wrapped, par)

    RuleContext.analysis = analysis  # type: ignore[method-assign]

    def undo() -> None:
        RuleContext.analysis = original  # type: ignore[method-assign]

    return checker, undo


def profile(texts: dict[str, str], rounds: int = 3, checks: int = 20, preview: bool = False) -> dict:
    """Per text: total, engine, per-rule, per-analysis and per-family CPU ms of one warm check."""
    tally = [_Tally()]
    checker, undo = profiled_checker(tally, preview=preview)
    out = {}
    try:
        for name, text in texts.items():
            for _ in range(3):
                checker.check(text)  # warm: caches, the tagger's tables
            best: dict | None = None
            for _ in range(rounds):
                tally[0] = t = _Tally()
                t0 = CLOCK()
                for _ in range(checks):
                    checker.check(text)
                total = (CLOCK() - t0) / checks * 1000
                if best is None or total < best["total_ms"]:
                    rules = {k: v / checks * 1000 for k, v in t.rules.items()}
                    analyses = {k: v / checks * 1000 for k, v in t.analyses.items()}
                    families: dict[str, float] = defaultdict(float)
                    for k, v in rules.items():
                        families[k.split("/", 1)[0]] += v
                    best = {"total_ms": total, "rules_ms": sum(rules.values()),
                            "analyses_ms": sum(analyses.values()),
                            "rules": rules, "analyses": analyses, "families": dict(families)}
            assert best is not None
            best["engine_ms"] = best["total_ms"] - best["rules_ms"] - best["analyses_ms"]
            out[name] = best
    finally:
        undo()
    return out


def print_profile(fig: dict, top: int = 25) -> None:
    for name, f in fig.items():
        print(f"{name}: {f['total_ms']:.2f} ms a warm check = rules {f['rules_ms']:.2f} + analyses "
              f"{f['analyses_ms']:.2f} + engine {f['engine_ms']:.2f}")
        for title, table in (("analyses", f["analyses"]), ("families (rules only)", f["families"]),
                             ("rules", f["rules"])):
            rows = sorted(table.items(), key=lambda kv: -kv[1])[:top]
            print(f"  {title}:")
            for k, v in rows:
                print(f"    {v:7.3f}  {k}")


def texts_for(files: list[str], default: dict[str, str]) -> dict[str, str]:
    return {Path(f).name: Path(f).read_text(encoding="utf-8") for f in files} if files else default
