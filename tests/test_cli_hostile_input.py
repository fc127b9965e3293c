"""Hostile input through the CLI (the sixth audit): each case is a clear message and the
documented exit code, never a traceback, never lost text, and one bad input never stops the
others. Made-up copy only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.cli import main
from mtqa.document import decode_input
from mtqa.errors import InputError

from conftest import ROOT

CLEAN = "The harbour board met on Tuesday.\n"
DOUBLED = "The harbour board met on Tuesday and the the chair spoke.\n"


def test_a_folder_without_text_files_beside_a_file_does_not_stop_it(tmp_path: Path, capsys) -> None:
    """`mtqa check drafts/ story.txt` with nothing to check in drafts/ checked nothing at all;
    now drafts/ is that path's error (exit 2) and story.txt is checked and reported."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    story = tmp_path / "story.txt"
    story.write_text(DOUBLED, encoding="utf-8")
    code = main(["check", "--isolated", "--languagetool", "off", str(tmp_path / "drafts"), str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "repetition/doubled-word" in out and "1 error" in out
    assert "drafts: error: no text files found" in err
    # alone, it is still the usage error before any output
    code = main(["check", "--isolated", "--languagetool", "off", str(tmp_path / "drafts")])
    out, err = capsys.readouterr()
    assert code == 2 and not out and "no text files found" in err


def test_fix_finishes_every_file_when_the_reader_of_the_report_leaves(tmp_path: Path) -> None:
    """`mtqa check --fix desk/ | head -1`: the pipe closed after the first line stopped the run,
    and the files after the first few were left unfixed (exit 2, nothing said). Every file is
    fixed now, and the exit status is the check's."""
    desk = tmp_path / "desk"
    desk.mkdir()
    for i in range(8):
        (desk / f"story{i}.txt").write_text(DOUBLED * 40, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off",
                             "--fix", str(desk)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader leaves, as head -1 does
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=300)
    assert first  # it did report
    assert "Traceback" not in err and "Exception ignored" not in err
    left = [p.name for p in sorted(desk.iterdir()) if "the the" in p.read_text(encoding="utf-8")]
    assert left == []
    assert code in (0, 1)


def test_ctrl_c_while_the_command_line_is_read_is_an_interruption(monkeypatch, capsys) -> None:
    """Ctrl-C in the first ~20 ms (argparse and the subcommands' parsers) ended in a traceback
    and death by SIGINT; it is exit 130 with one line, as later in the run."""
    import mtqa.cli

    def interrupted(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(mtqa.cli, "_arguments", interrupted)
    assert main(["check", "x.txt"]) == 130
    assert capsys.readouterr().err == "mtqa: interrupted\n"


def test_config_that_is_a_directory_says_so(tmp_path: Path, capsys) -> None:
    (tmp_path / "mtqa.toml").mkdir()
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    code = main(["check", "--config", str(tmp_path / "mtqa.toml"), str(story)])
    err = capsys.readouterr().err
    assert code == 2 and "is a directory, not a configuration file" in err


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_names_the_encoding_to_pass(tmp_path: Path, capsys, codec) -> None:
    """A Windows export saved as UTF-16 without a BOM was "a binary file"; it is named, with
    the --encoding that reads it (and that then works)."""
    story = tmp_path / "story.txt"
    story.write_bytes(DOUBLED.encode(codec))
    code = main(["check", "--isolated", "--languagetool", "off", str(story)])
    err = capsys.readouterr().err
    assert code == 2 and f"pass --encoding {codec}" in err
    code = main(["check", "--isolated", "--languagetool", "off", "--encoding", codec, str(story)])
    out = capsys.readouterr().out
    assert code == 1 and "repetition/doubled-word" in out


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)),  # an image
    b"PK\x03\x04" + b"\x00" * 30,                                       # a zip (a .docx)
    b"A\x00B and more words.",                                           # one stray NUL
])
def test_binary_data_is_not_taken_for_bomless_utf16(data: bytes) -> None:
    """The look-alikes of the UTF-16 hint: binary data keeps its message, and UTF-16 gets its own."""
    with pytest.raises(InputError, match="binary file"):
        decode_input(data, "x.txt")
    with pytest.raises(InputError, match="pass --encoding utf-16-le"):
        decode_input("Words of a story.".encode("utf-16-le"), "x.txt")


def test_fix_leaves_a_read_only_file_as_it_is_and_fixes_the_others(tmp_path: Path, capsys) -> None:
    """Stop 47: --fix writes a temporary file and renames it over the file, which needs only the
    folder's permission, so a file made read-only (chmod 444) was replaced, fixed, as a text
    editor asked to save it would not. Now it is that file's error (exit 2), its bytes as they
    were, and the next file is still fixed."""
    locked, open_ = tmp_path / "locked.txt", tmp_path / "open.txt"
    locked.write_text(DOUBLED, encoding="utf-8")
    open_.write_text(DOUBLED, encoding="utf-8")
    locked.chmod(0o444)
    try:
        code = main(["check", "--isolated", "--languagetool", "off", "--fix", str(locked), str(open_)])
        out, err = capsys.readouterr()
        assert code == 2
        assert locked.read_text(encoding="utf-8") == DOUBLED
        assert "the the" not in open_.read_text(encoding="utf-8")
        assert "fixes not written: the file is read-only" in out + err and "Traceback" not in out + err
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".mtqa-tmp")] == []
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize("sent", [b"The caf\xe9 was was open.\n", b"\x7fELF\x02\x01\x01\x00\x00\x00 binary"])
def test_stdin_that_is_no_text_comes_back_whole_under_fix(capsysbinary, monkeypatch, sent: bytes) -> None:
    """Stop 47: an editor pipes its buffer through `--fix -` and puts back what it gets. stdin not
    in its encoding (or binary) was an error with nothing on stdout: the buffer came back empty.
    Now its bytes come back unchanged, and the error is on stderr (exit 2)."""
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sent)))
    code = main(["check", "--isolated", "--languagetool", "off", "--fix", "-"])
    captured = capsysbinary.readouterr()
    assert code == 2 and captured.out == sent
    assert b"<stdin>: " in captured.err and b"Traceback" not in captured.err


def test_stdin_over_the_size_limit_comes_back_whole_under_fix(capsysbinary, monkeypatch) -> None:
    """Stop 48: stdin over the limit under `--fix -` printed nothing (the bytes past the limit
    were never read): an editor putting back what it gets lost the buffer. Now every byte, read
    and unread, comes back unchanged, the error is on stderr and the exit is 2."""
    import io

    import mtqa.commands.check as check_command

    monkeypatch.setattr(check_command, "MAX_BYTES", 1 << 20)
    sent = ("The caf\u00e9 was was open. " * ((3 << 20) // 28)).encode("utf-8")  # three times the limit
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sent)))
    code = main(["check", "--isolated", "--languagetool", "off", "--fix", "-"])
    captured = capsysbinary.readouterr()
    assert code == 2 and captured.out == sent
    assert b"<stdin>: larger than 1 MiB" in captured.err and b"Traceback" not in captured.err


def test_stdin_over_the_size_limit_does_not_stop_the_files_beside_it(tmp_path: Path, capsys, monkeypatch) -> None:
    """Stop 48: stdin over the limit beside a file stopped the run with the file unchecked; now it
    is its own error, as a binary stdin is, and the file is checked."""
    import io

    import mtqa.commands.check as check_command

    monkeypatch.setattr(check_command, "MAX_BYTES", 1 << 20)
    story = tmp_path / "story.txt"
    story.write_text(DOUBLED, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Word. " * ((1 << 20) // 6 + 10))))
    code = main(["check", "--isolated", "--languagetool", "off", "-", str(story)])
    out, err = capsys.readouterr()
    assert code == 2 and "larger than 1 MiB" in out + err
    assert "repetition/doubled-word" in out and "Traceback" not in out + err


def test_stdin_that_is_no_text_does_not_stop_the_files_beside_it(tmp_path: Path, capsys, monkeypatch) -> None:
    """Stop 47: `mtqa check - story.txt` with binary stdin stopped at stdin, story.txt unchecked;
    now stdin is its own error, as a binary file is, and story.txt is checked and reported."""
    import io

    story = tmp_path / "story.txt"
    story.write_text(DOUBLED, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02 binary")))
    code = main(["check", "--isolated", "--languagetool", "off", "-", str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "-: error: looks like a binary file" in out + err
    assert "repetition/doubled-word" in out and "1 error" in out + err


def test_fix_of_a_file_deleted_after_its_check_says_so_and_makes_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    """A file deleted while `--fix` ran (between its check and the write) was reported as
    "fixes not written: vanished while listed; use --diff, or --fix - with the text on standard
    input": the listing's words and a FIFO's advice. Now it says what happened; nothing is made
    in its place, and the file beside it is fixed."""
    from mtqa.commands import check as check_cmd

    gone, kept = tmp_path / "gone.txt", tmp_path / "kept.txt"
    gone.write_text(DOUBLED, encoding="utf-8")
    kept.write_text(DOUBLED, encoding="utf-8")
    real = check_cmd.check_task

    def check_then_delete(task, *args, **kwargs):
        report = real(task, *args, **kwargs)
        if Path(task.path).name == "gone.txt":
            Path(task.path).unlink(missing_ok=True)
        return report
    monkeypatch.setattr(check_cmd, "check_task", check_then_delete)
    code = main(["check", "--isolated", "--languagetool", "off", "-q", "--fix", str(gone), str(kept)])
    err = capsys.readouterr().err
    assert code == 2
    assert "gone.txt: error: deleted since it was checked; fixes not written" in err
    assert "vanished while listed" not in err and "standard input" not in err
    assert not gone.exists()
    assert kept.read_text(encoding="utf-8") == DOUBLED.replace("the the", "the")
