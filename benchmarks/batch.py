"""Batch scale: `mtqa check --jobs N` over a directory tree; time, speed-up and peak memory.

    python benchmarks/batch.py [--files 1000,100000] [--jobs 1,2] [--json OUT]

Writes a tree of article files (the seed and ~300-word chunks of the eval references and MT
outputs, cycled) under a temporary directory, then runs the real command on it
(`mtqa check -q --isolated --languagetool off DIR`) and samples the resident memory of the
whole process tree (psutil) while it runs. Reports files per second, the speed-up of N jobs
over 1, peak RSS, and that the output order is the same for every N (determinism).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.speed import SEED, _chunk  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"


def corpus() -> list[str]:
    docs = [SEED.read_text(encoding="utf-8")]
    if EVAL.exists():
        refs = [json.loads(x)["reference"] for x in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
        mt = [json.loads(x)["target"] for x in (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8")]
        docs += _chunk(refs, 300) + _chunk(mt[:6000], 300)
    return docs


def write_tree(root: Path, n: int, docs: list[str]) -> None:
    for i in range(n):
        d = root / f"{i // 1000:03d}"
        d.mkdir(exist_ok=True)
        (d / f"article-{i:06d}.txt").write_text(docs[i % len(docs)], encoding="utf-8")


def run(cmd: list[str]) -> dict:
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        p = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                rss = p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    stop.set()
    th.join()
    return {"seconds": time.perf_counter() - t0, "peak_rss_mb": round(peak / 2**20, 1), "code": proc.returncode,
            "output_sha1": hashlib.sha1(out).hexdigest(), "lines": out.count(b"\n"), "stderr": err.decode()[-500:]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", default="1000,100000")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "batch.json"))
    args = ap.parse_args()
    docs = corpus()
    results = []
    for n in [int(x) for x in args.files.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "corpus"
            root.mkdir()
            write_tree(root, n, docs)
            base = None
            for j in [int(x) for x in args.jobs.split(",")]:
                r = run([sys.executable, "-m", "mtqa", "check", "-q", "--isolated", "--languagetool", "off",
                         "--jobs", str(j), str(root)])
                row = {"files": n, "jobs": j, "seconds": round(r["seconds"], 2),
                       "files_per_s": round(n / r["seconds"], 1), "peak_rss_mb": r["peak_rss_mb"],
                       "exit": r["code"], "output_sha1": r["output_sha1"]}
                if base is None:
                    base = row
                row["speedup"] = round(base["seconds"] / row["seconds"], 2)
                row["same_output_as_jobs_1"] = row["output_sha1"] == base["output_sha1"]
                results.append(row)
                print(f"{n:>7} files  --jobs {j}: {row['seconds']:>8} s  {row['files_per_s']:>8} files/s  "
                      f"speed-up ×{row['speedup']}  peak RSS {row['peak_rss_mb']} MB  "
                      f"same output: {row['same_output_as_jobs_1']}")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "rows": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
