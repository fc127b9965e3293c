"""`mtqa check --diff` prints a patch that `git apply` (and `patch -p1`) takes and that turns the
file into exactly what `--fix` writes: byte-order mark, CRLF, a last line without a break, and a
line holding U+2028 or a form feed (one line to patch, several to `str.splitlines`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mtqa.cli import main
from mtqa.fixes import unified_diff

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git apply")

CASES = {
    "bom.txt": b"\xef\xbb\xbfIt was was late.\nThe end.\n",
    "crlf.txt": b"It was was late.\r\nThe end.\r\n",
    "no_break.txt": b"The end came.\nIt was was late.",
    "separator.txt": "It was was late.\u2028Then the the end.\n".encode(),
    "form_feed.txt": b"It was was late.\x0cThe end.\nAnd and more.\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_diff_applies_and_gives_what_fix_writes(name: str, tmp_path: Path, capsys, monkeypatch) -> None:
    patched, fixed = tmp_path / "patched", tmp_path / "fixed"
    patched.mkdir()
    fixed.mkdir()
    (patched / name).write_bytes(CASES[name])
    (fixed / name).write_bytes(CASES[name])
    monkeypatch.chdir(patched)  # the patch names the file as it was given: relative to here
    main(["check", "--isolated", "--diff", name])
    diff = capsys.readouterr().out
    main(["check", "--isolated", "--fix", str(fixed / name)])
    capsys.readouterr()
    assert (fixed / name).read_bytes() != CASES[name], "the copy has something to fix"
    (tmp_path / "fix.diff").write_text(diff, encoding="utf-8", newline="")
    subprocess.run(["git", "apply", "-p1", str(tmp_path / "fix.diff")], cwd=patched, check=True,
                   capture_output=True)
    assert (patched / name).read_bytes() == (fixed / name).read_bytes()


def test_a_last_line_changed_without_a_break_is_marked_on_both_sides() -> None:
    diff = unified_diff("It was was late.", "It was late.", "a/s.txt", "b/s.txt")
    assert diff.splitlines()[-4:] == ["-It was was late.", "\\ No newline at end of file",
                                      "+It was late.", "\\ No newline at end of file"]


def test_with_diff_stdout_is_the_patch_alone_and_the_report_goes_to_stderr(tmp_path: Path, capsys) -> None:
    import json

    story = tmp_path / "s.txt"
    story.write_text("It was was late.\n", encoding="utf-8")
    main(["check", "--isolated", "--diff", "--format", "json", str(story)])
    out, err = capsys.readouterr()
    assert out.startswith("--- a/") and out.endswith("+It was late.\n")
    assert json.loads(err)["summary"]["files"] == 1


def test_a_fix_of_stdin_prints_only_the_fixed_text(monkeypatch, capsys) -> None:
    import io
    import json
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"It was was late.\n")))
    main(["check", "--isolated", "--fix", "--format", "json", "-"])
    out, err = capsys.readouterr()
    assert out == "It was late.\n"
    assert json.loads(err)["summary"]["files"] == 1
