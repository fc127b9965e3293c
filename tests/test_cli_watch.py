"""`mtqa check --watch`: a real watch process on a folder made here; files written while it runs
are reported on its stdout, a file that turns undecodable gives its message and the watch goes
on, Ctrl-C ends it with exit 0. No timing is asserted: each wait is for a line to appear (with a
generous limit so a stuck watch fails rather than hangs)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mtqa.cli import main

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 180.0  # seconds to wait for an expected line: a failure, never a measure
FAILING = "The council met on Tuesday and the the vote was close.\n"
SECOND = "Crews cleared the road at dawn and and traffic moved again.\n"
PASSING = "Crews cleared the road at dawn and traffic moved again.\n"


def _takes_ctrl_c() -> None:
    """Run in the child before mtqa starts: Ctrl-C (SIGINT) as a terminal's user sends it. A
    shell runs a background job (a CI script started with `&`) with SIGINT ignored, the child
    inherits that, and Python then never raises KeyboardInterrupt: the watch would not stop."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Watch:
    """A running `mtqa check --watch`, its stdout and stderr read line by line on threads.

    The two streams are two pipes read by two threads, so their lines reach `lines` in no fixed
    order (stderr's "watching for changes" can come before stdout's report of the run it follows):
    a wait on one stream keeps the other stream's lines for a later wait instead of dropping them."""

    def __init__(self, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mtqa", "check", "--watch", "--isolated", "--languagetool", "off", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=folder,
            preexec_fn=_takes_ctrl_c)
        self.lines: queue.Queue[tuple[str, str]] = queue.Queue()
        self.log: list[tuple[str, str]] = []  # every line read so far, in the order it arrived
        self.next: dict[str, int] = {"out": 0, "err": 0}  # where each stream's next wait starts in log
        for name, stream in (("out", self.proc.stdout), ("err", self.proc.stderr)):
            threading.Thread(target=self._read, args=(name, stream), daemon=True).start()

    def _read(self, name: str, stream) -> None:
        for line in stream:
            self.lines.put((name, line))

    def until(self, stream: str, text: str) -> list[tuple[str, str]]:
        """The lines (of both streams) since this stream's last wait, up to the first on `stream`
        holding `text` (that one included)."""
        start = i = self.next[stream]
        while True:
            while i < len(self.log):
                if self.log[i][0] == stream and text in self.log[i][1]:
                    self.next[stream] = i + 1
                    return self.log[start:i + 1]
                i += 1
            try:
                self.log.append(self.lines.get(timeout=LIMIT))
            except queue.Empty:
                raise AssertionError(f"no {stream} line with {text!r}; saw {self.log[start:]!r}") from None

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=LIMIT)


def test_a_wait_on_one_stream_keeps_the_other_streams_lines() -> None:
    """stderr's line can arrive before the stdout line it follows (two pipes, two threads): the
    wait for stdout must leave it for the wait on stderr (a CI run under load lost it so)."""
    watch = Watch.__new__(Watch)  # the waiting alone, fed by hand: no process
    watch.lines, watch.log, watch.next = queue.Queue(), [], {"out": 0, "err": 0}
    for item in (("err", "watching for changes\n"), ("out", "a.txt: score 90.0\n"), ("out", "b.txt: score 99\n")):
        watch.lines.put(item)
    assert watch.until("out", "a.txt: score")[-1] == ("out", "a.txt: score 90.0\n")
    assert watch.until("err", "watching for changes") == [("err", "watching for changes\n")]
    assert watch.until("out", "b.txt: score") == [("out", "b.txt: score 99\n")]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child")
def test_watch_reports_saved_files_and_survives_a_bad_one(tmp_path: Path) -> None:
    pytest.importorskip("watchfiles")
    (tmp_path / "a.txt").write_text(FAILING, encoding="utf-8")
    watch = Watch(tmp_path)
    try:
        watch.until("out", "a.txt: score")
        watch.until("err", "watching for changes")
        (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
        seen = watch.until("out", "b.txt: score")
        assert any("b.txt:1:" in line and "doubled-word" in line for _, line in seen)
        assert not any("a.txt" in line for _, line in seen)  # only the saved file is checked again
        (tmp_path / "b.txt").write_bytes(b"Crews cleared the road \xff\xfe at dawn.\n")
        watch.until("err", "b.txt: error: not valid utf-8")
        (tmp_path / "b.txt").write_text(PASSING, encoding="utf-8")
        seen = watch.until("out", "b.txt: score")
        assert "PASS" in seen[-1][1]
        assert not any("\x1b[2J" in line for _, line in seen)  # a pipe is never cleared
    finally:
        code = watch.stop()
    assert code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_watch_clears_a_terminal_before_a_run(tmp_path: Path) -> None:
    """On a terminal (a pseudo-terminal here) each run starts on a cleared screen, as ruff's."""
    pytest.importorskip("watchfiles")
    import pty
    import select

    (tmp_path / "a.txt").write_text(FAILING, encoding="utf-8")
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "mtqa", "check", "--watch", "--isolated", "--languagetool", "off",
                             str(tmp_path)], stdout=follower, stderr=subprocess.DEVNULL, env=env, cwd=tmp_path,
                            preexec_fn=_takes_ctrl_c)
    os.close(follower)
    shown = b""
    try:
        while b"a.txt: score" not in shown:
            ready, _, _ = select.select([leader], [], [], LIMIT)
            assert ready, f"nothing more on the terminal; saw {shown!r}"
            shown += os.read(leader, 4096)
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=LIMIT)
        os.close(leader)
    assert shown.index(b"\x1b[2J") < shown.index(b"a.txt: score")
    assert code == 0


def test_watch_refuses_fix_and_stdin(tmp_path: Path, capsys) -> None:
    story = tmp_path / "a.txt"
    story.write_text(FAILING, encoding="utf-8")
    assert main(["check", "--watch", "--fix", str(story)]) == 2
    assert "--watch cannot be used with --fix" in capsys.readouterr().err
    assert main(["check", "--watch", "-"]) == 2
    assert "cannot watch stdin" in capsys.readouterr().err


def test_watch_without_watchfiles_names_the_extra(tmp_path: Path, capsys, monkeypatch) -> None:
    story = tmp_path / "a.txt"
    story.write_text(FAILING, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "watchfiles", None)  # as if not installed
    assert main(["check", "--watch", "--isolated", "--languagetool", "off", str(story)]) == 2
    assert "pip install 'mtqa[watch]'" in capsys.readouterr().err


def test_watch_checks_every_path_again_when_the_config_file_named_by_config_changes(tmp_path: Path,
                                                                                    monkeypatch) -> None:
    """--config may name any file (`desk.toml`), outside the watched folder too: saving it is a
    change of configuration (every path checked again), not an editor's stray file."""
    from argparse import Namespace

    from mtqa.commands import watch as watch_mod

    copy, settings = tmp_path / "copy", tmp_path / "settings"
    copy.mkdir()
    settings.mkdir()
    story, desk = copy / "a.txt", settings / "desk.toml"
    story.write_text(FAILING, encoding="utf-8")
    desk.write_text('locale = "en-GB"\n', encoding="utf-8")
    watched: list[tuple[str, ...]] = []

    def fake_watch(*roots, **_options):
        watched.append(roots)
        yield set()  # the watcher is running
        yield {(2, str(desk))}  # the configuration file saved

    monkeypatch.setattr(watch_mod, "_watchfiles", lambda: fake_watch)
    runs: list[list[str]] = []
    args = Namespace(paths=[str(story)], config=str(desk), fix=False, diff=False, output=None,
                     write_baseline=None, show_settings=False)
    assert watch_mod.run_watch(args, lambda a: runs.append(a.paths) or 0, lambda a: [str(story)]) == 0
    assert str(settings.resolve()) in watched[0]
    assert runs == [[str(story)], [str(story)]]
