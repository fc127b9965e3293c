"""The page for editors, in headless Chromium against the real server.

It drives Chromium over WebDriver the way tests/test_report_html_browser.py does (and with its
Browser class): paste the seed, check it, see the highlights, filter them by severity and
family, apply the safe fixes and see the text and the diff change. A screenshot of the seed goes
to test-output/serve/page-seed.png. Skipped, with the reason, without Chromium and chromedriver.
"""

from __future__ import annotations

import shutil
import tempfile
import time

import pytest

from mtqa.engine import Checker

from .conftest import LOGS

browser_test = pytest.importorskip("test_report_html_browser", reason="tests/test_report_html_browser.py not importable")
pytestmark = pytest.mark.skipif(
    not (browser_test.BROWSER and browser_test.DRIVER),
    reason="headless Chromium not installed (apt-get update && apt-get install -y chromium chromium-driver)",
)

IN_REPORT = "var d = document.getElementById('report').contentDocument; "


def wait_for(browser, script: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while True:
        value = browser.js(script)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {script}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="mtqa-serve-chromium-")
    b = browser_test.Browser(profile)
    try:
        yield b
    finally:
        b.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser, server):
    """The page, freshly loaded for each test."""
    browser.open(server.url + "/")
    wait_for(browser, "return document.documentElement.getAttribute('data-mtqa-page') === 'ready'")
    return browser


def check_text(browser, text: str) -> None:
    browser.js("document.getElementById('copy').value = arguments[0];", text)
    browser.click(browser.find_all("#check")[0])
    wait_for(browser, "return document.documentElement.getAttribute('data-checked') === '1'")


def test_seed_is_highlighted(page, seed_text) -> None:
    check_text(page, seed_text)
    report = Checker(languagetool="off").check(seed_text)
    items = page.js(IN_REPORT + "return d.querySelectorAll('ol.findings li').length")
    assert items == len(report.findings) > 40
    marks = page.js(IN_REPORT + """return Array.prototype.map.call(d.querySelectorAll('mark.f'), function (m) {
        return {text: m.textContent, ids: m.getAttribute('data-f'), cls: m.className,
                bg: getComputedStyle(m).backgroundColor}; });""")
    # drawn in the severity's colour (a finding that costs nothing is underlined only)
    assert marks and all(m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in marks
                         if "unscored" not in m["cls"])
    # the marks of each finding, joined, are its text
    for i, f in enumerate(report.findings):
        assert "".join(m["text"] for m in marks if f"0-{i}" in m["ids"].split()) == f.text
    assert page.js(IN_REPORT + "return d.getElementById('text-0').textContent") == seed_text
    status = page.js("return document.getElementById('status').textContent")
    assert status == f"{len(report.findings)} of {len(report.findings)} findings shown"
    LOGS.mkdir(parents=True, exist_ok=True)
    shot = LOGS / "page-seed.png"
    page.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_filters_hide_findings_by_severity_and_family(page, seed_text) -> None:
    check_text(page, seed_text)
    report = Checker(languagetool="off").check(seed_text)
    shown = ("return Array.prototype.filter.call(d.querySelectorAll('ol.findings li'), "
             "function (li) { return !li.classList.contains('mtqa-off'); }).length")
    lit = ("return Array.prototype.filter.call(d.querySelectorAll('mark.f'), "
           "function (m) { return !m.classList.contains('mtqa-off'); }).length")
    all_marks = page.js(IN_REPORT + lit)
    minor = sum(1 for f in report.findings if f.severity.value == "minor")
    assert 0 < minor < len(report.findings)
    page.click(page.find_all("input[name=severity][value=minor]")[0])
    assert page.js(IN_REPORT + shown) == len(report.findings) - minor
    assert page.js(IN_REPORT + lit) < all_marks
    assert page.js(IN_REPORT + "return getComputedStyle(d.querySelector('li.sev-minor')).display") == "none"
    page.click(page.find_all("input[name=severity][value=minor]")[0])  # back on
    assert page.js(IN_REPORT + shown) == len(report.findings)
    family = report.findings[0].family
    boxes = page.find_all(f"input[name=family][value={family}]")
    assert boxes, "a checkbox per family present"
    page.click(boxes[0])
    assert page.js(IN_REPORT + shown) == sum(1 for f in report.findings if f.family != family)
    page.click(boxes[0])


def test_fix_button_changes_the_text_and_shows_the_diff(page) -> None:
    text = "He said “it was over“ . Officials met in Ottawa in Ottawa on Monday."
    check_text(page, text)
    page.click(page.find_all("#fix")[0])
    wait_for(page, "return /safe fixes applied/.test(document.getElementById('status').textContent)")
    fixed, _ = Checker(languagetool="off").fix(text)
    assert fixed != text
    assert page.js("return document.getElementById('copy').value") == fixed
    assert page.js("return document.getElementById('diff').hidden") is False
    diff = page.js("return document.getElementById('diff').textContent")
    assert "-He said “it was over“ ." in diff and "+" + fixed.splitlines()[0] in diff
    assert page.js("return document.querySelectorAll('#diff .add').length") >= 1
    # the report was checked again: the fixed findings are gone
    assert page.js(IN_REPORT + "return d.getElementById('text-0').textContent") == fixed
    page.screenshot(LOGS / "page-fixed.png")


def test_errors_show_on_the_page(page) -> None:
    page.js("document.getElementById('copy').value = '';")
    page.click(page.find_all("#check")[0])
    assert "Paste some copy" in page.js("return document.getElementById('status').textContent")
    page.js("document.getElementById('copy').value = 'Hello.'; document.getElementById('locale').innerHTML = "
            "'<option value=\"xx-YY\" selected>xx-YY</option>';")
    page.click(page.find_all("#check")[0])
    wait_for(page, "return document.getElementById('status').className === 'error'")
    assert "unknown locale" in page.js("return document.getElementById('status').textContent")


DROP_JS = """
var dt = new DataTransfer();
dt.items.add(new File([arguments[0]], arguments[1], {type: 'text/plain'}));
document.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
"""


def test_dropped_file_is_read_in_the_browser_and_checked(page) -> None:
    text = "# Briefing\n\nHe said “it was over“.\n\n```\n“code is not copy“\n```\n"
    page.js(DROP_JS, text, "story.md")
    wait_for(page, "return document.documentElement.getAttribute('data-checked') === '1'")
    assert page.js("return document.getElementById('copy').value") == text
    assert page.js("return document.getElementById('format').value") == "markdown"
    flagged = page.js(IN_REPORT + "return Array.prototype.map.call(d.querySelectorAll('mark.f'), "
                                  "function (m) { return m.textContent; })")
    report = Checker(languagetool="off").check(text, format="markdown")
    rules = page.js(IN_REPORT + "return Array.prototype.map.call(d.querySelectorAll('ol.findings li code'), "
                                "function (c) { return c.textContent; })")
    assert rules == [f.rule_id for f in report.findings] and flagged  # checked as Markdown
    assert "".join(flagged) == text[report.findings[0].span.start:max(f.span.end for f in report.findings)]
    assert all(f.span.start < text.index("```") for f in report.findings)  # the code block is not prose
    page.js(DROP_JS, "binary", "photo.jpg")
    assert "drop a .txt, .md or .html file" in page.js("return document.getElementById('status').textContent")
