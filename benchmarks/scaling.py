"""How check time and memory grow with one document's size.

    python benchmarks/scaling.py [--sizes 1,4,16] [--documents 10,100] [--json benchmarks/results/scaling.json]

Each point runs in a fresh process (`python benchmarks/scaling.py --one KIND MB`), so its
peak RSS (ru_maxrss of that process: interpreter, mtqa, the text and the report) is its own.

  * single line: the seed article's words on one line, repeated to 1, 4 and 16 MB (no
    paragraph break at all: the worst case for per-paragraph work). The time ratio
    16 MB / 1 MB is linear at 16 (target: at most 16).
  * documents: the clean human references of ../shared/eval (else the seed) as paragraphs,
    repeated to 10 and 100 MB (target: a 10 MB document under 150 MB peak RSS).

Times are wall seconds of Checker.check on a warm Checker (rules compiled), LanguageTool off.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm" / "references_zhen.jsonl"
MB = 1_000_000


def text_of(kind: str, size: int) -> str:
    if kind == "single-line":
        unit = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    else:
        if EVAL.exists():
            unit = "\n\n".join(json.loads(x)["reference"] for x in EVAL.open(encoding="utf-8")) + "\n\n"
        else:
            unit = SEED.read_text(encoding="utf-8") + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def one(kind: str, mb: float) -> dict:
    from mtqa import Checker

    checker = Checker(languagetool="off")
    checker.check("Warm up.")
    text = text_of(kind, int(mb * MB))
    t0 = time.perf_counter()
    report = checker.check(text)
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"kind": kind, "mb": mb, "chars": len(text), "words": report.words, "findings": len(report.findings),
            "seconds": round(seconds, 3), "peak_rss_mb": round(rss / 1024, 1)}


def measure(kind: str, mb: float) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--one", kind, str(mb)], capture_output=True, text=True)
    if proc.returncode:
        return {"kind": kind, "mb": mb, "error": proc.stderr.strip()[-500:]}
    return json.loads(proc.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16", help="single-line sizes in MB")
    ap.add_argument("--documents", default="10,100", help="document sizes in MB")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "scaling.json"))
    ap.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], float(args.one[1]))))
        return 0
    points = []
    for mb in [float(x) for x in args.sizes.split(",") if x]:
        points.append(measure("single-line", mb))
        print(json.dumps(points[-1]), flush=True)
    for mb in [float(x) for x in args.documents.split(",") if x]:
        points.append(measure("document", mb))
        print(json.dumps(points[-1]), flush=True)
    single = {p["mb"]: p for p in points if p["kind"] == "single-line" and "seconds" in p}
    summary = {}
    if single:
        small, large = min(single), max(single)
        if large > small:
            summary["single_line_time_ratio"] = {
                "sizes_mb": [small, large], "size_ratio": large / small,
                "time_ratio": round(single[large]["seconds"] / single[small]["seconds"], 2)}
    out = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
           f"Python {platform.python_version()}", "points": points, "summary": summary}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
