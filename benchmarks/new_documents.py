"""What a warm process pays for documents it has not seen: the per-word memos filled on first sight.

    python benchmarks/new_documents.py [--runs 5] [--docs 184] [--against DIR] [--json OUT]

A warm check of the *same* text again (speed.py's figures) finds every per-word memo filled
(names, accents, title slots, sieves, folds); a new document pays for its new words. Each run
is a fresh process that builds a `Checker`, checks the seed twice (the first check's one-time
cost, out of the count), then checks the tuning half's texts (`corpus/tune/`, the first
`--docs`) once each ("new") and once more ("again"), and prints the CPU milliseconds of each
pass (`time.process_time`). "new − again" is what the memos cost. `--against DIR` runs a
second checkout's `mtqa` (imported through `PYTHONPATH`, the same interpreter) run for run
in turn with this one, so the comparison holds while a shared machine's load drifts; the
ratio is of the paired medians. CPU time on a loaded machine moves a few per cent: callgrind's
instruction count of the same probe (`--print-probe`, then `valgrind --tool=callgrind python
-c ...`) is the steady figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
TUNE = ROOT / "benchmarks" / "corpus" / "tune"
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"

_PROBE = """
import glob, json, sys, time
import mtqa.engine
checker = mtqa.engine.Checker(languagetool="off")
seed = open(sys.argv[1], encoding="utf-8").read()
checker.check(seed)
checker.check(seed)
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[2] + "/*.txt"))[: int(sys.argv[3])]]
passes = []
for _ in range(2):
    t = time.process_time()
    for text in texts:
        checker.check(text)
    passes.append(round((time.process_time() - t) * 1000, 1))
print(json.dumps({"module": mtqa.__file__, "docs": len(texts), "new_ms": passes[0], "again_ms": passes[1]}))
"""


def _run(tree: Path | None, docs: int) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # this machine's shells set it: every run would recompile
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    # -P: `-c` would put the working folder first on the path, ahead of PYTHONPATH
    out = subprocess.run([sys.executable, "-P", "-c", _PROBE, str(SEED), str(TUNE), str(docs)],
                         capture_output=True, text=True, env=env, cwd=tree or ROOT, check=True).stdout
    return _checked(json.loads(out), tree or ROOT)


def _checked(row: dict, tree: Path) -> dict:
    """The run's figures, once it is sure the run imported `tree`'s mtqa; the module's path is
    left out (the figures are committed, and a path names the machine they were made on)."""
    module = Path(row.pop("module")).resolve()
    if not module.is_relative_to(tree.resolve()):
        raise SystemExit(f"error: the run for {tree} imported mtqa from {module.parent}")
    return row


def _summary(rows: list[dict]) -> dict:
    new = statistics.median(r["new_ms"] for r in rows)
    again = statistics.median(r["again_ms"] for r in rows)
    return {"docs": rows[0]["docs"], "new_ms": new, "again_ms": again, "memo_ms": round(new - again, 1),
            "new_ms_per_doc": round(new / rows[0]["docs"], 3), "runs": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--docs", type=int, default=184, help="how many of tune/'s texts (sorted by name)")
    ap.add_argument("--against", type=Path, help="a second checkout, run in turn with this one")
    ap.add_argument("--json", type=Path, help="where to write the figures")
    ap.add_argument("--print-probe", action="store_true", help="print the probe's code and exit")
    args = ap.parse_args()
    if args.print_probe:
        print(_PROBE)
        return 0
    if args.runs < 1 or args.docs < 1:
        print("error: --runs and --docs must be at least 1", file=sys.stderr)
        return 2
    if args.against is not None and not (args.against / "mtqa" / "__init__.py").exists():
        print(f"error: {args.against} holds no mtqa package", file=sys.stderr)
        return 2
    trees: dict[str, Path | None] = {"this": None}
    if args.against is not None:
        trees["against"] = args.against.resolve()
    rows: dict[str, list[dict]] = {name: [] for name in trees}
    for tree in trees.values():
        _run(tree, 2)  # warm the disk, the bytecode and the caches
    for _ in range(args.runs):
        for name, tree in trees.items():
            rows[name].append(_run(tree, args.docs))
    result = {name: _summary(r) for name, r in rows.items()}
    for name, fig in result.items():
        print(f"{name}: {fig['docs']} new documents {fig['new_ms']} ms CPU, again {fig['again_ms']} ms "
              f"(the memos {fig['memo_ms']} ms; {fig['new_ms_per_doc']} ms a new document)")
    if "against" in result:
        ratios = [a["new_ms"] / b["new_ms"] for a, b in zip(rows["this"], rows["against"])]
        result["paired_ratio_new"] = round(statistics.median(ratios), 4)
        print(f"this / against, new documents: x{result['paired_ratio_new']} (median of paired runs)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
