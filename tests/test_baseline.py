"""Baselines: recorded findings are left out, new ones still reported, edits elsewhere harmless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.baseline import fingerprints
from mtqa.cli import main
from mtqa.engine import Checker

REP = Checker(select=("repetition",))
BASE = ["check", "--isolated", "--select", "repetition", "--format", "json"]

STORY = (
    "The vote was was close in Ottawa on Monday.\n\n"
    "Prices rose in Canada in Canada last year, officials said.\n\n"
    "The minister said the the plan would be tabled in the spring.\n"
)


def run(capsys, *args: str) -> tuple[int, list[dict]]:
    code = main([*BASE, *args])
    out = capsys.readouterr().out
    return code, json.loads(out)["files"] if out.strip() else []


def rules_texts(files: list[dict]) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for file in files for f in file["findings"]]


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


def test_write_then_check_reports_nothing(story: Path, tmp_path: Path, capsys) -> None:
    base = tmp_path / "baseline.json"
    code, files = run(capsys, "--write-baseline", str(base), str(story))
    assert code == 0 and rules_texts(files) == []
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["schema"] == "mtqa-baseline/1"
    assert [e["rule"] for e in data["files"]["story.txt"]] == [
        "repetition/doubled-word", "repetition/doubled-phrase", "repetition/doubled-word"]
    code, files = run(capsys, "--baseline", str(base), str(story))
    assert code == 0 and rules_texts(files) == []
    assert files[0]["score"] == 100.0 and "3 findings in the baseline not shown" in files[0]["notes"]


def test_edits_elsewhere_keep_old_findings_hidden_and_new_ones_shown(story: Path, tmp_path: Path, capsys) -> None:
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(story))
    edited = (
        "A new lede was added added above everything.\n\n"  # new finding
        + STORY.replace("Prices rose in Canada in Canada last year, officials said.",
                        "Prices rose in Canada in Canada last\nyear, officials said on Tuesday.")  # re-wrapped
        + "\nA closing paragraph without problems.\n"
    )
    story.write_text(edited, encoding="utf-8")
    everything = REP.check(edited).findings
    assert len(everything) == 4
    code, files = run(capsys, "--baseline", str(base), str(story))
    assert rules_texts(files) == [("repetition/doubled-word", " added")]
    assert (files[0]["findings"][0]["line"], files[0]["findings"][0]["column"]) == (1, 21)
    assert code == 1  # the new major finding fails a short text


def test_changing_the_flagged_words_makes_a_new_finding(story: Path, tmp_path: Path, capsys) -> None:
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(story))
    story.write_text(STORY.replace("the the plan", "the the budget"), encoding="utf-8")
    _, files = run(capsys, "--baseline", str(base), str(story))
    assert rules_texts(files) == [("repetition/doubled-word", " the")]


def test_a_second_identical_occurrence_is_new(story: Path, tmp_path: Path, capsys) -> None:
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(story))
    story.write_text(STORY + "\nThe vote was was close in Ottawa on Monday.\n", encoding="utf-8")
    _, files = run(capsys, "--baseline", str(base), str(story))
    (f,) = files[0]["findings"]
    assert (f["rule"], f["line"]) == ("repetition/doubled-word", 7)


def test_markdown_and_html_files(tmp_path: Path, capsys) -> None:
    md = tmp_path / "a.md"
    md.write_text("# Title\n\nThe vote was *was* close.\n", encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text("<p>The vote was <em>was</em> close.</p>\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(md), str(page))
    md.write_text("# Title\n\nA new line.\n\nThe vote was *was* close.\n", encoding="utf-8")
    code, files = run(capsys, "--baseline", str(base), str(md), str(page))
    assert code == 0 and rules_texts(files) == []


def test_paths_are_relative_to_the_baseline(story: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(story))
    monkeypatch.chdir(tmp_path)
    code, files = run(capsys, "--baseline", "baseline.json", "story.txt")
    assert code == 0 and rules_texts(files) == []
    other = tmp_path / "sub"
    other.mkdir()
    (other / "story.txt").write_text(STORY, encoding="utf-8")  # same text, another file: not baselined
    _, files = run(capsys, "--baseline", "baseline.json", "sub/story.txt")
    assert len(rules_texts(files)) == 3


def test_writing_keeps_files_not_checked(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("It was was late.\n", encoding="utf-8")
    b.write_text("Prices rose rose early.\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    run(capsys, "--write-baseline", str(base), str(a), str(b))
    a.write_text("It was fine.\n", encoding="utf-8")
    run(capsys, "--write-baseline", str(base), str(a))  # a's finding is gone; b's entry stays
    assert sorted(json.loads(base.read_text(encoding="utf-8"))["files"]) == ["b.txt"]
    code, files = run(capsys, "--baseline", str(base), str(a), str(b))
    assert code == 0 and rules_texts(files) == []


@pytest.mark.parametrize("content, message", [
    (None, "baseline file not found"),
    ("{not json", "not an mtqa baseline: not valid JSON (line 1"),
    ('{"files": {}}', "not an mtqa baseline"),
    ('{"schema": "mtqa-baseline/1", "files": {"a": [{"rule": "x"}]}}', "fingerprint"),
])
def test_bad_baseline_is_a_clear_error(story: Path, tmp_path: Path, capsys, content, message) -> None:
    base = tmp_path / "baseline.json"
    if content is not None:
        base.write_text(content, encoding="utf-8")
    assert main([*BASE, "--baseline", str(base), str(story)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_baseline_that_is_a_file_being_checked_is_named_as_such(story: Path, tmp_path: Path, capsys) -> None:
    """`--baseline story.txt story.txt` (a slip for --write-baseline, or a swapped argument) is
    said as the report's `-o` over an input is, not as a JSON error the user did not expect."""
    other = tmp_path / "other.txt"
    other.write_text("It was was late.\n", encoding="utf-8")
    assert main([*BASE, "--baseline", str(other), str(story), str(other)]) == 2
    err = capsys.readouterr().err
    assert f"{other}: --baseline names a file being checked, not a baseline" in err and err.count("\n") == 1


def test_fingerprints_ignore_position() -> None:
    text = "The vote was was close."
    moved = "Intro paragraph here.\n\n\n" + text
    a = fingerprints(REP.check(text).findings, text)
    b = fingerprints(REP.check(moved).findings, moved)
    assert a == b and len(a) == 1
    other = "The count was was close."  # a different word two words before the finding
    assert fingerprints(REP.check(other).findings, other) != a


def test_a_baseline_in_a_folder_that_cannot_be_made_is_refused_before_any_check(tmp_path: Path, capsys) -> None:
    """A missing folder is made (as for --output); one under a file cannot be, and is refused
    before anything is checked."""
    from mtqa.cli import main

    story = tmp_path / "s.txt"
    story.write_text("He said the the plan.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--write-baseline", str(story / "gone" / "b.json"), str(story)]) == 2
    out, err = capsys.readouterr()
    assert "written to the baseline" not in out and out == ""
    assert "cannot write the baseline:" in err and "is not a directory" in err
