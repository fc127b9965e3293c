"""A LanguageTool server that is down is said once at the end of the text report, not on every
file after the first (`mtqa.report.text.repeated_notes`): real runs on many files against a port
where nothing listens."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from mtqa.cli import main


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"  # closed when the block ends: nothing listens


def stories(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"story{i:02}.txt").write_text("The board met on Monday and the vote was was close.\n",
                                                 encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_streamed_report_says_the_skip_once_at_the_end(tmp_path: Path, capsys, jobs: str) -> None:
    folder = stories(tmp_path / "desk", 30)
    assert main(["check", "--isolated", "-q", "-j", jobs, "--languagetool", closed_port_url(), str(folder)]) == 1
    out = capsys.readouterr().out
    first = [line for line in out.splitlines() if ": note: languagetool skipped: " in line]
    assert 1 <= len(first) <= int(jobs)  # the file each worker met the failure on says it in full
    assert "(earlier in this run)" not in "".join(first)
    end = [line for line in out.splitlines() if line.startswith("mtqa: note: languagetool skipped on ")]
    assert end == [f"mtqa: note: languagetool skipped on {30 - len(first)} more files: "
                   f"{first[0].split(' skipped: ', 1)[1]} (earlier in this run)"]


def test_a_report_written_to_a_file_says_it_once_too(tmp_path: Path) -> None:
    folder = stories(tmp_path / "desk", 12)
    report = tmp_path / "report.txt"
    main(["check", "--isolated", "-j", "1", "--languagetool", closed_port_url(), "-o", str(report), str(folder)])
    text = report.read_text(encoding="utf-8")
    assert text.count("languagetool skipped") == 2
    assert "languagetool skipped on 11 more files: " in text
