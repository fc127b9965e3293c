"""GitHub workflow commands: one annotation per finding, escaped as the runner requires."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mtqa.report import renderer
from mtqa.report.github import command, escape_data, escape_property

from ._util import CLEAN, DOUBLED, check, error_report, hand_finding, run_cli, with_severities

ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*)(?:,[A-Za-z]+=[^,:]*)*)::(.*)$")


def annotations(out: str) -> list[tuple[str, dict, str]]:
    found = []
    for line in out.splitlines():
        m = ANNOTATION.match(line)
        if m:
            props = dict(p.split("=", 1) for p in m.group(2).split(","))
            found.append((m.group(1), props, m.group(3)))
        else:
            assert not line.startswith("::"), f"malformed command: {line}"
    return found


def test_one_annotation_per_finding_with_location() -> None:
    report = with_severities(check(DOUBLED, path="news/story.txt"))
    found = annotations(renderer("github").render([report]))
    assert len(found) == len(report.findings)
    for (cmd, props, message), f in zip(found, report.findings):
        assert cmd == {"critical": "error", "major": "warning", "minor": "notice"}[f.severity.value]
        assert props["file"] == "news/story.txt"
        assert (int(props["line"]), int(props["col"])) == (f.span.line, f.span.column)
        assert (int(props["endLine"]), int(props["endColumn"])) == (f.span.end_line, f.span.end_column)
        assert f.rule_id.replace(":", "%3A") in props["title"]
        assert message.startswith(f.message)
    assert {c for c, _, _ in found} == {"error", "warning", "notice"}


def test_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    line = command("warning", "two\nlines, 100%", file="dir/a,b:c.md", line=3, title="x: y")
    assert line == "::warning file=dir/a%2Cb%3Ac.md,line=3,title=x%3A y::two%0Alines, 100%25"


def test_message_with_newline_and_odd_path_stays_one_line() -> None:
    report = check(DOUBLED, path="copy, final: 100%.txt")
    f = hand_finding(report, 0, 3, message="Line one\nline two, 50%")
    report.findings.append(f)
    out = renderer("github").render([report])
    found = annotations(out)
    assert len(found) == len(report.findings)
    assert found[-1][1]["file"] == "copy%2C final%3A 100%25.txt"
    assert found[-1][2].startswith("Line one%0Aline two, 50%25")


def test_unreadable_file_is_an_error_annotation() -> None:
    found = annotations(renderer("github").render([error_report("gone.md")]))
    assert found == [("error", {"file": "gone.md", "title": "mtqa%3A cannot check file"}, "gone.md: no such file")]


def test_cli_github_end_to_end(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(DOUBLED, encoding="utf-8")
    clean = tmp_path / "clean.txt"  # not the seed: with every rule family in, the seed fails
    clean.write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "--format", "github", str(bad), str(clean))
    assert proc.returncode == 1, proc.stderr
    found = annotations(proc.stdout)
    assert len(found) == len(check(DOUBLED).findings) + len(check(CLEAN).findings)
    assert "FAIL" in proc.stdout and "PASS" in proc.stdout


def test_paths_under_the_working_directory_are_made_relative(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = check(DOUBLED, path=str(tmp_path / "news" / "story.txt"))
    found = annotations(renderer("github").render([report]))
    assert found and {p["file"] for _, p, _ in found} == {"news/story.txt"}
    report = check(DOUBLED, path="./news/story.txt")
    assert {p["file"] for _, p, _ in annotations(renderer("github").render([report]))} == {"news/story.txt"}


def _unescape(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


@given(st.text(alphabet="a%,:\r\n=:b ", max_size=30), st.text(alphabet="a%,:\r\n b", max_size=30))
def test_escaping_round_trips(value: str, message: str) -> None:
    line = command("notice", message, file=value, title=value)
    assert "\n" not in line and "\r" not in line
    m = ANNOTATION.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    assert _unescape(props["file"]) == value and _unescape(props["title"]) == value
    assert _unescape(m.group(3)) == message


def test_control_characters_in_a_file_name_never_reach_the_log_as_they_are() -> None:
    """ESC, BEL, a C1 NEL or DEL in a name would colour or rewrite the log's line: each is written
    %XX, as the runner writes CR and LF, in the annotation and in the summary line."""
    report = check(DOUBLED, path="a\x1b[31mred\x07\x85\x7f.txt")
    out = renderer("github").render([report])
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    found = annotations(out)
    assert found and all(props["file"] == "a%1B[31mred%07%85%7F.txt" for _, props, _ in found)
    assert any(line.startswith("a%1B[31mred%07%85%7F.txt: score") for line in out.splitlines())
    assert escape_data("tab\tstays") == "tab\tstays"
