"""A worker process that dies (the out-of-memory killer, a crash in native code) costs only the
file it was checking: the run ends, that file is an error (exit 2), every other file is reported."""

from __future__ import annotations

import os

from hang_guard import returns

from mtqa import cli
from mtqa.commands import run


def test_a_worker_killed_on_one_file_leaves_the_others_checked(tmp_path, monkeypatch, capsys) -> None:
    names = ["a.txt", "b.txt", "dies.txt", "c.txt", "d.txt"]
    for name in names:
        (tmp_path / name).write_text("The minister said the plan would go ahead.\n", encoding="utf-8")
    real = run.check_task

    def check_or_die(task, *args):
        if task.display.endswith("dies.txt"):
            os._exit(137)  # as the out-of-memory killer leaves it: no exception, no result
        return real(task, *args)

    monkeypatch.setattr(run, "check_task", check_or_die)  # forked workers inherit it
    monkeypatch.setattr(run, "default_jobs", lambda: 2)
    code = returns(cli.main, ["check", str(tmp_path), "--jobs", "2", "--isolated", "--format", "json"])
    out = capsys.readouterr().out
    import json

    files = {os.path.basename(f["path"]): f for f in json.loads(out)["files"]}
    assert code == 2
    assert set(files) == set(names)
    assert "worker process" in files["dies.txt"]["error"]
    assert all(files[n]["passed"] for n in names if n != "dies.txt")


def test_a_worker_killed_on_a_bilingual_file_of_a_project_is_reported_in_the_text_report(tmp_path, monkeypatch,
                                                                                         capsys) -> None:
    """With several bilingual files (a Project handed to the workers) the lost file's error was
    rendered with the Project in place of the text report's settings (a TypeError ended the run)."""
    from tests.rules.test_file_checks import SIGN, _unit, _xliff

    for name, target in (("a.xlf", "Sign in to continue."), ("dies.xlf", "Log in to continue."),
                         ("b.xlf", "Sign in to continue.")):
        (tmp_path / name).write_text(_xliff(_unit("u1", SIGN, target)), encoding="utf-8")
    real = run.check_task

    def check_or_die(task, *args):
        if task.display.endswith("dies.xlf"):
            os._exit(137)
        return real(task, *args)

    monkeypatch.setattr(run, "check_task", check_or_die)
    monkeypatch.setattr(run, "default_jobs", lambda: 2)
    code = returns(cli.main, ["check", str(tmp_path), "--jobs", "2", "--isolated", "--select", "source"])
    captured = capsys.readouterr()
    assert code == 2
    assert "dies.xlf" in captured.err and "worker process" in captured.err
    assert "a.xlf" in captured.out and "b.xlf" in captured.out
