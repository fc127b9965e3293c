"""Fixtures for `mtqa serve`: the real server, started as a process on a free loopback port.

`start_server(*options)` runs ``python -m mtqa serve --port 0 ...``, reads the URL from the
first line it prints, waits for /healthz and stops the process (by its id) afterwards. The
server's log goes to test-output/serve/ (one file per server name and test worker) for a failing
test to show.
"""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx", reason="the dev extra (httpx) is needed for the serve tests")
pytest.importorskip("starlette", reason="mtqa[serve] (starlette) is not installed")
pytest.importorskip("uvicorn", reason="mtqa[serve] (uvicorn) is not installed")

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
LOGS = ROOT / "test-output" / "serve"
_URL = re.compile(r"listening on (http://\S+?) ")


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    log: Path
    started: str = ""  # what the server printed on standard output at start-up

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, trust_env=False, timeout=kwargs.pop("timeout", 60), **kwargs)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        if self.proc.stdout:
            self.proc.stdout.close()


def start_server(*options: str, name: str = "server", env: dict | None = None, cwd: Path = ROOT) -> Server:
    LOGS.mkdir(parents=True, exist_ok=True)
    # Under pytest-xdist each worker starts its own servers (the session's `server` among them):
    # the worker's name keeps one worker's log from overwriting another's, which a test reads.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    log = LOGS / (f"{name}-{worker}.log" if worker else f"{name}.log")
    environment = {**os.environ, **(env or {})}
    environment.pop("MTQA_LANGUAGETOOL_URL", None)  # forwarding only where a test asks for it
    environment["NO_PROXY"] = environment["no_proxy"] = "127.0.0.1,localhost"
    with open(log, "wb") as errors:
        proc = subprocess.Popen([sys.executable, "-m", "mtqa", "serve", "--port", "0", *options], cwd=cwd,
                                stdout=subprocess.PIPE, stderr=errors, env=environment)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 60
    line = b""
    # two lines: where it listens, then which configuration it uses
    while line.count(b"\n") < 2 and time.monotonic() < deadline and proc.poll() is None:
        if sel.select(timeout=0.5):
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            line += chunk
    sel.close()
    match = _URL.search(line.decode("utf-8", "replace"))
    if not match:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"mtqa serve did not start: {line!r}\n{log.read_text(errors='replace')}")
    server = Server(match.group(1), proc, log, line.decode("utf-8", "replace"))
    with server.client(timeout=5) as c:
        while True:
            try:
                if c.get("/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError("mtqa serve did not answer /healthz")
            time.sleep(0.1)
    return server


@pytest.fixture(scope="session")
def server():
    """One server with the default options, shared by the tests that do not change them."""
    s = start_server(name="default")
    yield s
    s.stop()


def utf16_slice(text: str, offset: int, length: int) -> str:
    """text[offset:offset+length] with offset and length in UTF-16 code units."""
    data = text.encode("utf-16-le")
    return data[2 * offset:2 * (offset + length)].decode("utf-16-le")


def lt_server_url() -> str | None:
    """A running LanguageTool server for the forwarding tests (never started or stopped here)."""
    url = (os.environ.get("MTQA_TEST_LANGUAGETOOL_URL") or "").strip()
    if url:
        return url
    script = ROOT / "scripts" / "languagetool-server"
    if script.exists():
        got = subprocess.run([str(script), "url"], capture_output=True, text=True)
        if got.returncode == 0 and got.stdout.strip():
            return got.stdout.strip()
    return None
