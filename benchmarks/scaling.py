"""How check time and memory grow with one document's size.

    python benchmarks/scaling.py [--sizes 1,4,16] [--documents 10,100] [--short-lines 20]
                                 [--repeat N] [--json benchmarks/results/scaling.json]

Each point runs in a fresh process (`python benchmarks/scaling.py --one KIND MB`), so its
peak RSS (ru_maxrss of that process: interpreter, mtqa, the text and the report) is its own.

  * single line: the seed article's words on one line, repeated to 1, 4 and 16 MB (no
    paragraph break at all: the worst case for per-paragraph work). The time ratio
    16 MB / 1 MB is linear at 16 (target: at most 16).
  * documents: the clean human references of ../shared/eval (else the seed) as paragraphs,
    repeated to 10 and 100 MB (target: a 10 MB document under 150 MB peak RSS).
  * short lines: 20 MB of one-sentence lines (about 560,000 paragraphs).

Times are seconds of Checker.check on a warm Checker (rules compiled), LanguageTool off:
wall time, and the process's CPU time (steadier on a shared machine; the ratio uses both), of
which the cyclic garbage collector's share (`gc_cpu_seconds`, timed with `gc.callbacks`).
With `--repeat N` every point is measured N times, in rounds (each round measures every
point once, so a burst of load on the machine falls on all sizes alike), and a point's
figures are the medians of its runs; the JSON keeps every run and the load average.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm" / "references_zhen.jsonl"
MB = 1_000_000


def text_of(kind: str, size: int, eval_file: Path = EVAL) -> str:
    if kind == "single-line":
        unit = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    elif kind == "short-lines":  # one short sentence per line: a million paragraphs in 20 MB
        unit = "".join(f"Line {i} of the wire feed was filed.\n" for i in range(1000))
    else:
        if eval_file.exists():
            unit = "\n\n".join(json.loads(x)["reference"] for x in eval_file.open(encoding="utf-8")) + "\n\n"
        else:
            unit = SEED.read_text(encoding="utf-8") + "\n\n"
    whole, rest = divmod(size, len(unit))
    return "".join([unit] * whole + [unit[:rest]])  # built once: no second copy inflates the peak RSS


def _collector_clock() -> list[float]:
    """CPU seconds the cyclic garbage collector spends from now on, in a one-item list."""
    total, started = [0.0], [0.0]

    def clock(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            total[0] += time.process_time() - started[0]

    gc.callbacks.append(clock)
    return total


def one(kind: str, mb: float, eval_file: Path = EVAL) -> dict:
    from mtqa import Checker

    checker = Checker(languagetool="off")
    checker.check("Warm up.")
    text = text_of(kind, int(mb * MB), eval_file)
    gc_cpu = _collector_clock()
    t0, c0 = time.perf_counter(), time.process_time()
    report = checker.check(text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    # A cold cache's entries are built by a child process (mtqa.cache_child): its own peak.
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"kind": kind, "mb": mb, "chars": len(text), "words": report.words, "findings": len(report.findings),
            "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3), "gc_cpu_seconds": round(gc_cpu[0], 3),
            "peak_rss_mb": round(rss / 1024, 1), "child_peak_rss_mb": round(child_rss / 1024, 1)}


def measure(kind: str, mb: float, eval_file: Path = EVAL) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--eval", str(eval_file), "--one", kind, str(mb)],
                          capture_output=True, text=True)
    if proc.returncode:
        return {"kind": kind, "mb": mb, "error": proc.stderr.strip()[-500:]}
    return json.loads(proc.stdout)


def _sizes(spec: str) -> list[float]:
    return [float(x) for x in spec.split(",") if x]


def median_point(runs: list[dict]) -> dict:
    """One point's figures: the median of each measured figure over its runs (which it keeps)."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[-1]
    point = dict(ok[0])
    for key in ("seconds", "cpu_seconds", "gc_cpu_seconds", "peak_rss_mb"):
        point[key] = round(statistics.median(r[key] for r in ok), 3)
    if len(runs) > 1:
        point["runs"] = runs
    return point


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16", help="single-line sizes in MB")
    ap.add_argument("--documents", default="10,100", help="document sizes in MB")
    ap.add_argument("--short-lines", default="20", help="sizes in MB of documents of short lines")
    ap.add_argument("--repeat", type=int, default=1, help="runs per point (figures are their medians)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "scaling.json"))
    ap.add_argument("--eval", type=Path, default=EVAL,
                    help="references_zhen.jsonl of the WMT MQM data (default: ../shared/eval/wmt-mqm/)")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], float(args.one[1]), args.eval)))
        return 0
    plan = [("single-line", mb) for mb in _sizes(args.sizes)] + [("document", mb) for mb in _sizes(args.documents)]
    plan += [("short-lines", mb) for mb in _sizes(args.short_lines)]
    load_before = os.getloadavg()
    runs: list[list[dict]] = [[] for _ in plan]
    for _ in range(max(1, args.repeat)):
        for i, (kind, mb) in enumerate(plan):
            runs[i].append(measure(kind, mb, args.eval))
            print(json.dumps(runs[i][-1]), flush=True)
    points = [median_point(r) for r in runs]
    single = {p["mb"]: p for p in points if p["kind"] == "single-line" and "seconds" in p}
    summary = {}
    if single:
        small, large = min(single), max(single)
        if large > small:
            summary["single_line_time_ratio"] = {
                "sizes_mb": [small, large], "size_ratio": large / small,
                "wall_time_ratio": round(single[large]["seconds"] / single[small]["seconds"], 2),
                "cpu_time_ratio": round(single[large]["cpu_seconds"] / single[small]["cpu_seconds"], 2)}
    out = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
           f"Python {platform.python_version()}",
           "load_average": {"before": [round(x, 2) for x in load_before],
                            "after": [round(x, 2) for x in os.getloadavg()]},
           "repeat": max(1, args.repeat), "points": points, "summary": summary}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
