"""Which paragraph rules are called where they find nothing: calls per check against calls that
yield a finding, per rule, on the seed, the clean references and MT outputs.

    python benchmarks/rule_calls.py [--top 40] [--preview]

A rule called on every paragraph that finds something in a few of them is a candidate for a
declared trigger (mtqa.scan.triggers): the engine then skips the paragraphs where its trigger
does not fire. Counts, not times: they do not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
import msgspec  # noqa: E402  (one of mtqa's dependencies: after the check)
from benchmarks.speed import documents  # noqa: E402
from mtqa import Checker  # noqa: E402
from mtqa.rule import Scope  # noqa: E402


def _counted(rule_id: str, func: Callable, calls: Counter, hits: Counter) -> Callable:
    def run(par, ctx):
        calls[rule_id] += 1
        found = list(func(par, ctx))
        if found:
            hits[rule_id] += 1
        return found

    return run


def count(texts: dict[str, list[str]], preview: bool = False) -> dict[str, dict[str, tuple[int, int, bool]]]:
    """Per set of texts: rule id -> (calls, calls with a finding, declares triggers)."""
    checker = Checker(languagetool="off", preview=preview)
    calls: Counter = Counter()
    hits: Counter = Counter()
    checker.rules = [
        msgspec.structs.replace(r, func=_counted(r.id, r.func, calls, hits)) if r.meta.scope is Scope.PARAGRAPH else r
        for r in checker.rules
    ]
    triggered = {r.id: bool(r.meta.triggers) for r in checker.rules}
    out = {}
    for name, docs in texts.items():
        calls.clear()
        hits.clear()
        for d in docs:
            checker.check(d)
        out[name] = {rid: (n / len(docs), hits[rid] / len(docs), triggered[rid]) for rid, n in calls.items()}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--preview", action="store_true")
    args = ap.parse_args()
    for name, table in count(documents(), args.preview).items():
        total = sum(c for c, _, _ in table.values())
        useful = sum(h for _, h, _ in table.values())
        print(f"{name}: {total:.0f} paragraph-rule calls a document, {useful:.0f} with a finding")
        print(f"  {'calls':>7} {'found':>7}  trig  rule")
        for rid, (c, h, t) in sorted(table.items(), key=lambda kv: -(kv[1][0] - kv[1][1]))[: args.top]:
            print(f"  {c:7.1f} {h:7.1f}  {'yes' if t else ' - '}   {rid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
