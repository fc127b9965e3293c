"""The consistency rules across every bilingual file of one `mtqa check` run (Xbench's project
scope): files made up here, checked in this process and in `--jobs 2` workers; locks, state
filters, per-file ignores and a segment's own ignore respected; `across_files = false` keeps
each file to itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.cli import main

from tests.rules.test_file_checks import ONE_FOR_TWO, SIGN, SLOW, TWO_WAYS, _unit, _xliff

CLOSED, OPEN = "La route est fermée.", "La route est ouverte."


def _write(folder: Path, name: str, *units: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_xliff("\n".join(units)), encoding="utf-8")
    return path


def _run(capsys, *args: str) -> list[tuple[str, str, str, int, int, dict]]:
    """(file, rule, segment, line, column, finding) of the consistency findings of a JSON run."""
    main(["check", *args, "--select", "source", "--format", "json"])
    out = []
    for report in json.loads(capsys.readouterr().out)["files"]:
        for f in report["findings"]:
            if f["rule"] in (TWO_WAYS, ONE_FOR_TWO):
                out.append((Path(report["path"]).name, f["rule"], f["segment"], f["line"], f["column"], f))
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_source_translated_another_way_in_a_later_file_is_flagged_there(tmp_path: Path, capsys, jobs: str) -> None:
    _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Sign in to continue."), _unit("u2", SLOW, "The page loads slowly."))
    b = _write(tmp_path, "b.xlf", _unit("v1", SLOW, "The page loads slowly."), _unit("v2", SIGN, "Log in to continue."))
    [(name, rule, seg, line, col, f)] = _run(capsys, str(tmp_path / "a.xlf"), str(b), "--jobs", jobs)
    assert (name, rule, seg) == ("b.xlf", TWO_WAYS, "v2")
    assert b.read_text(encoding="utf-8").splitlines()[line - 1][col - 1:].startswith("Log in to continue.</target>")
    assert f["other_segment"] == "u1" and f["other_file"].endswith("a.xlf")
    assert "a.xlf" in f["message"] and "Sign in to continue." in f["message"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_is_one_project_and_the_minority_file_is_flagged(tmp_path: Path, capsys, jobs: str) -> None:
    _write(tmp_path, "p/a.xlf", _unit("u1", SIGN, "Log in to continue."))
    _write(tmp_path, "p/b.xlf", _unit("v1", SIGN, "Sign in to continue."))
    _write(tmp_path, "p/c.xlf", _unit("w1", SIGN, "Sign in to continue."))
    found = _run(capsys, str(tmp_path / "p"), "--jobs", jobs)
    assert [(n, s) for n, _, s, *_ in found] == [("a.xlf", "u1")]


def test_a_locked_segment_in_another_file_is_the_reference(tmp_path: Path, capsys) -> None:
    _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Log in to continue.", extra=' sdl:locked="true"'))
    _write(tmp_path, "b.xlf", _unit("v1", SIGN, "Sign in to continue."))
    _write(tmp_path, "c.xlf", _unit("w1", SIGN, "Sign in to continue."))
    found = _run(capsys, *(str(tmp_path / n) for n in ("a.xlf", "b.xlf", "c.xlf")), "--jobs", "2")
    assert [(n, s) for n, _, s, *_ in found] == [("b.xlf", "v1"), ("c.xlf", "w1")]


def test_the_state_filter_and_drafts_apply_to_the_other_files_too(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Sign in to continue."))
    b = _write(tmp_path, "b.xlf", _unit("v1", SIGN, "Log in to continue.", state="needs-review-translation"))
    assert [s for _, _, s, *_ in _run(capsys, str(a), str(b))] == ["v1"]
    assert _run(capsys, str(a), str(b), "--segment-state", "translated") == []
    draft = _write(tmp_path, "d.xlf", _unit("d1", SIGN, "Log in to continue.", state="new"))
    assert _run(capsys, str(a), str(draft)) == []


def test_per_file_ignores_take_a_file_out_of_the_comparison(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "mtqa.toml").write_text('[per-file-ignores]\n"legacy/*" = ["source/inconsistent-translation"]\n',
                                        encoding="utf-8")
    _write(tmp_path, "legacy/a.xlf", _unit("u1", SIGN, "Log in to continue."))
    _write(tmp_path, "legacy/b.xlf", _unit("u2", SIGN, "Log in to continue."))
    _write(tmp_path, "current/c.xlf", _unit("v1", SIGN, "Sign in to continue."))
    _write(tmp_path, "current/d.xlf", _unit("w1", SIGN, "Sign in, then continue."))
    monkeypatch.chdir(tmp_path)
    # the legacy majority would make both current files the odd ones out; it takes no part,
    # also when another consistency rule (the preview) reads the legacy files
    assert [(n, s) for n, _, s, *_ in _run(capsys, "legacy", "current")] == [("d.xlf", "w1")]
    assert [(n, s) for n, r, s, *_ in _run(capsys, "legacy", "current", "--preview") if r == TWO_WAYS] == [("d.xlf", "w1")]


def test_a_segments_own_ignore_silences_the_finding_on_it(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Sign in to continue."))
    po = tmp_path / "b.po"
    po.write_text(f'#. mtqa: ignore {TWO_WAYS}\nmsgid "{SIGN}"\nmsgstr "Log in to continue."\n', encoding="utf-8")
    assert _run(capsys, str(a), str(po)) == []
    po.write_text(f'msgid "{SIGN}"\nmsgstr "Log in to continue."\n', encoding="utf-8")
    assert [(n, s) for n, _, s, *_ in _run(capsys, str(a), str(po))] == [("b.po", SIGN)]


def test_across_files_off_keeps_each_file_to_itself(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Sign in to continue."))
    b = _write(tmp_path, "b.xlf", _unit("v1", SIGN, "Log in to continue."))
    config = tmp_path / "mtqa.toml"
    config.write_text(f'[rules."{TWO_WAYS}"]\nacross_files = false\n', encoding="utf-8")
    assert _run(capsys, str(a), str(b), "--config", str(config)) == []


def test_one_translation_for_two_sources_across_files_as_a_preview(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.xlf", _unit("u1", CLOSED, "The road is closed."))
    b = _write(tmp_path, "b.xlf", _unit("v1", OPEN, "The road is closed."))
    assert _run(capsys, str(a), str(b)) == []
    [(name, rule, seg, *_)] = _run(capsys, str(a), str(b), "--preview", "--jobs", "2")
    assert (name, rule, seg) == ("b.xlf", ONE_FOR_TWO, "v1")


def test_after_fix_the_recheck_still_compares_with_the_other_files(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path, "a.xlf", _unit("u1", SIGN, "Sign in to continue."))
    b = _write(tmp_path, "b.xlf", _unit("v1", SIGN, "Log in to continue. "))  # a trailing space: fixed safely
    found = _run(capsys, str(a), str(b), "--fix", "--jobs", "2")
    assert "continue. <" not in b.read_text(encoding="utf-8")  # the fix was written
    assert [(n, s) for n, _, s, *_ in found] == [("b.xlf", "v1")]  # and the report after it still says so


def test_a_desks_own_configuration_compares_its_files_whatever_the_working_folders_says(tmp_path: Path, capsys,
                                                                                        monkeypatch) -> None:
    """Each file's configuration is found from its folder: the working folder's mtqa.toml turning
    the consistency rules off said nothing of a desk's own, which runs them (the run's first
    pass was skipped on the working folder's word alone)."""
    (tmp_path / "mtqa.toml").write_text(f'ignore = ["{TWO_WAYS}"]\n', encoding="utf-8")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "mtqa.toml").write_text('languagetool = "off"\n', encoding="utf-8")
    _write(tmp_path, "desk/a.xlf", _unit("u1", SIGN, "Sign in to continue."))
    _write(tmp_path, "desk/b.xlf", _unit("v1", SIGN, "Log in to continue."))
    monkeypatch.chdir(tmp_path)
    main(["check", "desk/a.xlf", "desk/b.xlf", "--format", "json"])  # no --select: it would drop the ignore
    found = [(Path(r["path"]).name, f["segment"]) for r in json.loads(capsys.readouterr().out)["files"]
             for f in r["findings"] if f["rule"] == TWO_WAYS]
    assert found == [("b.xlf", "v1")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_compares_later_files_with_an_earlier_file_as_fixed(tmp_path: Path, capsys, jobs: str) -> None:
    """a.xlf's "opens opens" is fixed to b.xlf's wording: b.xlf, checked after it (or ahead of it
    in a worker), agrees with a.xlf as written, not with the first pass's reading of it."""
    a = _write(tmp_path, "a.xlf", _unit("u1", SIGN, "The page opens opens now."))
    b = _write(tmp_path, "b.xlf", _unit("v1", SIGN, "The page opens now."))
    # look-alike: without --fix, the two files do differ, and b.xlf (the later one) says so
    assert [(n, s) for n, _, s, *_ in _run(capsys, str(a), str(b), "--jobs", jobs)] == [("b.xlf", "v1")]
    main(["check", str(a), str(b), "--select", "source,repetition", "--format", "json", "--fix", "--jobs", jobs])
    reports = json.loads(capsys.readouterr().out)["files"]
    assert "The page opens now.</target>" in a.read_text(encoding="utf-8")
    assert [(Path(r["path"]).name, f["rule"]) for r in reports for f in r["findings"]] == []
