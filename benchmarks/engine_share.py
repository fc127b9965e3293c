"""The engine's share of a warm check: everything outside the rules' functions and analyses.

    python benchmarks/engine_share.py [--checks 20] [--rounds 5] [FILE ...]
    python benchmarks/engine_share.py --instructions [--checks 10] [FILE ...]   (needs valgrind)

Each text is checked once for real while every rule's findings are recorded (per rule and
paragraph); then a Checker whose rule functions only hand those findings back ("replay")
checks it again and again. What the replay costs is the engine alone: the scan, placing its
hits, calling the rules where their triggers fired, stamping and building findings,
suppressions, corroboration, scoring and the report, on the real findings (the replay's
report is compared with the real one and must be the same). A rule's hits asked through
`ctx.hits` and the analyses are not in it: rules make those calls.

Figures are CPU ms a check (`time.process_time`), the lowest of `rounds` means of `checks`
checks, for the real check and the replay. After the warm-up the heap is frozen (`gc.freeze`),
as `mtqa check` does once its Checker is built: otherwise whether a full collection, which
walks every pack and table, falls among the measured checks moves a figure by ~10 %. `--instructions` runs each measurement under
valgrind's callgrind instead (independent of the machine's load): a process of `Checker()`,
the warm-up and `checks` checks less one without the `checks`, divided by `checks`.
Texts: the seed, the first clean reference article and the seed ×27 (~40k words, 246,913
characters: one section, just under `engine.SECTION_CHARS`), or the FILEs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
import msgspec  # noqa: E402  (one of mtqa's dependencies: after the check)

SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
CLOCK = time.process_time
WARM = 3


def default_texts() -> dict[str, str]:
    from benchmarks.speed import one_article_texts

    out = one_article_texts()
    out["seed_x27"] = "\n\n".join([out["seed"]] * 27)
    return out


def _recording(rule_id: str, func: Callable, table: dict, paragraph: type) -> Callable:
    def run(target, ctx):
        found = list(func(target, ctx))
        if found:
            place = target.index if type(target) is paragraph else None
            table.setdefault((rule_id, place), []).extend(
                (raw.par.index, raw.par.to_doc(0), target.to_doc(0) if place is not None else None,
                 msgspec.structs.replace(raw, par=None))
                for raw in found)
        return found

    return run


def _replaying(rule_id: str, table: dict, paragraph: type) -> Callable:
    """A rule function handing back what the rule found where it was run: as cheap as it can
    be, since its cost counts as the engine's (a lookup of the paragraph's index, which most
    calls find empty)."""
    get = table.get
    replace = msgspec.structs.replace

    def run(target, ctx):
        if type(target) is paragraph:
            recorded = get((rule_id, target.index))
            if not recorded:
                return ()
            here = target.to_doc(0)
            return [replace(raw, par=target) for _, _, at, raw in recorded if at == here]
        recorded = get((rule_id, None))
        if not recorded:
            return ()
        pars = {(p.index, p.to_doc(0)): p for p in target.paragraphs}
        return [replace(raw, par=pars[index, at]) for index, at, _, raw in recorded]

    return run


def checkers(text: str, preview: bool = False):
    """(real Checker, replaying Checker) for `text`, after one recording check."""
    from mtqa import Checker
    from mtqa.segment import Paragraph

    real = Checker(languagetool="off", preview=preview)
    table: dict = {}
    recorder = Checker(languagetool="off", preview=preview)
    recorder.rules = [msgspec.structs.replace(r, func=_recording(r.id, r.func, table, Paragraph))
                      for r in recorder.rules]
    recorder.check(text)
    replay = Checker(languagetool="off", preview=preview)
    replay.rules = [msgspec.structs.replace(r, func=_replaying(r.id, table, Paragraph)) for r in replay.rules]
    return real, replay


def _same(a, b) -> bool:
    x, y = a.to_dict(), b.to_dict()
    x.pop("timings_ms"), y.pop("timings_ms")
    return x == y


def cpu(texts: dict[str, str], checks: int, rounds: int) -> dict:
    out = {}
    for name, text in texts.items():
        real, replay = checkers(text)
        if not _same(real.check(text), replay.check(text)):
            raise SystemExit(f"{name}: the replay's report is not the real one")
        row = {}
        for label, checker in (("check_ms", real), ("engine_ms", replay)):
            for _ in range(WARM):
                checker.check(text)
            gc.freeze()  # see the module's docstring
            best = float("inf")
            for _ in range(rounds):
                t0 = CLOCK()
                for _ in range(checks):
                    checker.check(text)
                best = min(best, (CLOCK() - t0) / checks * 1000)
            row[label] = round(best, 3)
        row["engine_share"] = round(row["engine_ms"] / row["check_ms"], 3)
        out[name] = row
        print(f"{name}: a warm check {row['check_ms']:.2f} ms CPU, the engine alone (replay) {row['engine_ms']:.2f} ms "
              f"({row['engine_share']:.0%})", flush=True)
    return out


def _child(name: str, path: str, mode: str, checks: int) -> None:
    """Inside valgrind: build the checker, warm it, then `checks` checks."""
    text = Path(path).read_text(encoding="utf-8")
    real, replay = checkers(text)
    checker = real if mode == "check" else replay
    for _ in range(WARM):
        checker.check(text)
    gc.freeze()  # see the module's docstring
    for _ in range(checks):
        checker.check(text)


def _callgrind(name: str, path: str, mode: str, checks: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
               "--child", name, path, mode, str(checks)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode or not m:
            raise SystemExit(f"valgrind failed: {done.stderr[-2000:]}")
        return int(m.group(1))


def instructions(texts: dict[str, str], checks: int) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            n = checks if len(text) < 100_000 else max(1, checks // 5)
            row = {}
            # One run outside valgrind first: the first process of a fresh tree writes every
            # module's bytecode and fills mtqa's caches, which would land in the first count
            # (and, as the base run, be subtracted from the checks').
            subprocess.run([sys.executable, __file__, "--child", name, str(path), "check", "0"], check=True,
                           env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True)
            for mode in ("check", "engine"):
                base = _callgrind(name, str(path), mode, 0)
                full = _callgrind(name, str(path), mode, n)
                row[f"{mode}_instructions_m"] = round((full - base) / n / 1e6, 2)
            row["checks"] = n
            out[name] = row
            print(f"{name}: a warm check {row['check_instructions_m']:.2f} M instructions, the engine alone "
                  f"{row['engine_instructions_m']:.2f} M", flush=True)
    return out


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--checks", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--instructions", action="store_true", help="count instructions with callgrind")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    texts = ({Path(f).name: Path(f).read_text(encoding="utf-8") for f in args.files} if args.files
             else default_texts())
    fig = instructions(texts, args.checks) if args.instructions else cpu(texts, args.checks, args.rounds)
    if args.json:
        args.json.write_text(json.dumps(fig, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
