"""How `mtqa check --fix --jobs N` spreads over several files: bilingual files against plain ones.

    python benchmarks/fix_jobs.py [--files 8] [--segments 120] [--jobs 1 2] [--repeat 3]

Made-up copy, written fresh into a temporary folder for every run: each file holds `--segments`
sentences (XLIFF 1.2 trans-units with a French source, or the same targets one a line in a .txt
file), one in four with a fix the check applies safely (a doubled word, a space before a
comma), and one sentence every file repeats, translated two ways. Several bilingual files in
one run are one project (the consistency rules compare them), so `--fix` has to make every
file's report see the others as fixed. The figures (medians of `--repeat` runs; fresh process,
LanguageTool off): the wall time of the whole command, and its CPU time split between the
command's own process and its `--jobs` workers. On a shared machine the wall time moves with
the load; the CPU time of the command's own process is the part no worker can take over (the
serial part), so it is the figure to compare. The fixed files and the report are compared
across the `--jobs` values by digest. The command runs in this script's tree (its folder comes
first on the path), so a copy of the script in another checkout measures that checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

SUBJECTS = ["The council", "A spokesperson", "The ministry", "Local residents", "The committee", "The mayor"]
FIXABLE = ["said the the plan would go ahead", "confirmed the budget , on Tuesday"]
CLEAN = ["asked for more time", "rejected the proposal", "met the union", "announced new funding"]
SHARED = "Les bureaux ferment à huit heures."
PLACES = ["in Montreal", "in the capital", "after the vote", "before the hearing", "last week", "this spring"]


def sentences(file_no: int, count: int) -> list[tuple[str, str]]:
    """(source, target) pairs; one target in four carries a safe fix, the rest are clean."""
    out = []
    for i in range(count):
        subject, place = SUBJECTS[(i + file_no) % 6], PLACES[(i * 5 + file_no) % 6]
        verb = FIXABLE[(i // 4) % 2] if i % 4 == 0 else CLEAN[i % 4]
        if i % 10 == 5:  # a sentence every file repeats, translated two ways (one with a fix to make)
            out.append((SHARED, ("Polls close at at eight.", "Voting ends at eight.", "Polls close at eight.")[file_no % 3]))
            continue
        target = f"{subject} {verb} {place} ({file_no}-{i})."
        out.append((f"Phrase source {file_no}-{i} pour la démonstration.", target))
    return out


def xliff(pairs: list[tuple[str, str]]) -> str:
    units = "\n".join(f'      <trans-unit id="u{i}"><source>{s}</source><target state="translated">{t}</target>'
                      "</trans-unit>" for i, (s, t) in enumerate(pairs))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file source-language="fr" target-language="en" '
            f'datatype="plaintext" original="story.txt">\n    <body>\n{units}\n    </body>\n  </file>\n</xliff>\n')


def make(folder: Path, kind: str, files: int, segments: int) -> list[Path]:
    paths = []
    for n in range(files):
        pairs = sentences(n, segments)
        path = folder / (f"story{n:02d}.xlf" if kind == "bilingual" else f"story{n:02d}.txt")
        path.write_text(xliff(pairs) if kind == "bilingual" else "\n\n".join(t for _, t in pairs) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


# Runs `mtqa check` and writes the CPU seconds of its own process and of its (joined) workers.
WRAPPER = """
import resource, sys
from mtqa.cli import main
try:
    code = main(sys.argv[2:])
finally:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(sys.argv[1], "w") as fh:
        fh.write(f"{own.ru_utime + own.ru_stime} {kids.ru_utime + kids.ru_stime}")
"""


def run(kind: str, files: int, segments: int, jobs: int) -> tuple[float, float, float, str]:
    """One `--fix --jobs` run over fresh files: wall seconds, CPU seconds of the command's own
    process (the part no worker shares) and of its workers, and a digest of the files and
    report after it."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = make(Path(tmp), kind, files, segments)
        cpu = Path(tmp) / "cpu.txt"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", WRAPPER, str(cpu), "check", *map(str, paths), "--fix", "--jobs",
                        str(jobs), "--languagetool", "off", "--format", "json", "--output",
                        str(Path(tmp) / "report.json")], check=False, capture_output=True, cwd=ROOT)
        seconds = time.perf_counter() - t0
        own, workers = (float(x) for x in cpu.read_text().split())
        h = hashlib.sha256()
        for p in paths:
            h.update(p.read_bytes())
        h.update(json.dumps(findings(Path(tmp) / "report.json")).replace(tmp, "<tmp>").encode())
        return seconds, own, workers, h.hexdigest()[:12]


def findings(report: Path) -> list:
    """What the JSON report says of each file (its name, score, notes and findings), without the
    timings that differ from run to run (the caller takes the temporary folder out of it)."""
    out = []
    for f in json.loads(report.read_text(encoding="utf-8"))["files"]:
        out.append([Path(f["path"]).name, f.get("score"), f.get("notes"),
                    [[x["rule"], x["line"], x["column"], x["message"]] for x in f["findings"]]])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--segments", type=int, default=120)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"Medians of {args.repeat} runs.\n")
    print("| files | kind | --jobs | wall s | CPU s, command's own process | CPU s, workers | files and report "
          "(sha256) |")
    print("|---|---|---:|---:|---:|---:|---|")
    for kind in ("plain", "bilingual"):
        for jobs in args.jobs:
            runs = [run(kind, args.files, args.segments, jobs) for _ in range(args.repeat)]
            wall, own, workers = (statistics.median(r[i] for r in runs) for i in range(3))
            digests = sorted({r[3] for r in runs})
            print(f"| {args.files} × {args.segments} segments | {kind} | {jobs} | {wall:.2f} | {own:.2f} | "
                  f"{workers:.2f} | {', '.join(digests)} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
