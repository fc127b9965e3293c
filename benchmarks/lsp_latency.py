"""Time from `didChange` to diagnostics in `mtqa lsp`, on a made-up 1,500-word story.

    python benchmarks/lsp_latency.py [--changes 20] [--debounce 0,0.25] [--pull] [--json FILE]

For each debounce it starts `mtqa lsp --debounce D` as a subprocess, speaks to it as an editor
does (`benchmarks/lsp_client.py`), opens the story (the first check: Checker built, rules compiled), then
sends --changes incremental edits one at a time (a word typed in the middle of the story, then
taken out again) and times each from the `didChange` sent to the `publishDiagnostics` of that
version received. Also: the same story checked in-process by a warm Session, the part of the
latency that is mtqa's check. With --pull, one more run as a client that pulls diagnostics
(`textDocument/diagnostic`): each change timed from `didChange` sent to the pull's answer (the
client asks at once; its own wait before asking is the client's debounce). Needs the `lsp`
extra. Prints medians and the slowest change.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()  # it starts `python -m mtqa lsp` with this interpreter

# Made-up news sentences (none from the corpus), a few with what mtqa flags.
SENTENCES = [
    "The harbour commission voted on Thursday to extend the winter ferry schedule by three weeks.",
    "Council members said the the extra crossings would cost about $412,000, paid from the reserve fund.",
    "Residents of the north shore had asked for the change after a petition gathered 2,300 signatures.",
    "\"We heard them loud and clear,\" said the commission's chair, a retired pilot who lives on the island .",
    "The port authority will hire four deckhands for the season and lease a second vessel from a yard upriver.",
    "Fares stay the same, although the commuter pass will now cover the late evening sailings as well.",
    "A spokesperson for the union representing the crews welcomed the decision but warned about fatigue.",
    "Officials expect the first extended sailing to leave the east terminal on the second Monday of March.",
    "The province contributed part of the money in a grant announced last autumn for rural transport.",
    "Some business owners near the terminal said longer service would help shops that close early in winter.",
    "Others questioned whether the reserve fund should pay for a service that mostly helps visitors.",
    "The commission plans to publish ridership figures every month so the public can judge the experiment.",
]


def story(words: int = 1500) -> str:
    """About `words` words of paragraphs made from SENTENCES, numbered so no two paragraphs match."""
    paragraphs, count, n = [], 0, 0
    while count < words:
        n += 1
        chunk = [SENTENCES[(n + i) % len(SENTENCES)] for i in range(3)]
        para = f"Update {n}: " + " ".join(chunk)
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs) + "\n"


def _run(debounce: float, text: str, changes: int, pull: bool = False) -> dict:
    from benchmarks.lsp_client import Client

    folder = Path(tempfile.mkdtemp(prefix="mtqa-lsp-bench-"))
    (folder / "mtqa.toml").write_text("", encoding="utf-8")
    uri = (folder / "story.txt").as_uri()
    client = Client([sys.executable, "-m", "mtqa", "lsp", "--debounce", str(debounce)], cwd=str(folder))
    try:
        client.initialize(folder.as_uri(), pull=pull)

        def diagnostics(version: int) -> list:
            if pull:
                return client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}, 300)["items"]
            return client.diagnostics(uri, version, timeout=300)

        t0 = time.perf_counter()
        client.open(uri, text)
        first = len(diagnostics(1))
        open_seconds = time.perf_counter() - t0
        middle = len(text.split("\n\n")) // 2 * 2  # a paragraph's line (blank lines between them)
        times = []
        for version in range(2, changes + 2):
            typed = version % 2 == 0
            at = {"line": middle, "character": 0}
            rng = {"start": at, "end": at if typed else {"line": middle, "character": 4}}
            t0 = time.perf_counter()
            client.change(uri, version, "Now " if typed else "", rng)
            diagnostics(version)
            times.append(time.perf_counter() - t0)
        client.close()
    finally:
        client.kill()
    return {"pull": pull, "debounce_s": None if pull else debounce, "first_check_s": round(open_seconds, 3), "diagnostics": first,
            "changes": changes, "median_ms": round(statistics.median(times) * 1000, 1),
            "slowest_ms": round(max(times) * 1000, 1)}


def _in_process(text: str, repeat: int = 5) -> float:
    from mtqa.session import Session

    session = Session.of()
    session.check(session.document(text, format="plain"))  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        session.check(session.document(text, format="plain"))
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) * 1000, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--changes", type=int, default=20)
    ap.add_argument("--debounce", default="0,0.25", help="comma-separated debounces in seconds")
    ap.add_argument("--pull", action="store_true", help="also a client that pulls diagnostics")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    text = story()
    results = {"words": len(text.split()), "in_process_check_ms": _in_process(text),
               "runs": [_run(float(d), text, args.changes) for d in args.debounce.split(",")]}
    if args.pull:
        results["runs"].append(_run(0.0, text, args.changes, pull=True))
    print(f"story: {results['words']} words; a warm in-process check: {results['in_process_check_ms']} ms (median)")
    for r in results["runs"]:
        how = "pulled (textDocument/diagnostic)" if r["pull"] else f"--debounce {r['debounce_s']}"
        print(f"{how}: first check after didOpen {r['first_check_s']} s "
              f"({r['diagnostics']} diagnostics); didChange -> diagnostics over {r['changes']} changes: "
              f"median {r['median_ms']} ms, slowest {r['slowest_ms']} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
