"""`mtqa serve` under load: requests per second, latency and memory, on loopback.

    python benchmarks/serve.py [--workers 1,2] [--clients 1,8,32] [--requests 300] [--seconds 60]
                               [--rss-requests 10000] [--endpoint v2|api] [--json OUT]

Starts the real server (`python -m mtqa serve --port 0`, LanguageTool off) once per `--workers`
value, then for each number of concurrent clients sends ~1,500-word articles (the seed and
articles made of the WMT human references, when ../shared/eval is present) until `--requests`
answers or `--seconds` have passed, whichever comes first; each client is a thread with its own
keep-alive connection posting a form to /v2/check (LanguageTool's protocol, what editors' tools
send) or JSON to /api/check. It reports requests per second, p50 and p99 latency and errors.

Then, with 8 clients, it sends `--rss-requests` requests (each text made unique, so that nothing
can be served from a cache) and samples the server's resident memory (all its processes) every
500 requests: memory must stay flat. The clients run on the same machine and take CPU from the
server; on 2 cores that caps what the figures can show.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
# the eval data sits in shared/ beside the checkout (or beside the folder of worktrees)
EVAL = next((d / "shared" / "eval" / "wmt-mqm" for d in ROOT.parents if (d / "shared" / "eval" / "wmt-mqm").exists()),
            ROOT.parent / "shared" / "eval" / "wmt-mqm")
RESULTS = ROOT / "benchmarks" / "results" / "serve.json"


def articles(words: int = 1500) -> list[str]:
    """The seed and, when the eval data is present, ~1,500-word articles of human references."""
    docs = [SEED.read_text(encoding="utf-8")]
    refs_file = EVAL / "references_zhen.jsonl"
    if refs_file.exists():
        paragraphs = [json.loads(line)["reference"] for line in refs_file.open(encoding="utf-8")]
        current: list[str] = []
        count = 0
        for p in paragraphs:
            current.append(p)
            count += len(p.split())
            if count >= words:
                docs.append("\n\n".join(current))
                current, count = [], 0
            if len(docs) >= 40:
                break
    return docs


class Server:
    def __init__(self, workers: int, threads: int, queue: int, timeout: float = 60, extra: tuple[str, ...] = ()) -> None:
        env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
        env.pop("MTQA_LANGUAGETOOL_URL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mtqa", "serve", "--port", "0", "--workers", str(workers), "--threads", str(threads),
             "--queue", str(queue), "--timeout", f"{timeout:g}", "--languagetool", "off", *extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not m:
            self.proc.kill()
            raise SystemExit(f"mtqa serve did not start: {line!r}")
        self.port = int(m.group(1))
        deadline = time.monotonic() + 60
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit("mtqa serve did not answer /healthz")
            time.sleep(0.2)

    def rss_mb(self) -> float:
        import psutil

        root = psutil.Process(self.proc.pid)
        procs = [root, *root.children(recursive=True)]
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def request_body(endpoint: str, text: str, suffix: str = "") -> tuple[str, bytes, str]:
    """The request for `text` + `suffix` (encoded piecewise: the clients should spend little CPU)."""
    if endpoint == "api":
        return "/api/check", json.dumps({"text": text + suffix}).encode("utf-8"), "application/json"
    body = "language=en-CA&text=" + _quoted(text) + urllib.parse.quote_plus(suffix)
    return "/v2/check", body.encode("ascii"), "application/x-www-form-urlencoded"


_QUOTED: dict[str, str] = {}


def _quoted(text: str) -> str:
    if text not in _QUOTED:
        _QUOTED[text] = urllib.parse.quote_plus(text)
    return _QUOTED[text]


def load(port: int, clients: int, texts: list[str], limit: int, seconds: float, endpoint: str,
         unique: bool = False, on_count=None) -> dict:
    """`clients` threads send requests until `limit` answers or `seconds`; latencies in ms."""
    lock = threading.Lock()
    latencies: list[float] = []
    errors: dict[str, int] = {}
    issued = 0
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal issued
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if issued >= limit or time.monotonic() > deadline:
                    break
                n = issued
                issued += 1
            suffix = f"\n\nThis is request number {n} of the run." if unique else ""
            path, body, ctype = request_body(endpoint, texts[n % len(texts)], suffix)
            t0 = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers={"Content-Type": ctype})
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException) as exc:
                status = type(exc).__name__
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            ms = (time.perf_counter() - t0) * 1000
            with lock:
                if status == 200:
                    latencies.append(ms)
                    if on_count is not None:
                        on_count(len(latencies))
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p / 100 * len(lat)))], 1) if lat else float("nan")

    return {"clients": clients, "requests": len(lat), "errors": errors, "seconds": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1) if wall else 0.0,
            "p50_ms": pct(50), "p99_ms": pct(99), "mean_ms": round(statistics.fmean(lat), 1) if lat else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", default="1,2", help="worker processes to try (comma-separated)")
    ap.add_argument("--threads", type=int, default=0, help="check threads per worker (0: the server's default)")
    ap.add_argument("--clients", default="1,8,32")
    ap.add_argument("--requests", type=int, default=300, help="answers per level (bound)")
    ap.add_argument("--seconds", type=float, default=60, help="seconds per level (bound)")
    ap.add_argument("--rss-requests", type=int, default=10_000, help="requests of the memory run (0: skip)")
    ap.add_argument("--rss-seconds", type=float, default=900)
    ap.add_argument("--endpoint", choices=("v2", "api"), default="v2")
    ap.add_argument("--json", default=str(RESULTS))
    args = ap.parse_args(argv)

    texts = articles()
    words = [len(t.split()) for t in texts]
    print(f"{len(texts)} articles, {min(words)}–{max(words)} words (mean {statistics.fmean(words):.0f}); "
          f"endpoint /{args.endpoint}; {os.cpu_count()} cores")
    out: dict = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                 "python": platform.python_version(), "endpoint": args.endpoint, "articles": len(texts),
                 "mean_words": round(statistics.fmean(words)), "levels": [], "memory": None,
                 "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}
    clients = [int(c) for c in args.clients.split(",")]
    worker_counts = [int(w) for w in args.workers.split(",")]
    print(f"{'workers':>7} {'clients':>7} {'answers':>7} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8}  errors")
    for workers in worker_counts:
        server = Server(workers, args.threads, queue=max(clients) * 2)
        try:
            load(server.port, 2, texts, 20, 30, args.endpoint)  # warm up every worker
            for c in clients:
                r = load(server.port, c, texts, args.requests, args.seconds, args.endpoint)
                r["workers"] = workers
                out["levels"].append(r)
                print(f"{workers:>7} {c:>7} {r['requests']:>7} {r['requests_per_s']:>7} {r['p50_ms']:>8} "
                      f"{r['p99_ms']:>8}  {r['errors'] or ''}", flush=True)
        finally:
            server.stop()

    if args.rss_requests:
        server = Server(1, args.threads, queue=32)
        samples: list[tuple[int, float]] = []
        next_at = [500]

        def sample(count: int) -> None:
            if count >= next_at[0]:
                next_at[0] += 500
                samples.append((count, round(server.rss_mb(), 1)))

        try:
            samples.append((0, round(server.rss_mb(), 1)))
            r = load(server.port, 8, texts, args.rss_requests, args.rss_seconds, args.endpoint, unique=True,
                     on_count=sample)
        finally:
            server.stop()
        after_warmup = [mb for n, mb in samples if n >= 1000]
        out["memory"] = {"requests": r["requests"], "errors": r["errors"], "seconds": r["seconds"],
                         "requests_per_s": r["requests_per_s"], "rss_mb": samples,
                         "rss_at_1000_mb": after_warmup[0] if after_warmup else None,
                         "rss_last_mb": samples[-1][1], "rss_max_mb": max(mb for _, mb in samples)}
        m = out["memory"]
        print(f"memory: {m['requests']} requests in {m['seconds']} s ({m['requests_per_s']} req/s, errors "
              f"{m['errors'] or 'none'}); RSS at start {samples[0][1]} MB, after 1,000 {m['rss_at_1000_mb']} MB, "
              f"at the end {m['rss_last_mb']} MB, max {m['rss_max_mb']} MB")
    out["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews the figures
    print(f"load average at start {out['load_average_at_start']}, at end {out['load_average_at_end']}")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
