"""JUnit XML report: one test suite per run, one test case per file.

CI systems (GitLab, Jenkins, Azure, CircleCI) show one failure per test case well and
several badly, so a file that fails the check gets a single <failure> whose message says
why (score against the threshold, or the severity that failed it) and whose body lists
every finding as `path:line:col: severity rule message`. A file that passes but still
has findings lists them in <system-out>. A file that could not be read is an <error>.
Characters that XML 1.0 cannot carry are replaced with U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from mtqa.report.common import counts, display_path, message_with_suggestion, number, printable
from mtqa.result import Report

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(s: str) -> str:
    return _INVALID_XML.sub("\ufffd", s)


def finding_lines(r: Report) -> list[str]:
    name = printable(display_path(r.path))  # one line per finding, whatever the file's name holds
    return [f"{name}:{f.span.line}:{f.span.column}: {f.severity.value} {f.rule_id} "
            f"{message_with_suggestion(f)} [{f.text.strip()}]" for f in r.findings]


def _summary(r: Report) -> str:
    c = counts(r)
    detail = ", ".join(f"{c[s]} {s}" for s in ("critical", "major", "minor") if c[s]) or "no findings"
    n = len(r.findings)
    return (f"score {r.score:.1f} (threshold {number(r.threshold)}), {n} finding{'s' if n != 1 else ''} ({detail}), "
            f"{r.words} word{'s' if r.words != 1 else ''}")


def _why_failed(r: Report) -> str:
    return r.reason or "the file failed the check"  # scoring's verdict says why


def element(reports: list[Report]) -> ET.Element:
    total_time = sum(r.timings.get("total", 0.0) for r in reports) / 1000
    failures = sum(1 for r in reports if r.ok and not r.passed)
    errors = sum(1 for r in reports if not r.ok)
    attrs = {"name": "mtqa", "tests": str(len(reports)), "failures": str(failures), "errors": str(errors),
             "time": f"{total_time:.3f}"}
    root = ET.Element("testsuites", attrs)
    suite = ET.SubElement(root, "testsuite", {**attrs, "skipped": "0"})
    for r in reports:
        name = display_path(r.path)
        case = ET.SubElement(suite, "testcase", {
            "classname": "mtqa", "name": _clean(name), "file": _clean(name),
            "time": f"{r.timings.get('total', 0.0) / 1000:.3f}",
        })
        if r.error is not None:
            err = ET.SubElement(case, "error", {"message": _clean(r.error), "type": "InputError"})
            err.text = _clean(f"{printable(name)}: {printable(r.error)}")
            continue
        body = "\n".join([f"{printable(name)}: {_summary(r)}", *finding_lines(r)])
        if not r.passed:
            fail = ET.SubElement(case, "failure", {"message": _clean(f"{_why_failed(r)}; {_summary(r)}"),
                                                   "type": "mtqa.CheckFailed"})
            fail.text = _clean(body)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _clean(body)
    return root


def render(reports: list[Report], **_: object) -> str:
    root = element(reports)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
