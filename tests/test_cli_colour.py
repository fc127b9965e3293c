"""Colour goes to a terminal only: the terminal the report is written to (stderr with --diff, or
with --fix on stdin), never a file or pipe it was redirected to, and not a dumb terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtqa.cli import main

ESC = "\x1b["


@pytest.fixture
def story(tmp_path: Path) -> str:
    path = tmp_path / "story.txt"
    path.write_text("He said the the talks would resume on Monday.\n", encoding="utf-8")
    return str(path)


def _terminal(monkeypatch, stream: str) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(getattr(sys, stream), "isatty", lambda: True)


def test_a_diff_s_report_on_a_redirected_stderr_has_no_colour(story, capsys, monkeypatch) -> None:
    _terminal(monkeypatch, "stdout")  # `mtqa check --diff story.txt 2> report.txt` at a terminal
    assert main(["check", "--isolated", "--diff", story]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("---") and "repetition/doubled-word" in err
    assert ESC not in err and ESC not in out


def test_a_diff_s_report_on_a_terminal_stderr_is_coloured(story, capsys, monkeypatch) -> None:
    _terminal(monkeypatch, "stderr")  # `mtqa check --diff story.txt > fix.patch` at a terminal
    main(["check", "--isolated", "--diff", story])
    out, err = capsys.readouterr()
    assert ESC in err and ESC not in out


def test_a_dumb_terminal_gets_no_colour(story, capsys, monkeypatch) -> None:
    _terminal(monkeypatch, "stdout")
    main(["check", "--isolated", story])
    assert ESC in capsys.readouterr().out
    monkeypatch.setenv("TERM", "dumb")  # Emacs' M-x compile, some CI logs
    main(["check", "--isolated", story])
    assert ESC not in capsys.readouterr().out
    main(["check", "--isolated", "--color", story])
    assert ESC in capsys.readouterr().out
