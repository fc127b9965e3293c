"""How `mtqa check --fix --jobs N` spreads over several files: bilingual files against plain ones.

    python benchmarks/fix_jobs.py [--files 8] [--segments 120] [--jobs 1 2] [--repeat 3]

Made-up copy, written fresh into a temporary folder for every run: each file holds `--segments`
sentences (XLIFF 1.2 trans-units with a French source, or the same targets one a line in a .txt
file), one in four with a fix the check applies safely (a doubled word, a space before a
comma). Several bilingual files in one run are one project (the consistency rules compare
them), so `--fix` has to make every file's report see the others as fixed. The figure is the
wall time of the whole command (fresh process, LanguageTool off), the best of `--repeat` runs;
the fixed files are compared byte for byte across the `--jobs` values.
"""

from __future__ import annotations

import argparse
import hashlib
import json
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


def run(kind: str, files: int, segments: int, jobs: int) -> tuple[float, str]:
    """Wall seconds of one `--fix --jobs` run over fresh files, and a digest of the files after it."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = make(Path(tmp), kind, files, segments)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mtqa", "check", *map(str, paths), "--fix", "--jobs", str(jobs),
                        "--languagetool", "off", "--format", "json", "--output", str(Path(tmp) / "report.json")],
                       check=False, capture_output=True)
        seconds = time.perf_counter() - t0
        h = hashlib.sha256()
        for p in paths:
            h.update(p.read_bytes())
        h.update(json.dumps(findings(Path(tmp) / "report.json")).replace(tmp, "<tmp>").encode())
        return seconds, h.hexdigest()[:12]


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
    print(f"| files | kind | --jobs | wall s (best of {args.repeat}) | files and report (sha256) |")
    print("|---|---|---:|---:|---|")
    for kind in ("plain", "bilingual"):
        for jobs in args.jobs:
            runs = [run(kind, args.files, args.segments, jobs) for _ in range(args.repeat)]
            best = min(s for s, _ in runs)
            digests = sorted({d for _, d in runs})
            print(f"| {args.files} × {args.segments} segments | {kind} | {jobs} | {best:.2f} | {', '.join(digests)} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
