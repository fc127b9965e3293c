"""scripts/languagetool-server as a user runs it (README: `URL=$(scripts/languagetool-server start)`),
with a stand-in for Java that serves LanguageTool's two endpoints and records what it was asked.

Why: `start` printed the URL as soon as `/v2/languages` answered, before LanguageTool had loaded
English; the user's first `mtqa check --languagetool "$URL"` then paid for that load (36 s on a
busy 2-core machine) and was reported "languagetool skipped: no answer … within 30 s".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "languagetool-server"

FAKE_JAVA = '''#!PYTHON
"""Stands in for `java … org.languagetool.server.HTTPServer --port N`: answers /v2/languages and
/v2/check and appends each request's method, path and body to requests.log in its folder."""
import sys
if "-version" in sys.argv:
    print('openjdk version "17.0.9" 2023-10-17', file=sys.stderr)
    sys.exit(0)
from http.server import BaseHTTPRequestHandler, HTTPServer

port = int(sys.argv[sys.argv.index("--port") + 1])


class Handler(BaseHTTPRequestHandler):
    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _record(self, body: str) -> None:
        with open("requests.log", "a", encoding="utf-8") as log:
            log.write(f"{self.command} {self.path} {body}\\n")

    def do_GET(self):
        self._record("")
        self._answer(b'[{"name": "English (Canadian)", "code": "en", "longCode": "en-CA"}]')

    def do_POST(self):
        self._record(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
        self._answer(b'{"matches": []}')

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", port), Handler).serve_forever()
'''


@pytest.fixture()
def fake_install(tmp_path: Path) -> dict[str, str]:
    """A fetched cache (the marker and the two jars the script looks for) and a fake `java`."""
    if shutil.which("curl") is None and shutil.which("wget") is None:
        pytest.skip("neither curl nor wget: the script cannot warm a server up")
    cache = tmp_path / "cache"
    (cache / "lib").mkdir(parents=True)
    (cache / "lib" / "languagetool-server-6.8.jar").write_bytes(b"")
    (cache / "lib" / "language-en-6.8.jar").write_bytes(b"")
    (cache / ".fetch-complete").write_text("6.8\n")
    java = tmp_path / "java"
    java.write_text(FAKE_JAVA.replace("PYTHON", sys.executable, 1))
    java.chmod(0o755)
    return {**os.environ, "MTQA_LT_VERSION": "6.8", "MTQA_LT_CACHE": str(cache),
            "MTQA_LT_STATE": str(tmp_path / "state"), "MTQA_LT_JAVA": str(java),
            "MTQA_LT_START_TIMEOUT": "60"}


def test_start_returns_after_an_english_check_has_been_answered(fake_install: dict[str, str], tmp_path) -> None:
    started = subprocess.run([str(SCRIPT), "start"], capture_output=True, text=True, env=fake_install, timeout=120)
    try:
        assert started.returncode == 0, started.stderr
        assert started.stdout.startswith("http://127.0.0.1:")
        asked = (tmp_path / "state" / "requests.log").read_text(encoding="utf-8").splitlines()
        checks = [line for line in asked if line.startswith("POST /v2/check ")]
        assert checks, asked  # not only /v2/languages: English is loaded before the URL is given
        assert "language=en-CA" in checks[0]
    finally:
        subprocess.run([str(SCRIPT), "stop"], capture_output=True, text=True, env=fake_install, timeout=120)
