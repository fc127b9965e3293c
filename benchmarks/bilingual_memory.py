"""Bilingual files at scale: an XLIFF of 10,000 (and 40,000) segments, checked as it streams.

    python benchmarks/bilingual_memory.py [--segments 10000,40000] [--format xliff|po] [--fix] [--bom-crlf] [--json OUT]

Writes an XLIFF 1.2 file of N trans-units (French sources, English targets with inline
<g>/<x/> markup, a doubled word in one target in ten) and runs the real command on it
(`mtqa check -q --isolated --languagetool off FILE`) in a fresh process, sampling its resident
memory (psutil). For comparison, a second process only builds the file's element tree with
lxml (what a non-streaming reader would hold). Reports seconds, segments per second, file size
and peak RSS: streaming means the checker's peak grows with the file's text (kept for the
report and --fix), not with a tree of every unit. ``--format po`` writes a gettext PO of N
python-format entries instead (the same sentences, a doubled word in one in ten); the lxml
column is then left empty. ``--fix`` runs `mtqa check --fix` instead (the file rewritten in
place; its doubled words are removed and every other byte kept, which the run verifies), and
``--bom-crlf`` writes the file with a UTF-8 byte-order mark and CRLF line ends, as Windows CAT
tools do (stop 48).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

TEMPLATE = ('      <trans-unit id="u{i}">\n'
            '        <source>Le ministre a parlé de <g id="1">la mission</g> à Ottawa le {d} janvier <x id="2"/>.</source>\n'
            '        <target>The minister spoke about <g id="1">the mission</g> in {dup}Ottawa on Jan. {d} <x id="2"/>.</target>\n'
            '      </trans-unit>\n')


def write_xliff(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">\n'
                 '  <file source-language="fr-CA" target-language="en-CA" datatype="plaintext" original="x">\n'
                 '    <body>\n')
        for i in range(n):
            fh.write(TEMPLATE.format(i=i, d=i % 28 + 1, dup="in " if i % 10 == 0 else ""))
        fh.write("    </body>\n  </file>\n</xliff>\n")


PO_ENTRY = ('#: src/story.py:{i}\n#, python-format\n'
            'msgid "Le ministre a parlé de %(n)s à Ottawa le {d} janvier ({i})."\n'
            'msgstr "The minister spoke about %(n)s in {dup}Ottawa on Jan. {d} ({i})."\n\n')


def write_po(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n')
        for i in range(n):
            fh.write(PO_ENTRY.format(i=i, d=i % 28 + 1, dup="in " if i % 10 == 0 else ""))


def peak_rss(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of a command, RSS sampled every 10 ms."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=ROOT)  # `-m mtqa` and `-c` run this checkout's mtqa
    ps = psutil.Process(proc.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, ps.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.01)

    t = threading.Thread(target=sample)
    t.start()
    out, _ = proc.communicate()
    done.set()
    t.join()
    return time.perf_counter() - t0, peak / 1e6, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--segments", default="10000,40000")
    ap.add_argument("--format", choices=("xliff", "po"), default="xliff")
    ap.add_argument("--fix", action="store_true", help="run `mtqa check --fix` (the file rewritten)")
    ap.add_argument("--bom-crlf", action="store_true", help="write the file with a UTF-8 BOM and CRLF line ends")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "bilingual_memory.json"))
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.segments.split(",")):
            path = Path(tmp) / f"big-{n}.{'po' if args.format == 'po' else 'xlf'}"
            (write_po if args.format == "po" else write_xliff)(path, n)
            if args.bom_crlf:
                path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
            before = path.read_bytes()
            secs, rss, out = peak_rss([sys.executable, "-m", "mtqa", "check", "-q", "--isolated",
                                       "--languagetool", "off", *(["--fix"] if args.fix else []), str(path)])
            if args.fix:  # only the doubled words went: the file is the one written, without them
                assert path.read_bytes() == before.replace(b"in in Ottawa", b"in Ottawa"), "--fix changed other bytes"
            tree_rss = 0.0
            if args.format == "xliff":
                _, tree_rss, _ = peak_rss([sys.executable, "-c", "import sys, lxml.etree as E; "
                                           "t = E.parse(sys.argv[1]); print(len(t.getroot()))", str(path)])
            _, base_rss, _ = peak_rss([sys.executable, "-c", "import mtqa.engine; mtqa.engine.Checker()"])
            rows.append({"segments": n, "file_mb": round(path.stat().st_size / 1e6, 2), "seconds": round(secs, 2),
                         "segments_per_s": round(n / secs), "peak_rss_mb": round(rss, 1),
                         "checker_only_rss_mb": round(base_rss, 1), "lxml_tree_rss_mb": round(tree_rss, 1),
                         "summary": out.strip().splitlines()[0].replace(str(path), path.name) if out.strip() else ""})
            print(json.dumps(rows[-1]), flush=True)
    print("\n| segments | file | seconds | segments/s | peak RSS | Checker alone | lxml tree alone |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['segments']:,} | {r['file_mb']} MB | {r['seconds']} | {r['segments_per_s']:,} | "
              f"{r['peak_rss_mb']} MB | {r['checker_only_rss_mb']} MB | {r['lxml_tree_rss_mb']} MB |")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
