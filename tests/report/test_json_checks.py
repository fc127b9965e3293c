"""The JSON report's checks: in every file (schema mtqa/1, the default) or, with
json_checks="top" (schema mtqa/2), the checks most files share written once at the top and a
file's own only where they differ. Both are validated against the schema below, and mtqa/2
read back as its documentation says gives mtqa/1's files exactly."""

from __future__ import annotations

import json

import jsonschema
import pytest

from mtqa.report import renderer

from ._util import DOUBLED, check, error_report, run_cli

CHECKS = {"type": "object", "required": ["ran", "skipped"], "additionalProperties": False,
          "properties": {"ran": {"type": "array", "items": {"type": "string"}},
                         "skipped": {"type": "array", "items": {
                             "type": "object", "required": ["check", "reason"],
                             "properties": {"check": {"type": "string"}, "reason": {"type": "string"}}}}}}
CHECKED_FILE = {"type": "object", "required": ["path", "words", "score", "passed", "findings"],
                "properties": {"checks": CHECKS}}
ERROR_FILE = {"type": "object", "required": ["path", "error"], "additionalProperties": False,
              "properties": {"path": {}, "error": {"type": "string"}}}


def schema(version: str) -> dict:
    """The report's top level as README.md documents it, for `version`."""
    top: dict = {"type": "object", "required": ["version", "tool", "files", "summary"],
                 "properties": {"version": {"enum": [version]},
                                "files": {"type": "array", "items": {"anyOf": [CHECKED_FILE, ERROR_FILE]}}}}
    if version == "mtqa/1":
        top["properties"]["files"]["items"] = {"anyOf": [{**CHECKED_FILE, "required": [*CHECKED_FILE["required"], "checks"]},
                                                         ERROR_FILE]}
        top["not"] = {"required": ["checks"]}
    else:
        top["required"] = [*top["required"], "checks"]
        top["properties"]["checks"] = CHECKS
    return top


def render(reports, **options) -> dict:
    return json.loads(renderer("json").render(reports, **options))


def reports():
    return [check(DOUBLED, path="a.txt"), check(DOUBLED, path="b.txt"),
            check("The minister said the mission would continue.\n", path="c.txt"), error_report("gone.txt")]


def test_per_file_is_the_default_and_mtqa_1() -> None:
    doc = render(reports())
    jsonschema.validate(doc, schema("mtqa/1"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema("mtqa/2"))


def test_top_is_mtqa_2_and_reads_back_as_mtqa_1() -> None:
    given = reports()
    per_file = render(given)
    top = render(given, json_checks="top")
    jsonschema.validate(top, schema("mtqa/2"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(top, schema("mtqa/1"))
    assert top["checks"]["ran"] and len(json.dumps(top)) < len(json.dumps(per_file))
    read_back = [f if "error" in f else {**f, "checks": f.get("checks", top["checks"])} for f in top["files"]]
    assert read_back == per_file["files"]
    assert {k: v for k, v in top.items() if k not in ("version", "checks", "files")} == \
        {k: v for k, v in per_file.items() if k not in ("version", "files")}


def test_a_file_whose_checks_differ_keeps_its_own() -> None:
    a = check(DOUBLED, path="a.txt")
    b = check(DOUBLED, path="b.txt")
    narrowed = check(DOUBLED, path="c.txt")
    from dataclasses import replace

    narrowed = replace(narrowed, checks_ran=narrowed.checks_ran[:1])
    top = render([a, b, narrowed], json_checks="top")
    assert [("checks" in f) for f in top["files"]] == [False, False, True]
    assert top["files"][2]["checks"]["ran"] == narrowed.checks_ran[:1]
    with pytest.raises(ValueError, match="per-file, top"):
        renderer("json").render([a], json_checks="once")


def test_cli_json_checks_top(tmp_path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(DOUBLED, encoding="utf-8")
    proc = run_cli("check", "--languagetool", "off", "--format", "json", "--json-checks", "top", str(tmp_path))
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, schema("mtqa/2"))
    assert all("checks" not in f for f in doc["files"])


@pytest.mark.parametrize("json_checks", ["per-file", "top"])
def test_pieces_join_to_the_rendered_report(json_checks: str, monkeypatch) -> None:
    """`mtqa check --format json` writes the report as it is encoded (`pieces`): joined, the
    pieces are `render`'s text, with findings, text beyond ASCII and an error file, whether one
    piece or many (fails without `pieces`, or when a piece is lost at a batch's edge)."""
    from mtqa.report import json as json_report

    reports = [check(DOUBLED), check("The “minister” said — café.", "b.txt"), error_report()]
    whole = renderer("json").render(reports, json_checks=json_checks)
    assert "".join(json_report.pieces(reports, json_checks)) == whole
    monkeypatch.setattr(json_report, "PIECE_CHUNKS", 7)
    many = list(json_report.pieces(reports, json_checks))
    assert len(many) > 10 and "".join(many) == whole

