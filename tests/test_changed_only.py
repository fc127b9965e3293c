"""--changed-only REV: only findings on lines changed since a git revision."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mtqa.changed import added_lines
from mtqa.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

BASE = ["check", "--isolated", "--select", "repetition", "--format", "json", "--fail-under", "0"]
OLD = (
    "The vote was was close in Ottawa.\n\n"
    "Prices rose in Canada last year.\n\n"
    "The minister said the the plan would wait.\n"
)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
                               "GIT_COMMITTER_EMAIL": "t@x", "HOME": str(repo), "PATH": "/usr/bin:/bin"}).stdout


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "story.txt").write_text(OLD, encoding="utf-8")
    git(tmp_path, "add", "story.txt")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def run(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = main([*BASE, *args])
    cap = capsys.readouterr()
    files = json.loads(cap.out)["files"] if cap.out.strip() else []
    return code, files, cap.err


def found(files: list[dict]) -> list[tuple[str, int, str]]:
    return [(f["rule"], f["line"], f["text"]) for file in files for f in file["findings"]]


def test_only_changed_lines_are_reported(repo: Path, capsys, monkeypatch) -> None:
    new = OLD.replace("Prices rose in Canada last year.", "Prices rose in Canada in Canada last year.")
    new += "\nA new closing line line here.\n"
    (repo / "story.txt").write_text(new, encoding="utf-8")
    _, everything, _ = run(capsys, str(repo / "story.txt"))
    assert len(found(everything)) == 4
    monkeypatch.chdir(repo)
    code, files, _ = run(capsys, "--changed-only", "HEAD", "story.txt")
    assert found(files) == [("repetition/doubled-phrase", 3, " in Canada"), ("repetition/doubled-word", 7, " line")]
    assert "2 findings on lines unchanged since HEAD not shown" in files[0]["notes"]
    # Once committed, nothing has changed since HEAD; since the first commit, both still count.
    git(repo, "commit", "-qam", "second")
    assert found(run(capsys, "--changed-only", "HEAD", "story.txt")[1]) == []
    assert len(found(run(capsys, "--changed-only", "HEAD~1", "story.txt")[1])) == 2


def test_untracked_file_counts_as_all_changed(repo: Path, capsys) -> None:
    (repo / "new.md").write_text("# Title\n\nIt was was new.\n", encoding="utf-8")
    _, files, _ = run(capsys, "--changed-only", "HEAD", str(repo / "new.md"), str(repo / "story.txt"))
    assert found(files) == [("repetition/doubled-word", 3, " was")]


def test_a_deleted_line_leaves_nothing(repo: Path, capsys) -> None:
    (repo / "story.txt").write_text(OLD.replace("Prices rose in Canada last year.\n\n", ""), encoding="utf-8")
    _, files, _ = run(capsys, "--changed-only", "HEAD", str(repo / "story.txt"))
    assert found(files) == []


def test_directory_input(repo: Path, capsys) -> None:
    (repo / "story.txt").write_text(OLD + "\nIt ended ended well.\n", encoding="utf-8")
    _, files, _ = run(capsys, "--changed-only", "HEAD", str(repo))
    assert found(files) == [("repetition/doubled-word", 7, " ended")]


def test_unknown_revision_is_a_clear_error(repo: Path, capsys) -> None:
    code, files, err = run(capsys, "--changed-only", "no-such-branch", str(repo / "story.txt"))
    assert code == 2 and files == []
    assert "unknown revision 'no-such-branch'" in err and err.count("\n") == 1


def test_not_a_git_directory_is_a_clear_error(tmp_path: Path, capsys) -> None:
    plain = tmp_path / "outside"
    plain.mkdir()
    (plain / "a.txt").write_text("It was was late.\n", encoding="utf-8")
    code, files, err = run(capsys, "--changed-only", "HEAD", str(plain / "a.txt"))
    assert code == 2 and files == []
    assert "not inside a git work tree" in err


def test_added_lines_parses_zero_context_hunks() -> None:
    diff = (
        "diff --git a/x b/x\n--- a/x\n+++ b/x\n"
        "@@ -3 +3 @@\n-a\n+b\n"
        "@@ -10,0 +11,2 @@\n+c\n+d\n"
        "@@ -20,2 +22,0 @@\n-e\n-f\n"
    )
    assert added_lines(diff) == {3, 11, 12}
