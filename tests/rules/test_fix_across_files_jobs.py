"""`mtqa check --fix` over several bilingual files (XLIFF, PO, TMX made up here): the files are
fixed in the `--jobs` workers, not re-checked one by one in the parent, and `--jobs 1` and
`--jobs 2` write the same bytes and report the same findings; each file's report compares it
with every other file of the run as written, the later ones too."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import mtqa.commands.check as check_command
import mtqa.commands.project_fix as project_fix
import mtqa.commands.run as run_command
from mtqa.cli import main

from tests.rules.test_file_checks import SIGN, SLOW, TWO_WAYS, _unit, _xliff

CLOSED = "Les bureaux ferment à huit heures."


def _po(*pairs: tuple[str, str]) -> str:
    return "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)


def _tmx(*pairs: tuple[str, str]) -> str:
    units = "".join(f'<tu tuid="t{i}"><tuv xml:lang="fr"><seg>{s}</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>\n'
                    for i, (s, t) in enumerate(pairs, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" adminlang="en" '
            'segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>\n'
            f"<body>\n{units}</body></tmx>\n")


def _project(folder: Path) -> list[Path]:
    """Four files of one run: a doubled word and a space before a comma to fix in each, and one
    source translated two ways across the files (one way with a doubled word that the fix makes
    agree with the majority)."""
    files = {
        "a.xlf": _xliff("\n".join([_unit("u1", SIGN, "Log in to continue."),
                                   _unit("u2", SLOW, "The page loads loads slowly.")])),
        "b.po": _po((SIGN, "Sign in to to continue."), (CLOSED, "Polls close at eight , the council said.")),
        "c.tmx": _tmx((SIGN, "Sign in to continue."), (SLOW, "The the page loads slowly.")),
        "d.xlf": _xliff("\n".join([_unit("w1", CLOSED, "Polls close at eight, the council said."),
                                   _unit("w2", SLOW, "The page loads slowly.")])),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in files]


def _fix(capsys, paths: list[Path], jobs: str) -> list:
    """Run --fix; what the JSON report says of each file (name, notes, findings), timings and folder left out."""
    folder = str(paths[0].parent)
    code = main(["check", *map(str, paths), "--select", "source,repetition,typography", "--format", "json",
                 "--fix", "--jobs", jobs])
    said = [[Path(r["path"]).name, r["notes"], [(f["rule"], f["line"], f["column"], f["message"].replace(folder, "<dir>")) for f in r["findings"]]]
            for r in json.loads(capsys.readouterr().out)["files"]]
    return [code, said]


@pytest.fixture
def two_cores(monkeypatch):
    """--jobs 2 gets two workers on a machine that offers one core (effective_jobs caps --jobs)."""
    monkeypatch.setattr(run_command, "default_jobs", lambda: 2)


def test_fix_with_one_job_and_with_two_writes_the_same_bytes_and_reports_the_same(tmp_path: Path, capsys,
                                                                                   two_cores) -> None:
    serial, parallel = _project(tmp_path / "one"), _project(tmp_path / "two")
    said_serial, said_parallel = _fix(capsys, serial, "1"), _fix(capsys, parallel, "2")
    assert said_serial == said_parallel
    for one, two in zip(serial, parallel):
        assert one.read_bytes() == two.read_bytes()
    # the fixes were written in every format
    assert "loads loads" not in serial[0].read_text(encoding="utf-8")
    assert "to to" not in serial[1].read_text(encoding="utf-8") and "eight ," not in serial[1].read_text(encoding="utf-8")
    assert "The the" not in serial[2].read_text(encoding="utf-8")
    notes = {name: n for name, n, _ in said_serial[1]}
    assert [n for n in notes["b.po"] if n.startswith("applied")] == ["applied 2 fixes"]
    # what --fix reports is what a check of the files as written finds (the consistency rules too)
    _, again = _fix(capsys, serial, "1")
    assert [(name, fs) for name, _, fs in again] == [(name, fs) for name, _, fs in said_serial[1]]
    assert any(fs for _, _, fs in again)  # look-alike: there is something left to compare


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_earlier_file_is_compared_with_a_later_file_as_fixed(tmp_path: Path, capsys, jobs: str, two_cores) -> None:
    """Before the fix the three translations of SIGN differ and the first (a.xlf's) is the
    reference; b.po's "to to", once fixed, makes "Sign in to continue." the majority, so a.xlf,
    checked before b.po was written, is the odd one out of the files as written."""
    paths = _project(tmp_path)
    _, said = _fix(capsys, paths, jobs)
    found = [(name, rule) for name, _, fs in said for rule, *_ in fs if rule == TWO_WAYS]
    assert found == [("a.xlf", TWO_WAYS)]


def test_look_alike_without_fix_the_first_file_is_the_reference(tmp_path: Path, capsys) -> None:
    paths = _project(tmp_path)
    main(["check", *map(str, paths), "--select", "source", "--format", "json"])
    found = [(Path(r["path"]).name, f["segment"]) for r in json.loads(capsys.readouterr().out)["files"]
             for f in r["findings"] if f["rule"] == TWO_WAYS]
    # SIGN's three translations: a.xlf's, the first, is the reference (the others differ too, unfixed)
    assert [(name, seg) for name, seg in found if seg in ("u1", SIGN, "t1")] == [("b.po", SIGN), ("c.tmx", "t1")]


def test_with_two_jobs_the_parent_checks_no_file_itself(tmp_path: Path, capsys, monkeypatch, two_cores) -> None:
    """The workers check and fix every file; the parent only reads the fixed files' segments and
    runs the consistency rules again where a comparison changed (it re-checked each file one by
    one before)."""
    calls = _parent_checks(monkeypatch)
    paths = _project(tmp_path)
    _fix(capsys, paths, "2")
    assert "loads loads" not in paths[0].read_text(encoding="utf-8")  # fixed, by a worker
    assert calls == []
    # look-alike: one job checks in the parent, each file at least once
    shutil.rmtree(tmp_path)
    paths = _project(tmp_path)
    _fix(capsys, paths, "1")
    assert sorted(set(calls)) == ["a.xlf", "b.po", "c.tmx", "d.xlf"]


def _parent_checks(monkeypatch) -> list[str]:
    """The files the parent process checks (by name, once per check)."""
    parent, calls = os.getpid(), []
    real = run_command.check_task

    def counted(task, *args, **kwargs):
        if os.getpid() == parent:
            calls.append(Path(task.display).name)
        return real(task, *args, **kwargs)

    monkeypatch.setattr(run_command, "check_task", counted)
    monkeypatch.setattr(check_command, "check_task", counted)
    return calls


@pytest.mark.parametrize("fixed_in_shared", [False, True])
def test_only_a_file_sharing_a_text_with_a_fixed_segment_is_checked_again(tmp_path: Path, capsys, monkeypatch,
                                                                         fixed_in_shared: bool) -> None:
    """a.xlf's fix changes a segment of its own; b.xlf is checked once and compared once, unless
    the segment fixed is the one whose source it shares (look-alike): then its groups may have
    changed, and its consistency rules read the files again (its segments are not checked again)."""
    a_units = [_unit("u1", SIGN, "Sign in to to continue." if fixed_in_shared else "Sign in to continue."),
               _unit("u2", SLOW, "The page loads slowly." if fixed_in_shared else "The page loads loads slowly.")]
    (tmp_path / "a.xlf").write_text(_xliff("\n".join(a_units)), encoding="utf-8")
    (tmp_path / "b.xlf").write_text(_xliff(_unit("v1", SIGN, "Sign in to continue.")), encoding="utf-8")
    calls = _parent_checks(monkeypatch)
    compared, real = [], project_fix._compared_again

    def spied(task, *args):
        compared.append(Path(task.display).name)
        return real(task, *args)

    monkeypatch.setattr(project_fix, "_compared_again", spied)
    _, said = _fix(capsys, [tmp_path / "a.xlf", tmp_path / "b.xlf"], "1")
    assert said[0][1] == ["applied 1 fix"]
    assert calls.count("b.xlf") == 1
    assert compared == (["b.xlf"] if fixed_in_shared else [])
    assert [fs for _, _, fs in said] == [[], []]  # a.xlf as fixed agrees with b.xlf either way


def _diff(capsys, paths: list[Path], jobs: str, report: Path) -> tuple[int, str, list]:
    """Run --diff: the exit code, the patch on stdout (folder left out) and the JSON report's files."""
    folder = str(paths[0].parent)
    code = main(["check", *map(str, paths), "--select", "source,repetition,typography", "--format", "json",
                 "--diff", "--jobs", jobs, "--output", str(report)])
    patch = capsys.readouterr().out.replace(folder, "<dir>")
    files = [[Path(r["path"]).name, r["notes"], [(f["rule"], f["line"], f["column"]) for f in r["findings"]]]
             for r in json.loads(report.read_text(encoding="utf-8"))["files"]]
    return code, patch, files


def test_diff_with_one_job_and_with_two_prints_the_same_patch_and_writes_nothing(tmp_path: Path, capsys,
                                                                                monkeypatch, two_cores) -> None:
    """--diff over a run's bilingual files makes each patch in a worker, as --fix fixes each file
    there; the parent prints them in input order, so one job and two print the same bytes."""
    serial, parallel = _project(tmp_path / "one"), _project(tmp_path / "two")
    before = [p.read_bytes() for p in serial]
    calls = _parent_checks(monkeypatch)
    one = _diff(capsys, serial, "1", tmp_path / "one.json")
    assert sorted(set(calls)) == ["a.xlf", "b.po", "c.tmx", "d.xlf"]  # look-alike: one job checks in the parent
    calls.clear()
    two = _diff(capsys, parallel, "2", tmp_path / "two.json")
    assert calls == []  # the workers checked and made every patch
    assert one == two
    code, patch, files = one
    assert code == 1  # a patch was printed
    assert [p.read_bytes() for p in serial] == before == [p.read_bytes() for p in parallel]
    heads = [line for line in patch.splitlines() if line.startswith("+++ ")]
    assert heads == [f"+++ b/<dir>/{name}" for name in ("a.xlf", "b.po", "c.tmx")]  # d.xlf has nothing to fix
    assert "-msgstr \"Sign in to to continue.\"" in patch and "+msgstr \"Sign in to continue.\"" in patch
    notes = {name: n for name, n, _ in files}
    assert [n for n in notes["b.po"] if n.startswith("would apply")] == ["would apply 2 fixes (--diff: nothing written)"]
    assert not [n for n in notes["d.xlf"] if n.startswith("would apply")]
