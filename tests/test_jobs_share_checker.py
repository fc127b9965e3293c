"""`mtqa check --jobs N` with forked workers: the Checker the parent built before any file (to
check the configuration) is every worker's, not built again in each (`mtqa.commands.run`);
the reports are those of a run in one process."""

from __future__ import annotations

import json
import os

import pytest
from hang_guard import returns

from mtqa import cli, engine
from mtqa.commands import run

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked only where fork is")

TEXTS = {
    "a.txt": "The minister said the plan would go ahead on Monday.\n",
    "b.txt": "The the committee met in Ottawa , and Mr. Legault spoke.\n",
    "c.txt": "« We will see », she said at 3 PM.\n",
    "d.txt": "Prime Minister Justin Trudeau said it was 50 per cent done.\n",
}


def checked(tmp_path, capsys, jobs: int) -> dict:
    code = returns(cli.main, ["check", str(tmp_path / "in"), "--jobs", str(jobs), "--isolated", "--format", "json"])
    files = {os.path.basename(f["path"]): f for f in json.loads(capsys.readouterr().out)["files"]}
    for f in files.values():
        f.pop("timings_ms", None)  # how long each step took: the one thing a run may change
    return {"code": code, "files": files}


def test_forked_workers_check_with_the_parents_checker(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "in").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    built = tmp_path / "built"
    real = engine.Checker.__init__

    def counted(self, *args, **kwargs):
        with open(built, "a", encoding="utf-8") as out:  # one line a Checker, by the process building it
            out.write(f"{os.getpid()}\n")
        real(self, *args, **kwargs)

    monkeypatch.setattr(engine.Checker, "__init__", counted)  # forked workers inherit it
    monkeypatch.setattr(run, "default_jobs", lambda: 2)
    monkeypatch.setattr(run, "_FORKED_FROM", None)  # set by the run, put back after the test
    alone = checked(tmp_path, capsys, 1)
    built.unlink()
    forked = checked(tmp_path, capsys, 2)
    assert built.read_text(encoding="utf-8").split() == [str(os.getpid())]  # the parent's, once
    assert forked == alone and set(forked["files"]) == set(TEXTS)
    assert any(f["findings"] for f in forked["files"].values())  # the texts hold findings to compare


def test_a_worker_of_another_pool_builds_its_own(tmp_path) -> None:
    """A worker started for a pool other than the one forked (or spawned, where nothing is
    inherited) builds its own CheckerPool."""
    from mtqa.commands.tasks import CheckerPool

    parent = CheckerPool({}, None, True)
    monkey_args = ({}, None, True, None, None, None, None)
    old = run._FORKED_FROM
    try:
        run._FORKED_FROM = parent
        run._init(parent.overrides, None, True, None, None, None, None)
        assert run._POOL is parent
        run._init(*monkey_args)
        assert run._POOL is not parent and isinstance(run._POOL, CheckerPool)
    finally:
        run._FORKED_FROM, run._POOL = old, None
