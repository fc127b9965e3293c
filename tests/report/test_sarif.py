"""SARIF 2.1.0: schema-valid, every finding a result at the right place, fixes that apply."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from mtqa.finding import Severity
from mtqa.report import renderer
from mtqa.report.sarif import artifact_uri, document

from ._util import DOUBLED, ROOT, SEED, check, error_report, run_cli, seed_report, with_severities

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def validate(doc: dict) -> None:
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    errors = sorted(jsonschema.Draft4Validator(SCHEMA).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def sarif(reports) -> dict:
    return json.loads(renderer("sarif").render(reports))


def offset_of(text: str, line: int, utf16_col: int) -> int:
    """Invert a SARIF (line, UTF-16 column) into a code-point offset of `text`."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    i = starts[line - 1]
    units = 1
    while units < utf16_col:
        units += 2 if ord(text[i]) > 0xFFFF else 1
        i += 1
    return i


def test_schema_rejects_a_broken_log() -> None:
    # The validator itself must be able to fail (guards against a schema that accepts anything).
    with pytest.raises(AssertionError):
        validate({"version": "2.1.0", "runs": [{"results": []}]})


def test_seed_validates_and_reports_every_finding() -> None:
    report = seed_report()
    assert report.findings, "the seed has findings"
    doc = sarif([report])
    validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    assert run["invocations"] == [{"executionSuccessful": True}]
    results = run["results"]
    assert [r["ruleId"] for r in results] == [f.rule_id for f in report.findings]
    rules = run["tool"]["driver"]["rules"]
    for res, f in zip(results, report.findings):
        assert rules[res["ruleIndex"]]["id"] == f.rule_id
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["snippet"]["text"] == f.text
        assert (region["startLine"], region["endLine"]) == (f.span.line, f.span.end_line)
        loc = res["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc == {"uri": "seeds/000_a80f4c312e8b183b.txt", "uriBaseId": "%SRCROOT%"}
        assert res["partialFingerprints"]["mtqa/v1"]


def test_rule_metadata_comes_from_the_rule() -> None:
    from mtqa import registry

    doc = sarif([check(DOUBLED)])
    for d in doc["runs"][0]["tool"]["driver"]["rules"]:
        rule = registry.get(d["id"])
        assert d["shortDescription"]["text"] == rule.description
        assert d["help"]["text"] == rule.doc.strip()
        assert "Why it matters" in d["help"]["markdown"]
        assert d["properties"]["mqmCategory"] == rule.meta.category
        assert rule.meta.category.split("/")[0].lower().replace(" ", "-") in d["properties"]["tags"]
        expected = {"critical": "error", "major": "warning", "minor": "note"}[rule.meta.severity.value]
        assert d["defaultConfiguration"]["level"] == expected
        assert d["name"] and "/" not in d["name"]


def test_levels_follow_each_findings_severity() -> None:
    report = with_severities(check(DOUBLED))
    doc = sarif([report])
    validate(doc)
    levels = [r["level"] for r in doc["runs"][0]["results"]]
    expected = [{Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}[f.severity]
                for f in report.findings]
    assert levels == expected and set(levels) == {"error", "warning", "note"}


def test_a_twin_of_the_same_slip_is_a_related_location_not_a_result() -> None:
    text = "Crews 😀 cleared the road near the old mill. after the storm had passed through the valley.\n"
    report = check(text)
    doc = sarif([report])
    validate(doc)
    results = doc["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["typography/stray-period"]
    (related,) = results[0]["relatedLocations"]
    assert related["message"]["text"] == "abbreviations/stray-period reports the same slip"
    region = related["physicalLocation"]["region"]
    assert offset_of(text, region["startLine"], region["startColumn"]) == text.index("mill.")
    assert offset_of(text, region["endLine"], region["endColumn"]) == text.index("mill.") + len("mill.")


def test_columns_count_utf16_code_units() -> None:
    report = check(DOUBLED)
    doc = sarif([report])
    for res, f in zip(doc["runs"][0]["results"], report.findings):
        region = res["locations"][0]["physicalLocation"]["region"]
        assert offset_of(report.text, region["startLine"], region["startColumn"]) == f.span.start
        assert offset_of(report.text, region["endLine"], region["endColumn"]) == f.span.end
    # The emoji (one code point, two UTF-16 units) shifts the columns after it on its line by one.
    on = next(f for f in report.findings if f.text == " on")
    res = doc["runs"][0]["results"][report.findings.index(on)]
    assert res["locations"][0]["physicalLocation"]["region"]["startColumn"] == on.span.column + 1


def test_safe_fixes_apply_to_the_fixed_text() -> None:
    report = check(DOUBLED)
    doc = sarif([report])
    edits = []
    for res in doc["runs"][0]["results"]:
        if not res["ruleId"].startswith("repetition/"):
            continue  # the <b> tags are stray markup, whose fix is unsafe and not exported
        assert res["fixes"], "repetition fixes are safe"
        for change in res["fixes"][0]["artifactChanges"]:
            for rep in change["replacements"]:
                reg = rep["deletedRegion"]
                edits.append((offset_of(report.text, reg["startLine"], reg["startColumn"]),
                              offset_of(report.text, reg["endLine"], reg["endColumn"]),
                              rep["insertedContent"]["text"]))
    text = report.text
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    assert text == report.fixed_text()
    assert "the the" not in text and "on on" not in text


def test_unsafe_fixes_are_not_offered() -> None:
    from dataclasses import replace

    from mtqa.finding import Applicability, Fix

    report = check(DOUBLED)
    unsafe = [replace(f, fix=Fix(f.fix.title, f.fix.edits, Applicability.UNSAFE)) for f in report.findings]
    doc = sarif([replace(report, findings=unsafe)])
    validate(doc)
    assert all("fixes" not in r for r in doc["runs"][0]["results"])


def test_fingerprints_survive_edits_elsewhere_and_tell_repeats_apart() -> None:
    before = sarif([check(DOUBLED)])["runs"][0]["results"]
    after = sarif([check("A new first paragraph was added.\n\n" + DOUBLED)])["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    twice = sarif([check("He said the the plan.\n\nHe said the the plan.\n")])["runs"][0]["results"]
    prints = [r["partialFingerprints"]["mtqa/v1"] for r in twice]
    assert len(prints) == 2 and len(set(prints)) == 2


def test_unreadable_file_is_a_notification() -> None:
    doc = sarif([check(DOUBLED), error_report("gone.txt")])
    validate(doc)
    inv = doc["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    note = inv["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "no such file" in note["message"]["text"]


def test_no_findings_is_still_a_valid_log() -> None:
    doc = sarif([check("The minister said the mission would continue.\n")])
    validate(doc)
    assert doc["runs"][0]["results"] == []


def test_artifact_uris(tmp_path: Path) -> None:
    assert artifact_uri("news/a story.md", tmp_path) == ("news/a%20story.md", True)
    assert artifact_uri("./news/x.txt", tmp_path) == ("news/x.txt", True)
    assert artifact_uri(str(tmp_path / "sub" / "x.txt"), tmp_path) == ("sub/x.txt", True)
    uri, relative = artifact_uri("/elsewhere/x.txt", tmp_path)
    assert uri == "file:///elsewhere/x.txt" and not relative
    assert artifact_uri("-", tmp_path) == ("stdin", True)
    doc = document([check(DOUBLED, path="news/a story.md")], cwd=tmp_path)
    validate(doc)


def test_cli_writes_sarif(tmp_path: Path) -> None:
    out = tmp_path / "seed.sarif"
    proc = run_cli("check", "--format", "sarif", "--output", str(out), str(SEED.relative_to(ROOT)))
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate(doc)
    assert len(doc["runs"][0]["results"]) == len(seed_report().findings)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_lines_with_any_line_ending(newline: str) -> None:
    text = DOUBLED.replace("\n", newline)
    report = check(text)
    doc = sarif([report])
    validate(doc)
    assert newline in doc["runs"][0]["newlineSequences"]
    for res, f in zip(doc["runs"][0]["results"], report.findings):
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == f.span.line
        line_text = text.split(newline)[f.span.line - 1]
        start = region["startColumn"] - 1
        # UTF-16 columns into the line; the emoji line shifts by one unit.
        assert line_text.encode("utf-16-le")[2 * start:2 * start + len(f.text.encode("utf-16-le"))].decode(
            "utf-16-le") == f.text


def test_rules_describe_only_the_rules_that_reported_unless_asked_for_every_rule_that_ran() -> None:
    report = check(DOUBLED)
    reported = list(dict.fromkeys(f.rule_id for f in report.findings))
    doc = sarif([report, check("The minister said the mission would continue.\n", path="clean.txt")])
    validate(doc)
    run = doc["runs"][0]
    assert [d["id"] for d in run["tool"]["driver"]["rules"]] == reported
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    every = document([report], rules="ran")
    validate(every)
    listed = [d["id"] for d in every["runs"][0]["tool"]["driver"]["rules"]]
    assert set(reported) < set(listed) and set(report.checks_ran) <= set(listed)
    with pytest.raises(ValueError, match="reported, ran"):
        document([report], rules="all")


def test_cli_sarif_rules_ran(tmp_path: Path) -> None:
    out = tmp_path / "every.sarif"
    proc = run_cli("check", "--format", "sarif", "--sarif-rules", "ran", "--output", str(out),
                   str(SEED.relative_to(ROOT)))
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate(doc)
    assert len(doc["runs"][0]["tool"]["driver"]["rules"]) >= len(seed_report().checks_ran)
