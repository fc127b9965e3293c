"""JUnit XML: well-formed, one test case per file, failures list every finding, errors for unreadable files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from mtqa import scoring
from mtqa.report import renderer

from ._util import DOUBLED, check, error_report, run_cli

CLEAN = "The minister said the mission would continue.\n"


def parse(reports) -> ET.Element:
    xml = renderer("junit").render(reports)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(xml.encode("utf-8"))


def test_structure_counts_and_verdicts() -> None:
    failing = check(DOUBLED, path="news/failing.txt")
    passing = check(CLEAN, path="news/clean.txt")
    root = parse([failing, passing, error_report("news/gone.txt")])
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["news/failing.txt", "news/clean.txt", "news/gone.txt"]
    assert [c.get("file") for c in cases] == ["news/failing.txt", "news/clean.txt", "news/gone.txt"]
    fail, ok, err = cases
    assert len(fail.findall("failure")) == 1 and not fail.findall("error")
    assert not ok.findall("failure") and not ok.findall("error")
    assert err.find("error").get("message") == "no such file"
    for c in cases:
        float(c.get("time"))


def test_failure_lists_every_finding_with_its_location() -> None:
    report = check(DOUBLED, path="story.txt")
    assert not report.passed
    failure = parse([report]).find("testsuite/testcase/failure")
    assert "below the threshold" in failure.get("message")
    body = failure.text.splitlines()
    assert body[0].startswith("story.txt: score")
    listed = body[1:]
    assert len(listed) == len(report.findings)
    for line, f in zip(listed, report.findings):
        assert line.startswith(f"story.txt:{f.span.line}:{f.span.column}: {f.severity.value} {f.rule_id} ")
        assert f.message in line


def test_a_passing_file_with_findings_lists_them_in_system_out() -> None:
    report = replace(check(DOUBLED), passed=True)  # e.g. a lenient threshold
    assert report.findings
    case = parse([report]).find("testsuite/testcase")
    assert case.find("failure") is None
    out = case.find("system-out").text
    for f in report.findings:
        assert f"{f.span.line}:{f.span.column}: {f.severity.value} {f.rule_id}" in out


def test_critical_failure_says_why() -> None:
    report = check(DOUBLED)
    findings = [report.findings[0].with_severity(report.findings[0].severity.CRITICAL)]
    verdict = scoring.verdict(findings, 99.0, scoring.ScoringPolicy.default())  # the reason comes from scoring
    crit = replace(report, findings=findings, score=99.0, passed=verdict.passed, reason=verdict.reason)
    assert "critical finding fails the file" in parse([crit]).find("testsuite/testcase/failure").get("message")


def test_characters_xml_cannot_carry_are_replaced() -> None:
    report = check("Control\x0bcharacter here and the the end.\x01\n", path="odd\x07name.txt")
    root = parse([report])
    case = root.find("testsuite/testcase")
    assert case.get("name") == "odd\ufffdname.txt"
    assert "the" in case.find("failure").text


def test_cli_junit_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "mtqa.xml"
    bad = tmp_path / "bad.txt"
    bad.write_text(DOUBLED, encoding="utf-8")
    clean = tmp_path / "clean.txt"  # not the seed: with every rule family in, the seed fails
    clean.write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "-f", "junit", "-o", str(out), str(clean), str(bad))
    assert proc.returncode == 1, proc.stderr
    root = ET.parse(out).getroot()
    assert root.find("testsuite").get("tests") == "2"
    assert root.find("testsuite").get("failures") == "1"


def test_a_file_name_with_a_line_break_keeps_one_line_per_finding_in_the_body() -> None:
    """The failure's body is `path:line:col: ...` lines: a CR or LF in a file's name is shown by
    its stand-in there (XML would read a CR back as LF), and stays exact in the attributes."""
    report = check(DOUBLED, path="two\nlines\r.txt")
    case = parse([report]).find("testsuite/testcase")
    assert case.get("file") == "two\nlines\r.txt"
    body = case.find("failure").text.splitlines()
    assert body[0].startswith("two\u240alines\u240d.txt: score")
    assert len(body) == 1 + len(report.findings)
    assert all(line.startswith("two\u240alines\u240d.txt:") for line in body)


def test_one_finding_and_one_word_are_said_in_the_singular() -> None:
    report = check("Ottawa Ottawa\n", path="s.txt")
    message = parse([report]).find("testsuite/testcase/*").get("message") or ""
    text = parse([report]).find("testsuite/testcase/*").text
    assert "1 findings" not in message + text
