"""`mtqa serve` and `mtqa lsp` given hostile documents: bounded time and memory, and the next request answered.

    python benchmarks/serve_documents.py [--timeout 10] [--at-once 3] [--lsp] [--lsp-fix-all]

Why: review49's brief. A newsroom system may post whatever an editor pasted: one line of a
megabyte, a hundred thousand quote marks, brackets nested fifty thousand deep. The server must
answer each (200, or a JSON 504 when the check outlasts `--timeout`), keep its memory bounded, and
answer the next small request soon after: a check that overran its deadline holds its thread until
it ends, so what matters is how long after the deadline the thread is free again.

The documents are made here (no corpus text). For each, `--at-once` clients post it to
`/api/fix` together (one worker, one check thread, the default queue); then a small check is
posted until it is answered 200. Printed: the statuses, the slowest answer, how long the small
check waited after the last answer, and the server's resident memory after each document.
With `--lsp`, each document is opened in `mtqa lsp` and the time to its diagnostics and to the
answer of a hover after it are printed, with the server's peak memory. With `--lsp-fix-all`, a
story line of `--fix-all-chars` characters is opened, and fix-all is asked with a hover sent right
behind it: printed, when each was answered and what fix-all answered (its title, or its error).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
from benchmarks.serve import Server  # noqa: E402
from benchmarks.serve_hostile import post  # noqa: E402

SMALL = json.dumps({"text": "The council met on Monday and the the mayor spoke."}).encode()


def documents() -> dict[str, str]:
    """The hostile shapes (the long line's JSON, guillemets escaped, is over the default 1 MB limit)."""
    rng = random.Random(49)
    sentence = "The minister said the the plan would go ahead, and « officials » confirmed it on Monday. "
    return {
        "one line of 900k characters": (sentence * (900_000 // len(sentence) + 1))[:900_000],
        "100k straight quotes": '"' * 100_000,
        "100k mixed quote marks": "".join(rng.choice("“”\"‘’«»'") for _ in range(100_000)),
        "brackets 50k deep": "(" * 50_000 + "word" + ")" * 50_000,
        "open brackets, 20k sentences": "The (minister [said {the " * 20_000,
    }


def timed_post(port: int, body: bytes, path: str) -> tuple[int, float]:
    t0 = time.monotonic()
    status = post(port, body, path)
    return status, time.monotonic() - t0


def serve(timeout: float, at_once: int, max_bytes: int) -> None:
    server = Server(1, 1, 16, timeout=timeout, extra=("--max-request-bytes", str(max_bytes)))
    try:
        print(f"server RSS at start: {server.rss_mb():.1f} MB (one worker, one check thread, --timeout {timeout:g}, "
              f"--max-request-bytes {max_bytes})\n")
        print("| document | statuses | slowest answer (s) | next small check answered after (s) | RSS after (MB) |")
        print("|---|---|---:|---:|---:|")
        for name, text in documents().items():
            body = json.dumps({"text": text}).encode()
            with concurrent.futures.ThreadPoolExecutor(at_once) as pool:
                got = list(pool.map(lambda _: timed_post(server.port, body, "/api/fix"), range(at_once)))
            answered = time.monotonic()
            while post(server.port, SMALL, "/api/check") != 200:
                time.sleep(0.2)
            waited = time.monotonic() - answered
            counts = collections.Counter(s for s, _ in got)
            print(f"| {name} | {', '.join(f'{n}× {s}' for s, n in sorted(counts.items()))} | "
                  f"{max(t for _, t in got):.1f} | {waited:.1f} | {server.rss_mb():.1f} |", flush=True)
    finally:
        server.stop()


def lsp() -> None:
    import psutil

    from benchmarks.lsp_client import Client

    client = Client()
    try:
        client.initialize()
        proc = psutil.Process(client.proc.pid)
        print("\n| document (LSP) | diagnostics | seconds to diagnostics | hover after (s) | server RSS (MB) |")
        print("|---|---:|---:|---:|---:|")
        for i, (name, text) in enumerate(documents().items()):
            uri = f"file:///hostile{i}.txt"
            t0 = time.monotonic()
            client.open(uri, text)
            diags = client.diagnostics(uri, timeout=600)
            took = time.monotonic() - t0
            t1 = time.monotonic()
            client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": 0, "character": 5}}, timeout=600)
            print(f"| {name} | {len(diags)} | {took:.1f} | {time.monotonic() - t1:.2f} | "
                  f"{proc.memory_info().rss / 2**20:.1f} |", flush=True)
            client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        client.close()
    finally:
        client.kill()  # a server still busy (a document it never finished) is not left running


def lsp_fix_all(chars: int, timeout: float | None, which: str | None = None) -> None:
    """Fix-all of a long line of findings, and a hover asked while it runs (review49's second round:
    fix-all ran in the server's own thread with no time limit, and the hover waited for all of it)."""
    from benchmarks.lsp_client import Client

    sentence = "The minister said the the plan would go ahead , and officials confirmed it on Monday . "
    name, text = "one story line", (sentence * (chars // len(sentence) + 1))[:chars]
    if which:  # one of the hostile documents instead, by the start of its name
        name, text = next((n, t) for n, t in documents().items() if n.startswith(which))
    limit = [] if timeout is None else ["--timeout", f"{timeout:g}"]  # None: the server's default (or none)
    client = Client([sys.executable, "-m", "mtqa", "lsp", *limit])
    try:
        client.initialize()
        uri = "file:///fixall.txt"
        client.open(uri, text)
        diags = client.diagnostics(uri, timeout=600)
        whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        t0 = time.monotonic()
        client.send({"jsonrpc": "2.0", "id": 9001, "method": "textDocument/codeAction",
                     "params": {"textDocument": {"uri": uri}, "range": whole,
                                "context": {"diagnostics": [], "only": ["source.fixAll"]}}})
        client.send({"jsonrpc": "2.0", "id": 9002, "method": "textDocument/hover",
                     "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 20}}})
        answered: dict[int, float] = {}
        answers: dict[int, dict] = {}
        while len(answered) < 2:
            m = client.wait(lambda m: m.get("id") in (9001, 9002) and "method" not in m, timeout=900)
            answered[m["id"]], answers[m["id"]] = time.monotonic() - t0, m
        fix = answers[9001]
        said = fix["error"]["message"] if "error" in fix else "; ".join(a["title"] for a in fix["result"] or [])
        print(f"\n| fix-all (LSP, {' '.join(limit) or 'default limit'}) | characters | diagnostics | fix-all answered (s) | "
              "hover sent behind it answered (s) | fix-all said |")
        print("|---|---:|---:|---:|---:|---|")
        print(f"| {name} | {len(text):,} | {len(diags):,} | {answered[9001]:.1f} | {answered[9002]:.2f} | {said} |",
              flush=True)
        client.close()
    finally:
        client.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=10.0, help="the server's --timeout (default 10, its own)")
    ap.add_argument("--at-once", type=int, default=3, help="clients posting each document together")
    ap.add_argument("--max-request-bytes", type=int, default=4_000_000,
                    help="the server's body limit (default 4 MB: the 900k line's JSON is over the 1 MB default)")
    ap.add_argument("--lsp", action="store_true", help="also open each document in mtqa lsp")
    ap.add_argument("--no-serve", action="store_true", help="the LSP part alone")
    ap.add_argument("--lsp-fix-all", action="store_true", help="also time mtqa lsp's fix-all and a hover behind it")
    ap.add_argument("--lsp-timeout", type=float, help="mtqa lsp's --timeout for the fix-all (default: its own)")
    ap.add_argument("--fix-all-document", metavar="NAME", help="a hostile document (its name's start) for the fix-all")
    ap.add_argument("--fix-all-chars", type=int, default=200_000, help="the fix-all document's length (default 200k)")
    args = ap.parse_args(argv)
    if not args.no_serve:
        serve(args.timeout, args.at_once, args.max_request_bytes)
    if args.lsp:
        lsp()
    if args.lsp_fix_all:
        lsp_fix_all(args.fix_all_chars, args.lsp_timeout, args.fix_all_document)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
