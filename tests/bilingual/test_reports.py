"""Every report format shows bilingual findings per segment, at the file's line and column."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from mtqa.cli import main
from tests.bilingual._files import XLIFF12, position

ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def _render(tmp_path: Path, fmt: str, capsys) -> str:
    path = tmp_path / "story.xlf"
    path.write_text(XLIFF12, encoding="utf-8")
    assert main(["check", str(path), "--format", fmt, "--isolated"]) == 1
    return capsys.readouterr().out


def test_json_has_the_segment_of_each_finding(tmp_path: Path, capsys) -> None:
    doc = json.loads(_render(tmp_path, "json", capsys))
    (file,) = doc["files"]
    assert file["format"] == "xliff" and file["segments"] == 6
    date = next(f for f in file["findings"] if f["rule"] == "source/date-mismatch")
    assert date["segment"] == "date"
    assert (date["line"], date["column"]) == position(XLIFF12, "Jan. 18")
    assert all("segment" in f for f in file["findings"])


def test_sarif_gives_the_segment_as_a_logical_location(tmp_path: Path, capsys) -> None:
    doc = json.loads(_render(tmp_path, "sarif", capsys))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    results = doc["runs"][0]["results"]
    date = next(r for r in results if r["ruleId"] == "source/date-mismatch")
    loc = date["locations"][0]
    assert loc["logicalLocations"] == [{"name": "date", "kind": "segment"}]
    assert loc["physicalLocation"]["region"]["startLine"] == position(XLIFF12, "Jan. 18")[0]
    assert date["properties"]["segment"] == "date"


def test_junit_github_text_and_html_name_the_segment(tmp_path: Path, capsys) -> None:
    line, col = position(XLIFF12, "Jan. 18")
    junit = _render(tmp_path, "junit", capsys)
    assert f"story.xlf:{line}:{col}: major source/date-mismatch segment date: Date not in the source" in junit
    github = _render(tmp_path, "github", capsys)
    assert f"line={line},col={col}" in github and "::segment date: Date not in the source" in github
    text = _render(tmp_path, "text", capsys)
    assert f"story.xlf:{line}:{col}: major source/date-mismatch segment date: Date" in text
    html = _render(tmp_path, "html", capsys)
    assert 'segment <code>date</code>' in html and "segment lost-code: Placeholder" in html
