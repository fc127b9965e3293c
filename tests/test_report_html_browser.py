"""The HTML report as a person sees it: headless Chromium, driven over WebDriver.

The test starts chromedriver (Debian packages `chromium` and `chromium-driver`) on a free
loopback port and speaks the W3C WebDriver protocol to it with the standard library, so
it needs no extra Python package. It loads the report of the seed plus an article full of
markup, checks that the highlighted elements' texts are the findings' texts, that the
markup in the copy shows as text and runs nothing, that clicking a highlight opens its
details, and saves the page and a screenshot under test-output/html-report/.

Skipped, with the reason, when Chromium or chromedriver is not installed:
    apt-get update && apt-get install -y chromium chromium-driver
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from mtqa.engine import Checker
from mtqa.report import renderer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
OUT = ROOT / "test-output" / "html-report"

BROWSER = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (BROWSER and DRIVER),
    reason="headless Chromium not installed (apt-get update && apt-get install -y chromium chromium-driver)",
)

HOSTILE = (
    "Officials said the the talks would resume <script>alert(1)</script> on Monday.\n"
    "\n"
    'A caption read <img src=x onerror="window.__pwned = 1"> and and nothing more & less.\n'
)

CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1200,1600"]


ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"  # W3C WebDriver's web element identifier


class WebDriverError(Exception):
    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(f"{status} {error}: {message}")
        self.error = error


class Browser:
    """The few W3C WebDriver commands the test needs, over HTTP to a local chromedriver."""

    def __init__(self, profile: str) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen([DRIVER, f"--port={port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            try:
                if self._call("GET", "/status").get("ready"):
                    break
            except (OSError, WebDriverError):
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.proc.kill()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": BROWSER, "args": CHROME_ARGS + [f"--user-data-dir={profile}"]}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as exc:
            value = json.loads(exc.read() or b"{}").get("value", {})
            raise WebDriverError(exc.code, value.get("error", ""), value.get("message", "")) from None

    def cmd(self, method: str, path: str, body: dict | None = None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, url: str) -> None:
        self.cmd("POST", "/url", {"url": url})

    def js(self, script: str, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find_all(self, css: str) -> list[dict]:
        """Element references, as the protocol gives them (pass them to js() as arguments)."""
        return self.cmd("POST", "/elements", {"using": "css selector", "value": css})

    def click(self, element: dict) -> None:
        self.cmd("POST", f"/element/{element[ELEMENT_KEY]}/click", {})

    def alert_text(self) -> str | None:
        try:
            return self.cmd("GET", "/alert/text")
        except WebDriverError as exc:
            if exc.error == "no such alert":
                return None
            raise

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.cmd("GET", "/screenshot")))

    def quit(self) -> None:
        try:
            self.cmd("DELETE", "")
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="mtqa-chromium-")
    b = Browser(profile)
    try:
        yield b
    finally:
        b.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def loaded(browser):
    checker = Checker()
    reports = [checker.check(SEED.read_text(encoding="utf-8"), path="seeds/000_a80f4c312e8b183b.txt"),
               checker.check(HOSTILE, path="hostile.txt")]
    assert reports[0].findings and len(reports[1].findings) >= 2
    OUT.mkdir(parents=True, exist_ok=True)
    page = OUT / "report.html"
    page.write_text(renderer("html").render(reports), encoding="utf-8")
    browser.open(page.as_uri())
    return reports


MARKS_JS = """
return Array.prototype.map.call(document.querySelectorAll('mark.f'), function (m) {
  var r = m.getBoundingClientRect();
  return {ids: m.getAttribute('data-f').split(' '), text: m.textContent,
          file: m.closest('[data-file]').getAttribute('data-file'),
          rects: m.getClientRects().length, width: r.width,
          bg: getComputedStyle(m).backgroundColor, cls: m.className};
});
"""


def test_highlights_are_where_the_findings_are(browser, loaded) -> None:
    assert browser.js("return document.documentElement.getAttribute('data-mtqa-ready')") == "1"
    marks = browser.js(MARKS_JS)
    for fi, report in enumerate(loaded):
        for i, f in enumerate(report.findings):
            fid = f"{fi}-{i}"
            pieces = [m for m in marks if fid in m["ids"]]
            assert pieces, f"finding {fid} ({f.rule_id}) has no highlight"
            assert "".join(m["text"] for m in pieces) == f.text.replace("\r\n", "\n").replace("\r", "\n")
            assert all(m["file"] == str(fi) for m in pieces)
            # Drawn on the page, in the severity's colour (not transparent).
            assert all(m["rects"] > 0 for m in pieces)
            if f.text.strip():
                assert sum(m["width"] for m in pieces) > 0
            assert all(m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in pieces if f.scored)
            assert all(f"sev-{f.severity.value}" in m["cls"] for m in pieces)
    # The article as displayed is the checked text, character for character.
    shown = browser.js("return document.getElementById('text-0').textContent")
    assert shown == loaded[0].text.replace("\r\n", "\n").replace("\r", "\n")


def test_markup_in_copy_shows_as_text_and_runs_nothing(browser, loaded) -> None:
    assert browser.alert_text() is None
    assert browser.js("return window.__pwned === undefined") is True
    assert browser.js("return document.querySelectorAll('script').length") == 1
    assert browser.js("return document.querySelectorAll('#text-1 img, #text-1 script').length") == 0
    shown = browser.js("return document.getElementById('text-1').textContent")
    assert "<script>alert(1)</script>" in shown
    assert '<img src=x onerror="window.__pwned = 1">' in shown


def test_click_shows_message_and_suggestion_and_screenshot(browser, loaded) -> None:
    seed = loaded[0]
    first = browser.find_all("#text-0 mark.f")[0]
    ids = browser.js("return arguments[0].getAttribute('data-f')", first)
    f = seed.findings[int(ids.split()[0].split("-")[1])]
    title = browser.js("return arguments[0].title", first)
    assert f.message in title and f.rule_id in title  # what hovering shows
    assert browser.js("return document.getElementById('detail').hidden") is True
    browser.js("arguments[0].scrollIntoView({block: 'center'})", first)
    browser.click(first)
    assert browser.js("return document.getElementById('detail').hidden") is False
    detail = browser.js("return document.getElementById('detail-list').textContent")
    assert f.message in detail and f.rule_id in detail
    if f.suggestions:
        assert ("Fix:" if f.fix_safe else "Suggestion:") in detail
    assert browser.js("return document.querySelectorAll('mark.f.active').length") >= 1
    shot = OUT / "seed-report.png"
    browser.screenshot(shot)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_keyboard_opens_and_closes_details(browser, loaded) -> None:
    mark = browser.find_all("#text-1 mark.f")[-1]
    browser.js("document.getElementById('detail').hidden = true; arguments[0].focus()", mark)
    browser.cmd("POST", f"/element/{mark[ELEMENT_KEY]}/value", {"text": "\ue007"})  # Enter
    assert browser.js("return document.getElementById('detail').hidden") is False
    detail = browser.js("return document.getElementById('detail-list').textContent")
    assert loaded[1].findings[-1].message in detail
    browser.cmd("POST", f"/element/{mark[ELEMENT_KEY]}/value", {"text": "\ue00c"})  # Escape
    assert browser.js("return document.getElementById('detail').hidden") is True
