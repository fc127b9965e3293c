"""The HTML report, read statically: highlights at the findings' offsets, escaping, self-containment."""

from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.finding import Severity
from mtqa.report import renderer
from mtqa.report.html import segments

from ._util import DOUBLED, ROOT, SEED, check, error_report, hand_finding, run_cli, seed_report, with_severities


class Page(HTMLParser):
    """Collects each <mark>'s finding ids, classes and text, and every tag with a URL attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.stack: list[dict | None] = []
        self.tags: list[tuple[str, dict]] = []
        self.scripts = 0
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self.scripts += 1
            self._in_script = True
        if tag == "mark":
            m = {"ids": a.get("data-f", "").split(), "cls": a.get("class", "").split(), "title": a.get("title"),
                 "text": ""}
            self.marks.append(m)
            self.stack.append(m)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text.append(data)
        for m in self.stack:
            m["text"] += data


def page(reports) -> tuple[str, Page]:
    out = renderer("html").render(reports)
    p = Page()
    p.feed(out)
    p.close()
    return out, p


def highlighted(p: Page, fid: str) -> str:
    return "".join(m["text"] for m in p.marks if fid in m["ids"])


def test_every_finding_is_highlighted_exactly() -> None:
    reports = [seed_report(), check(DOUBLED, path="doubled.txt")]
    _, p = page(reports)
    total = 0
    for fi, r in enumerate(reports):
        for i, f in enumerate(r.findings):
            assert highlighted(p, f"{fi}-{i}") == f.text
            total += 1
    assert total >= 5
    # Text outside every finding is not highlighted.
    covered = sum(len(m["text"]) for m in p.marks)
    assert covered <= sum(len(f.text) for r in reports for f in r.findings)


def test_severity_colours_and_tooltips() -> None:
    report = with_severities(check(DOUBLED))
    _, p = page([report])
    for i, f in enumerate(report.findings):
        marks = [m for m in p.marks if f"0-{i}" in m["ids"]]
        assert all(f"sev-{f.severity.value}" in m["cls"] for m in marks)
        assert all(f.message in m["title"] and f.rule_id in m["title"] for m in marks)
    assert {c for m in p.marks for c in m["cls"] if c.startswith("sev-")} == {"sev-critical", "sev-major", "sev-minor"}


def test_overlapping_and_empty_findings() -> None:
    report = check(DOUBLED)
    text = report.text
    start = text.index("met on on")
    outer = hand_finding(report, start, start + len("met on on Tuesday"), severity=Severity.CRITICAL)
    inner = hand_finding(report, start + 4, start + 12, rule_id="test/inner")
    point = hand_finding(report, start + 6, start + 6, rule_id="test/insert")
    report.findings.extend([outer, inner, point])
    _, p = page([report])
    for i, f in enumerate(report.findings):
        assert highlighted(p, f"0-{i}") == f.text, f.rule_id
    shared = [m for m in p.marks if len(m["ids"]) > 1]
    assert shared and all("overlap" in m["cls"] and "sev-critical" in m["cls"] for m in shared)
    assert any("empty" in m["cls"] and m["text"] == "" for m in p.marks)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab \n😀<&", min_size=0, max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8))
def test_segments_cover_text_and_findings(text, spans) -> None:
    from mtqa.report.model import Report

    report = Report(path="x", text=text)
    findings = [hand_finding(report, min(a, b, len(text)), min(max(a, b), len(text))) for a, b in spans]
    segs = segments(text, findings)
    assert "".join(text[a:b] for a, b, _ in segs) == text
    for i, f in enumerate(findings):
        assert "".join(text[a:b] for a, b, cov in segs if i in cov) == f.text
        if f.span.start == f.span.end:
            assert any(a == b == f.span.start and i in cov for a, b, cov in segs)


def test_copy_is_escaped() -> None:
    text = 'He wrote <script>alert(1)</script> and "quoted" & <img src=x onerror=alert(2)> and and more.\n'
    out, p = page([check(text, path='<b>name</b>.txt')])
    assert p.scripts == 1  # the report's own script only
    assert "alert(1)" not in "".join(p.script_text)
    # the tags are escaped (encoding/stray-markup highlights them, so they sit in their own marks)
    assert "&lt;script&gt;" in out and "&lt;/script&gt;" in out and "<script>alert" not in out
    assert "<img" not in out and "<b>name" not in out
    assert "&lt;b&gt;name&lt;/b&gt;.txt" in out


def test_self_contained() -> None:
    out, p = page([seed_report(), error_report()])
    for tag, attrs in p.tags:
        for key in ("src", "href", "action", "data", "poster"):
            value = attrs.get(key)
            assert value is None or value.startswith("#"), (tag, key, value)
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    # Outside the copy itself (which may well quote a URL), nothing points elsewhere.
    chrome = re.sub(r'<div class="text".*?</div>|<ol class="findings">.*?</ol>|title="[^"]*"', "", out, flags=re.S)
    assert "@import" not in chrome and "url(" not in chrome
    assert "http://" not in chrome and "https://" not in chrome and "//" not in re.sub(r"<script>.*?</script>", "", chrome, flags=re.S)


def test_summary_table_and_score() -> None:
    reports = [seed_report(), check(DOUBLED, path="doubled.txt"), error_report("gone.txt")]
    out, _ = page(reports)
    body = re.search(r'<table class="summary".*?</table>', out, re.S).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    cells = [[htmllib.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)]
             for r in rows]
    assert cells[0] == ["File", "Words", "Score", "Verdict", "Critical", "Major", "Minor"]
    seed, doubled, gone = reports
    assert cells[1][:4] == [seed.path, str(seed.words), f"{seed.score:.1f}", "PASS" if seed.passed else "FAIL"]
    assert cells[2][:4] == ["doubled.txt", str(doubled.words), f"{doubled.score:.1f}", "FAIL"]
    assert cells[2][5] == str(sum(f.severity is Severity.MAJOR for f in doubled.findings))
    assert cells[3][0] == "gone.txt" and "no such file" in cells[3][1] and cells[3][2] == "ERROR"
    assert re.search(r'id="overall-score">[0-9.]+<', out)


def test_cli_html_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    proc = run_cli("check", "-f", "html", "-o", str(out), str(SEED.relative_to(ROOT)))
    assert proc.returncode in (0, 1), proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    p = Page()
    p.feed(text)
    assert len(p.marks) >= len(seed_report().findings)


def test_control_characters_in_a_file_name_are_shown_by_their_stand_ins() -> None:
    """HTML may not carry C0 controls (a parse error; an ESC shows as nothing or garbage)."""
    page = renderer("html").render([check(DOUBLED, path="a\x1b[31mred\x07.txt"),
                                    error_report("b\x1bc.txt")])
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f]", page)
    assert "a\u241b[31mred\u2407.txt" in page and "b\u241bc.txt" in page


def test_the_summary_says_one_file_and_one_error_in_the_singular() -> None:
    page = renderer("html").render([error_report("gone.txt")])
    assert "All 1 files" not in page and "1 errors" not in page
    assert "The file (0 passed, 0 failed, 1 error)" in page
