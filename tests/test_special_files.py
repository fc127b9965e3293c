"""Paths that are not regular files, named on the command line (review of stop 45): a FIFO
nothing writes to, a device that never ends, a socket, a pipe something does write to. Each is
that path's error (exit 2) or is read, never waited on for ever nor read into memory whole, and
the other files are still checked. Made-up copy only."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from mtqa.cli import main
from mtqa.document import read_bytes
from mtqa.errors import InputError

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/fd"),
                                reason="FIFOs and /dev/fd are POSIX's")

DOUBLED = "The harbour board met on Tuesday and the the chair spoke.\n"
CHECK = ["check", "--isolated", "--languagetool", "off"]


class Rescuer:
    """Opens a FIFO for writing after a while and closes it at once: a reader blocked on the
    FIFO (the bug) is let go with nothing read, so the test fails on its assertion instead of
    hanging. On a fixed mtqa nothing is blocked and the open finds no reader."""

    def __init__(self, fifo: Path, after: float = 5.0) -> None:
        self.fifo, self.after, self.done = fifo, after, threading.Event()
        self.rescued = False  # a reader was blocked on the FIFO and had to be let go
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.done.wait(self.after):  # again and again: a reader may open it more than once
            try:
                os.close(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # no reader waiting: nothing was blocked
                continue
            self.rescued = True

    def __enter__(self) -> Rescuer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(DOUBLED, encoding="utf-8")
    return p


def test_a_fifo_nothing_writes_to_is_its_error_and_the_next_file_is_checked(tmp_path: Path, story: Path,
                                                                            capsys) -> None:
    """`mtqa check drop.txt story.txt` with drop.txt a FIFO no program writes to waited for ever."""
    fifo = tmp_path / "drop.txt"
    os.mkfifo(fifo)
    with Rescuer(fifo):
        code = main([*CHECK, str(fifo), str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{fifo}: error: a FIFO with nothing writing to it" in out + err
    assert "repetition/doubled-word" in out and "1 error" in out


@pytest.mark.parametrize("option", ["--reference", "--source"])
def test_a_fifo_as_reference_or_source_is_an_error_not_a_wait(tmp_path: Path, story: Path, capsys,
                                                              option: str) -> None:
    fifo = tmp_path / "other.txt"
    os.mkfifo(fifo)
    with Rescuer(fifo):
        code = main([*CHECK, option, str(fifo), str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "a FIFO with nothing writing to it" in out + err


@pytest.mark.parametrize("suffix", [".xlf", ".tmx", ".po"])
def test_a_bilingual_fifo_is_an_error_not_a_wait(tmp_path: Path, story: Path, capsys, suffix: str) -> None:
    fifo = tmp_path / f"job{suffix}"
    os.mkfifo(fifo)
    with Rescuer(fifo):
        code = main([*CHECK, str(fifo), str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "a FIFO with nothing writing to it" in out + err
    assert "repetition/doubled-word" in out


def test_a_bilingual_fifo_through_the_library_is_an_input_error(tmp_path: Path) -> None:
    from mtqa.bilingual.check import check_file
    from mtqa.session import Session

    fifo = tmp_path / "job.po"
    os.mkfifo(fifo)
    with Rescuer(fifo), pytest.raises(InputError, match="nothing writing to it"):
        check_file(Session.of(languagetool="off").checker, str(fifo))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_before_a_byte_is_read(device: str, story: Path, capsys, monkeypatch) -> None:
    """/dev/zero was read to the 50 MiB limit and then called a file to split; a device is no
    text file, and is refused by its kind."""
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    reads: list[int] = []
    real_read = os.read

    def counted(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        reads.append(len(data))
        return data
    monkeypatch.setattr(os, "read", counted)
    code = main([*CHECK, device, str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{device}: error: not a regular file (a device)" in out + err
    assert "repetition/doubled-word" in out
    assert sum(reads) < 1 << 20  # the story's bytes, not the device's


def test_a_socket_says_it_is_a_socket(tmp_path: Path, story: Path, capsys) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.bind(str(path))
        except OSError as exc:  # a path too long for AF_UNIX on some systems
            pytest.skip(f"cannot bind a socket here: {exc}")
        code = main([*CHECK, str(path), str(story)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{path}: error: not a regular file (a socket)" in out + err


def _pipe_with(data: bytes, delay: float = 0.0) -> tuple[str, threading.Thread, int]:
    """A pipe's read end as a path (/dev/fd/N, what `<(cmd)` gives), written by a thread after
    `delay` seconds and then closed."""
    r, w = os.pipe()

    def write() -> None:
        time.sleep(delay)
        os.write(w, data)
        os.close(w)
    t = threading.Thread(target=write, daemon=True)
    t.start()
    return f"/dev/fd/{r}", t, r


@pytest.mark.parametrize("delay", [0.0, 0.5])
def test_a_pipe_something_writes_to_is_read_to_its_end(delay: float) -> None:
    """`mtqa check <(curl ...)`: the writer may not have written yet when mtqa opens the pipe."""
    path, t, r = _pipe_with(DOUBLED.encode(), delay)
    try:
        assert read_bytes(path, 1 << 20) == DOUBLED.encode()
    finally:
        t.join()
        os.close(r)


def test_a_pipe_is_held_to_the_size_limit_without_being_read_whole() -> None:
    r, w = os.pipe()
    stop = threading.Event()
    written = [0]

    def endless() -> None:  # /dev/zero through a pipe: it never ends by itself
        try:
            while not stop.is_set():
                written[0] += os.write(w, b"a" * 65536)
        except OSError:  # the reader closed its end
            pass
        finally:
            os.close(w)
    t = threading.Thread(target=endless, daemon=True)
    t.start()
    try:
        with pytest.raises(InputError, match="larger than 1 MiB"):
            read_bytes(f"/dev/fd/{r}", 1 << 20)
    finally:
        stop.set()
        os.close(r)
        t.join()
    assert written[0] < 4 << 20  # read stopped at the limit (a pipe holds 64 KiB more at most)


def test_a_walk_still_refuses_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "drop.txt"
    os.mkfifo(fifo)
    with Rescuer(fifo), pytest.raises(InputError, match=r"not a regular file \(a FIFO\)"):
        read_bytes(fifo, 1 << 20, regular_only=True)


def test_fix_does_not_write_over_a_pipe(story: Path, capsys) -> None:
    """`mtqa check --fix <(cmd) story.txt`: the pipe is checked but cannot take the fixes (its
    bytes are gone once read); it says so and suggests --diff, and story.txt is fixed."""
    path, t, r = _pipe_with(DOUBLED.encode())
    t.join()  # written and closed before mtqa starts: no process it forks holds the write end
    try:
        code = main([*CHECK, "--fix", path, str(story)])
    finally:
        os.close(r)
    out, err = capsys.readouterr()
    assert code == 2
    assert "fixes not written: not a regular file (a FIFO); use --diff" in out + err
    assert story.read_text(encoding="utf-8") == DOUBLED.replace("the the", "the")


def test_fix_never_replaces_a_fifo_with_a_file(tmp_path: Path, capsys) -> None:
    """A FIFO a writer keeps feeding: checked, and --fix leaves it a FIFO."""
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    stop = threading.Event()

    def feed() -> None:  # a writer waiting for each reader, as `while :; do cat x > feed.txt; done`
        while not stop.is_set():
            fd = os.open(fifo, os.O_WRONLY)  # counts as a writer while it waits for a reader
            try:
                os.write(fd, DOUBLED.encode())
            except OSError:
                pass
            finally:
                os.close(fd)
    t = threading.Thread(target=feed, daemon=True)
    t.start()
    try:
        code = main([*CHECK, "--fix", str(fifo)])
    finally:
        stop.set()
        while t.is_alive():  # a reader that comes and goes lets the waiting writer go
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
            t.join(0.05)
    out, err = capsys.readouterr()
    assert code == 2
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert "fixes not written: not a regular file (a FIFO)" in out + err


def test_read_head_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    from mtqa.document import read_head

    fifo = tmp_path / "drop.txt"
    os.mkfifo(fifo)
    with Rescuer(fifo) as rescuer:
        assert read_head(fifo, 4) == b""
    assert not rescuer.rescued
    regular = tmp_path / "bom.txt"
    regular.write_bytes(b"\xef\xbb\xbfHi")
    assert read_head(regular, 4) == b"\xef\xbb\xbfH"


def test_the_null_device_reads_as_an_empty_file(story: Path, capsys) -> None:
    """Scripts and diff tools name /dev/null for an empty file: it is checked as one (not refused
    as a device), and the other file is still checked."""
    if not os.path.exists(os.devnull):
        pytest.skip("no null device here")
    empty = story.parent / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code = main([*CHECK, os.devnull, str(story)])
    out, err = capsys.readouterr()
    assert "not a regular file" not in out + err
    assert "repetition/doubled-word" in out
    code_empty = main([*CHECK, str(empty), str(story)])
    capsys.readouterr()
    assert code == code_empty
