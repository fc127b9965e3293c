"""`mtqa serve` finds its configuration as `mtqa check` does: `--config FILE`, else the nearest
`mtqa.toml` (or `pyproject.toml` with `[tool.mtqa]`) upward from its working folder, else none
(`--isolated`: none looked for). It says which at start-up, and every request gets it, with the
per-file settings of a `filename` a request gives its copy. Real server processes, real clients.
"""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import urlencode
from pathlib import Path

import pytest

from .conftest import start_server

# made up: a curly closing quote opening the quotation (quotes), and a doubled word (repetition)
QUOTED = "The mayor said “the budget is balanced“ on Monday."
DOUBLED = "The council met on Monday and the the mayor spoke first."
# made up: the doubled word beside a finding of another family (a space before a comma)
MIXED = DOUBLED + " He said it is done , then left."
CONFIG = """ignore = ["quotes"]

[per-file-ignores]
"archive/**" = ["repetition"]

[per-file]
"wire/*.md" = { input-format = "plain" }
"briefs/**" = { select = ["quotes", "repetition"], ignore = ["quotes"] }
"us/**" = { locale = "en-US" }
"""


def rule_ids(body: dict) -> set[str]:
    return {f["rule"] for f in body["files"][0]["findings"]}


def lt_rule_ids(body: dict) -> set[str]:
    return {m["rule"]["id"] for m in body["matches"]}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("newsroom")
    (root / "mtqa.toml").write_text(CONFIG, encoding="utf-8")
    (root / "desk" / "today").mkdir(parents=True)
    return root


@pytest.fixture(scope="module")
def found(project):
    """A server started two folders below the project's mtqa.toml, without --config."""
    s = start_server(name="config-found", cwd=project / "desk" / "today")
    yield s
    s.stop()


def test_the_configuration_found_upward_is_named_at_start(found, project) -> None:
    assert f"configuration {(project / 'mtqa.toml').resolve()}" in found.started
    with found.client() as c:
        assert c.get("/healthz").json()["config"] == str((project / "mtqa.toml").resolve())


def test_every_request_gets_the_configuration_found(found) -> None:
    with found.client() as c:
        api = c.post("/api/check", json={"text": QUOTED + " " + DOUBLED}).json()
        fixed = c.post("/api/fix", json={"text": QUOTED}).json()
        lt = c.post("/v2/check", data={"text": QUOTED + " " + DOUBLED, "language": "en-CA"}).json()
    assert not any(r.startswith("quotes/") for r in rule_ids(api))
    assert "repetition/doubled-word" in rule_ids(api)
    assert not fixed["changed"] and fixed["text"] == QUOTED
    assert not any(r.startswith("quotes/") for r in lt_rule_ids(lt))
    assert "repetition/doubled-word" in lt_rule_ids(lt)


def test_a_requests_filename_brings_its_per_file_settings(found, project) -> None:
    """`filename` names the copy as --stdin-filename does (never opened): per-file-ignores and
    per-file sections apply, relative to the configuration's folder as mtqa check applies them;
    a select in the request does not bring back what the file's per-file-ignores leave out."""
    archived = str(project / "archive" / "2019" / "story.txt")
    with found.client() as c:
        plain = c.post("/api/check", json={"text": DOUBLED}).json()
        named = c.post("/api/check", json={"text": DOUBLED, "filename": archived}).json()
        selected = c.post("/api/check", json={"text": DOUBLED, "filename": archived,
                                              "options": {"select": ["repetition"]}}).json()
        elsewhere = c.post("/api/check", json={"text": DOUBLED, "filename": str(project / "news" / "a.txt")}).json()
    assert "repetition/doubled-word" in rule_ids(plain)
    assert "repetition/doubled-word" not in rule_ids(named)
    assert "repetition/doubled-word" not in rule_ids(selected)
    assert "repetition/doubled-word" in rule_ids(elsewhere)
    assert named["files"][0]["path"] == archived


def test_a_filename_picks_the_format_unless_the_configuration_sets_one(found, project) -> None:
    text = "# Budget\n\nThe mayor said `the the` is a typo.\n"
    with found.client() as c:
        md = c.post("/api/check", json={"text": text, "filename": "notes.md"}).json()
        wire = c.post("/api/check", json={"text": text, "filename": str(project / "wire" / "a.md")}).json()
        empty = c.post("/api/check", json={"text": text, "filename": " "})
    assert md["files"][0]["format"] == "markdown" and "repetition/doubled-word" not in rule_ids(md)
    assert wire["files"][0]["format"] == "plain" and "repetition/doubled-word" in rule_ids(wire)
    assert empty.status_code == 400 and "filename" in empty.json()["error"]


def test_isolated_reads_no_configuration(project) -> None:
    s = start_server("--isolated", name="config-isolated", cwd=project)
    try:
        assert "no configuration file (--isolated: defaults)" in s.started
        with s.client() as c:
            api = c.post("/api/check", json={"text": QUOTED}).json()
        assert any(r.startswith("quotes/") for r in rule_ids(api))
    finally:
        s.stop()


def test_config_given_is_named_and_isolated_with_it_is_refused(project, tmp_path) -> None:
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["repetition"]\n', encoding="utf-8")
    s = start_server("--config", str(other), name="config-given", cwd=project)
    try:
        assert f"configuration {other.resolve()}" in s.started
        with s.client() as c:
            api = c.post("/api/check", json={"text": QUOTED + " " + DOUBLED}).json()
        assert "repetition/doubled-word" not in rule_ids(api)
        assert any(r.startswith("quotes/") for r in rule_ids(api))  # the found file is not read too
    finally:
        s.stop()
    got = subprocess.run([sys.executable, "-m", "mtqa", "serve", "--port", "0", "--isolated", "--config", str(other)],
                         cwd=project, capture_output=True, text=True, timeout=120)
    assert got.returncode == 2 and "--isolated" in got.stderr and "Traceback" not in got.stderr


def test_none_found_says_where_it_looked(tmp_path) -> None:
    s = start_server(name="config-none", cwd=tmp_path)
    try:
        assert f"no configuration file found upward from {tmp_path.resolve()}" in s.started
    finally:
        s.stop()


def test_a_broken_configuration_found_stops_the_start(tmp_path) -> None:
    (tmp_path / "mtqa.toml").write_text('ignore = ["quotes"\n', encoding="utf-8")
    got = subprocess.run([sys.executable, "-m", "mtqa", "serve", "--port", "0"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert got.returncode == 2 and "mtqa.toml" in got.stderr and "invalid TOML" in got.stderr
    assert "Traceback" not in got.stderr


# ---- /v2/check: LanguageTool's protocol with mtqa's `filename` field ------------------------


def test_v2_check_takes_a_filename_and_its_per_file_settings(found, project) -> None:
    """`filename` (a form or query field LanguageTool's protocol lacks) names the copy: its
    per-file-ignores and per-file sections apply, also when the client names rules of its own
    (disabledRules makes a full list of rules, which must not bring back what the file leaves out)."""
    archived = str(project / "archive" / "2019" / "story.txt")
    brief = str(project / "briefs" / "monday.txt")
    text = MIXED
    with found.client() as c:
        def post(query: str = "", **fields) -> dict:
            got = c.post("/v2/check" + query, data={"text": text, "language": "en-CA", **fields})
            assert got.status_code == 200, got.text
            return got.json()

        plain = lt_rule_ids(post())
        named = lt_rule_ids(post(filename=archived))
        named_rules = lt_rule_ids(post(filename=archived, disabledRules="MORFOLOGIK_RULE_EN_CA"))
        queried = lt_rule_ids(post("?" + urlencode({"filename": archived})))
        brief_only = lt_rule_ids(post(filename=brief))
        brief_rules = lt_rule_ids(post(filename=brief, disabledRules="SOME_LT_RULE"))
        empty = c.post("/v2/check", data={"text": text, "language": "en-CA", "filename": " "})
    assert "repetition/doubled-word" in plain and len({r.split("/")[0] for r in plain}) > 1
    for got in (named, named_rules, queried):
        assert "repetition/doubled-word" not in got and got == plain - {"repetition/doubled-word"}
    assert brief_only == brief_rules == {"repetition/doubled-word"}
    assert empty.status_code == 400 and "filename" in empty.json()["error"]


def test_v2_check_en_and_auto_take_the_named_files_locale(found, project) -> None:
    us = str(project / "us" / "story.txt")
    with found.client() as c:
        def code(**fields) -> str:
            return c.post("/v2/check", data={"text": DOUBLED, **fields}).json()["language"]["code"]

        assert code(language="auto") == code(language="en") == "en-CA"
        assert code(language="auto", filename=us) == code(language="en", filename=us) == "en-US"
        assert code(language="en-GB", filename=us) == "en-GB"  # the request's own variant wins


def test_the_servers_command_line_beats_a_per_file_section_as_checks_does(project) -> None:
    """`mtqa serve --locale en-GB` with a per-file `locale` for the named file: the command line
    wins, as `mtqa check --locale en-GB FILE` lets it."""
    story = project / "us" / "story.txt"
    story.parent.mkdir(exist_ok=True)
    story.write_text(DOUBLED + "\n", encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "mtqa", "check", "--locale", "en-GB", "--format", "json",
                          str(story)], cwd=project, capture_output=True, text=True, timeout=120)
    assert json.loads(cli.stdout)["files"][0]["locale"] == "en-GB"
    s = start_server("--locale", "en-GB", name="config-locale", cwd=project)
    try:
        with s.client() as c:
            api = c.post("/api/check", json={"text": DOUBLED, "filename": str(story)}).json()
            v2 = c.post("/v2/check", data={"text": DOUBLED, "language": "auto", "filename": str(story)}).json()
        assert api["files"][0]["locale"] == "en-GB"
        assert v2["language"]["code"] == "en-GB"
    finally:
        s.stop()


def test_a_worker_says_the_warning_each_time_it_reads_the_configuration(tmp_path, monkeypatch, capsys) -> None:
    """With several workers, uvicorn builds each worker's application with `app_from_environment`:
    at start, again for every worker on SIGHUP (a reload), and for one that replaces a worker that
    died. Each reads the configuration file anew, so each says its warnings as the file now is,
    as `mtqa check` says them on each run: a table removed since start-up is said on the reload."""
    import os

    from mtqa.serve.app import app_from_environment
    from mtqa.serve.settings import ENV, Settings

    project = tmp_path / "pyproject.toml"
    project.write_text('[project]\nname = "newsroom"\n\n[tool.mtqa]\nignore = ["quotes"]\n', encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "mtqa.toml").write_text('extend = "../pyproject.toml"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, Settings(config=str(desk / "mtqa.toml"), workers=2).to_env())
    app_from_environment()
    assert "warning" not in capsys.readouterr().err  # the newsroom's table is there: nothing to say
    project.write_text('[project]\nname = "newsroom"\n', encoding="utf-8")  # its table removed since
    app_from_environment()  # the worker a reload starts
    assert capsys.readouterr().err == (f"mtqa serve (worker {os.getpid()}): warning: {desk / 'mtqa.toml'}:1: extend: "
                                       f"{project} has no [tool.mtqa] table: nothing is inherited from it\n")


def test_an_extend_that_inherits_nothing_is_warned_about_at_start(tmp_path) -> None:
    """`extend` naming a pyproject.toml without `[tool.mtqa]` is not an error (as ruff's), but it
    inherits nothing: the server says so on stderr at start-up, as `mtqa check` does after a run."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom"\n', encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "mtqa.toml").write_text('# the desk\nextend = "../pyproject.toml"\n', encoding="utf-8")
    s = start_server(name="config-extend-hollow", cwd=desk)
    try:
        with s.client() as c:
            assert "repetition/doubled-word" in rule_ids(c.post("/api/check", json={"text": DOUBLED}).json())
    finally:
        s.stop()
    assert (f"mtqa serve: warning: {desk / 'mtqa.toml'}:2: extend: {tmp_path / 'pyproject.toml'} has no "
            "[tool.mtqa] table: nothing is inherited from it") in s.log.read_text(encoding="utf-8")
