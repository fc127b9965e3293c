"""The CLI on consoles that are not UTF-8, and FORCE_COLOR (the twelfth audit, branch audit42).

A Windows console or pipe (cp1252), `PYTHONIOENCODING=ascii`: the text and HTML reports ended
in "internal error: UnicodeEncodeError" (exit 2) at the first character the console's encoding
lacked (a Chinese name in the copy, the curly quotes of a message), and `--diff` did the same.
Each runs a real `python -m mtqa` process, as the console's encoding is fixed at start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "Xi Jinping (习近平) said he he would visit Ottawa.\n"


def _mtqa(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "PYTHONIOENCODING")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=cwd, env=environ, capture_output=True,
                          timeout=300)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_text_report_on_a_narrow_console_escapes_what_it_cannot_show(story, encoding) -> None:
    run = _mtqa(["check", "--isolated", story.name], story.parent, PYTHONIOENCODING=encoding)
    out, err = run.stdout.decode(encoding), run.stderr.decode(encoding)
    assert "internal error" not in err
    assert run.returncode == 1, err  # the copy's verdict, not an error
    assert "repetition/doubled-word" in out
    assert "\\u4e60\\u8fd1\\u5e73" in out  # 习近平, escaped, not '?' and not mojibake
    assert "story.txt: score" in out


def test_an_html_report_on_a_cp1252_console_is_written(story) -> None:
    run = _mtqa(["check", "--isolated", "--format", "html", story.name], story.parent, PYTHONIOENCODING="cp1252")
    assert run.returncode == 1, run.stderr.decode("cp1252")
    assert b"</html>" in run.stdout


def test_a_diff_on_a_cp1252_console_is_the_file_s_own_bytes(story) -> None:
    run = _mtqa(["check", "--isolated", "--diff", story.name], story.parent, PYTHONIOENCODING="cp1252")
    assert run.returncode == 1, run.stderr.decode("cp1252")
    patch = run.stdout.decode("utf-8")  # the file is UTF-8: so is the patch, for git apply
    assert "+Xi Jinping (习近平) said he would visit Ottawa." in patch


def test_a_diff_of_a_latin1_file_is_in_latin1(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("The café owner said he he would stay.\n".encode("latin-1"))
    run = _mtqa(["check", "--isolated", "--encoding", "latin-1", "--diff", path.name], tmp_path)
    assert run.returncode == 1, run.stderr
    assert "+The café owner said he would stay.".encode("latin-1") in run.stdout


def test_force_color_colours_a_piped_report_and_no_color_wins(story) -> None:
    plain = _mtqa(["check", "--isolated", story.name], story.parent)
    assert b"\x1b[" not in plain.stdout
    forced = _mtqa(["check", "--isolated", story.name], story.parent, FORCE_COLOR="1")
    assert b"\x1b[" in forced.stdout
    both = _mtqa(["check", "--isolated", story.name], story.parent, FORCE_COLOR="1", NO_COLOR="1")
    assert b"\x1b[" not in both.stdout
    empty = _mtqa(["check", "--isolated", story.name], story.parent, FORCE_COLOR="")
    assert b"\x1b[" not in empty.stdout
    into_file = _mtqa(["check", "--isolated", "--output", "r.txt", story.name], story.parent, FORCE_COLOR="1")
    assert b"\x1b[" not in (story.parent / "r.txt").read_bytes() and into_file.returncode == 1
