"""A large plain-text file: time and peak memory of `mtqa check` as the file grows.

    python benchmarks/plain_memory.py [--megabytes 2,8] [--json OUT]

Writes a plain-text file of about N MB of made-up news paragraphs (three sentences each, a
blank line between, a doubled word in one paragraph in ten) and runs the real command on it
(`mtqa check -q --isolated --languagetool off FILE`) in a fresh process, its resident memory
sampled every 10 ms (`bilingual_memory.peak_rss`). Reports seconds, MB per second and peak RSS,
beside a process that only builds a Checker: the growth of the peak with the file is what the
file costs (its text, kept for the report and --fix, its paragraphs and findings). The 50 MiB
limit (`mtqa.commands.tasks.MAX_BYTES`) bounds it; the peak there is read off the slope
measured below it, as a run at 50 MB takes tens of minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bilingual_memory import peak_rss  # noqa: E402

PARAGRAPH = ("The council of {town} voted {n} to {m} on Tuesday to extend the transit levy for {years} years. "
             "The mayor said {dup}the money would pay for new buses and a second depot. "
             "Opponents said the vote came too soon after the budget was tabled.\n\n")
TOWNS = ("Lakeview", "Port Ellis", "Brandon Falls", "North Ashby", "Cedar Point", "Millbrook")


def write_plain(path: Path, megabytes: float) -> int:
    """Write about `megabytes` MB of paragraphs; how many were written."""
    target = int(megabytes * 1e6)
    written = count = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            para = PARAGRAPH.format(town=TOWNS[count % len(TOWNS)], n=count % 9 + 3, m=count % 3, years=count % 7 + 2,
                                    dup="the " if count % 10 == 0 else "")
            fh.write(para)
            written += len(para)
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--megabytes", default="2,8")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "plain_memory.json"))
    args = ap.parse_args()
    _, base_rss, _ = peak_rss([sys.executable, "-c", "import mtqa.engine; mtqa.engine.Checker()"])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (float(x) for x in args.megabytes.split(",")):
            path = Path(tmp) / f"big-{mb:g}.txt"
            paragraphs = write_plain(path, mb)
            secs, rss, out = peak_rss([sys.executable, "-m", "mtqa", "check", "-q", "--isolated",
                                       "--languagetool", "off", str(path)])
            size = path.stat().st_size / 1e6
            rows.append({"file_mb": round(size, 2), "paragraphs": paragraphs, "seconds": round(secs, 1),
                         "mb_per_s": round(size / secs, 3), "peak_rss_mb": round(rss, 1),
                         "checker_only_rss_mb": round(base_rss, 1),
                         "summary": out.strip().splitlines()[0].replace(str(path), path.name) if out.strip() else ""})
            print(json.dumps(rows[-1]), flush=True)
    print("\n| file | paragraphs | seconds | MB/s | peak RSS | Checker alone |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['file_mb']} MB | {r['paragraphs']:,} | {r['seconds']} | {r['mb_per_s']} | {r['peak_rss_mb']} MB | "
              f"{r['checker_only_rss_mb']} MB |")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
