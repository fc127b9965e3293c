"""`mtqa serve`'s memory under hostile clients: does it stay bounded, and does the server answer after?

    python benchmarks/serve_hostile.py [--rounds 5] [--timeout 5]

Starts the real server (one worker, its default threads and queue, `--timeout` seconds, LanguageTool
off) and sends, each round: fifty small checks at once; three documents of 200,000 characters, one
after another; twenty bodies over the limit (ten declaring a 2 MB Content-Length, ten sent chunked
with none); five clients that send their body a byte every 0.2 s. After each round it asks for a
small check (the server must answer it) and samples the server's resident memory. The statuses
each kind got are counted. Memory bounded means the rounds after the first add little: the big
documents' text and findings are freed, the refused bodies were never held (stop 48's review).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import http.client
import json
import socket
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.checkout; the checkout's mtqa runs in a child process
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
from benchmarks.serve import SEED, Server  # noqa: E402


def post(port: int, body: bytes, path: str = "/api/check", chunked: bool = False) -> int:
    """The status of one JSON POST (0 when the server closed the connection without one)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        if chunked:
            c.putrequest("POST", path)
            c.putheader("Content-Type", "application/json")
            c.putheader("Transfer-Encoding", "chunked")
            c.endheaders()
            for start in range(0, len(body), 65536):
                part = body[start:start + 65536]
                c.send(b"%x\r\n%s\r\n" % (len(part), part))
            c.send(b"0\r\n\r\n")
        else:
            c.request("POST", path, body, {"Content-Type": "application/json"})
        resp = c.getresponse()
        resp.read()
        return resp.status
    except OSError:
        return 0
    finally:
        c.close()


def send_slowly(port: int, at_once: bytes, slowly: bytes, gap: float) -> tuple[bytes, int]:
    """A client that sends `at_once`, then `slowly` a byte every `gap` seconds until the server
    answers: (the answer, read until the server closes or a JSON body ends; bytes of `slowly` sent)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(at_once)
    sock.settimeout(gap)
    answer, sent = b"", 0
    try:
        while sent < len(slowly) and not answer:
            try:
                sock.sendall(slowly[sent:sent + 1])
                sent += 1
                answer = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:  # the server closed the connection after answering
                break
        sock.settimeout(10)
        while answer and not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    finally:
        sock.close()
    return answer, sent


def trickle(port: int, body: bytes, gap: float) -> int:
    """The status a client gets that sends its body a byte every `gap` seconds."""
    head = b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    answer, _ = send_slowly(port, head % len(body), body, gap)
    return int(answer.split()[1]) if answer.startswith(b"HTTP/") else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=5.0)
    args = ap.parse_args(argv)
    article = SEED.read_text(encoding="utf-8")
    big = json.dumps({"text": (article * (200_000 // len(article) + 1))[:200_000]}).encode()
    over = json.dumps({"text": "word " * 400_000}).encode()  # 2 MB, twice the default limit
    small = json.dumps({"text": "The council met on Monday and the the mayor spoke."}).encode()
    server = Server(1, 0, 16, timeout=args.timeout)
    statuses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    try:
        rss = [round(server.rss_mb(), 1)]
        for _ in range(args.rounds):
            with concurrent.futures.ThreadPoolExecutor(50) as pool:
                for kind, calls in (("50 at once", [(post, server.port, small)] * 50),
                                    ("over the limit", [(post, server.port, over)] * 10
                                     + [(post, server.port, over, "/api/check", True)] * 10),
                                    ("a byte at a time", [(trickle, server.port, small, 0.2)] * 5)):
                    for status in pool.map(lambda c: c[0](*c[1:]), calls):
                        statuses[kind][status] += 1
            for _ in range(3):
                statuses["200k characters"][post(server.port, big)] += 1
            for _ in range(120):  # a check that overran holds its thread until it ends: wait it out
                after = post(server.port, small)
                if after != 503:
                    break
                time.sleep(0.5)
            statuses["the next request"][after] += 1
            rss.append(round(server.rss_mb(), 1))
    finally:
        server.stop()
    print("| client | statuses |\n|---|---|")
    for kind, counts in statuses.items():
        print(f"| {kind} | {', '.join(f'{n}× {s}' for s, n in sorted(counts.items()))} |")
    print(f"\nserver RSS (MB) at start and after each round: {', '.join(map(str, rss))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
