"""Odd inputs a newsroom's folders hold: each is checked or refused on its own, never a hang,
a traceback or a lost file (issue 12, items 1, 4, 5, 11, 12, 15, 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.cli import main

CLEAN = "The minister said the talks would resume on Monday.\n"
FLAWED = "The minister said the the talks would resume on Monday.\n"


def exit_code(args: list[str]) -> int:
    """main()'s exit status, argparse's usage errors (SystemExit) included."""
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mtqa", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, env={**os.environ, "MTQA_LANGUAGETOOL_URL": ""})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_checked_folder_is_skipped_with_a_note_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "story.txt").write_text(FLAWED, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # nobody writes to it: opening it for reading would block forever
    proc = run_cli("check", "--isolated", str(folder), timeout=30)
    assert proc.returncode == 1, proc.stderr
    assert "story.txt" in proc.stdout and "repetition/doubled-word" in proc.stdout
    assert "pipe.txt: note: skipped: not a regular file (a FIFO)" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_broken_symlink_in_a_folder_is_a_note(tmp_path: Path, capsys) -> None:
    (tmp_path / "story.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert main(["check", "--isolated", str(tmp_path)]) == 0
    assert "gone.txt: note: skipped: broken symbolic link" in capsys.readouterr().err


def test_a_symlink_loop_in_a_folder_is_an_error_and_the_rest_is_checked(tmp_path: Path, capsys) -> None:
    """A link leading back to itself names no file: an error for that path (exit 2), as ruff's
    E902, where it was a note that left the exit status 0 (stop 47); the other files are still
    checked, and a broken link beside it stays a note (editors leave them: Emacs's lock files)."""
    (tmp_path / "story.txt").write_text(FLAWED, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "ring-a.txt").symlink_to(tmp_path / "ring-b.txt")
    (tmp_path / "ring-b.txt").symlink_to(tmp_path / "ring-a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert main(["check", "--isolated", "--jobs", "1", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert "story.txt: score" in out and "repetition/doubled-word" in out
    for name in ("loop.txt", "ring-a.txt", "ring-b.txt"):
        assert f"{name}: error: cannot read: a symbolic link loop" in err
    assert "gone.txt: note: skipped: broken symbolic link" in err
    assert "Traceback" not in err
    assert main(["check", "--isolated", "--jobs", "1", "--format", "json", str(tmp_path)]) == 2
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted(Path(f["path"]).name for f in files if f.get("error")) == ["loop.txt", "ring-a.txt", "ring-b.txt"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "html"])
def test_a_symlink_loop_is_reported_in_every_format_without_an_internal_error(tmp_path: Path, capsys, fmt: str) -> None:
    """Every report names the looping path as it was given: SARIF's artifact address resolved it,
    and Python (before 3.13) raises RuntimeError on a loop, so the run ended in "internal error"
    after the per-file error (hypothesis, seed 4701, stop 47)."""
    (tmp_path / "story.txt").write_text(FLAWED, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert main(["check", "--isolated", "--jobs", "1", "--format", fmt, str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err
    assert "loop.txt" in out + err and "story.txt" in out


def make_deep(root: Path, depth: int) -> Path:
    here = root
    here.mkdir()
    for _ in range(depth):
        here = here / "d"
        here.mkdir()
    return here


def remove_deep(root: Path) -> None:
    """Delete a deep tree bottom-up without recursion (shutil.rmtree recurses before 3.12,
    and pytest's clean-up of old temporary folders would hit the limit)."""
    import os

    for dirpath, _dirnames, filenames in reversed(list(_walk_iter(root))):
        for f in filenames:
            os.unlink(os.path.join(dirpath, f))
        os.rmdir(dirpath)


def _walk_iter(root: Path):
    import os

    stack = [str(root)]
    while stack:
        d = stack.pop()
        entries = list(os.scandir(d))
        dirs = [e.path for e in entries if e.is_dir(follow_symlinks=False)]
        yield d, dirs, [e.name for e in entries if not e.is_dir(follow_symlinks=False)]
        stack.extend(dirs)


def test_a_folder_a_thousand_levels_deep_is_walked(tmp_path: Path, capsys) -> None:
    deep = tmp_path / "deep"
    bottom = make_deep(deep, 1000)  # deeper than Python's recursion limit
    try:
        (bottom / "story.txt").write_text(FLAWED, encoding="utf-8")
        (deep / "top.txt").write_text(CLEAN, encoding="utf-8")
        assert main(["check", "--isolated", "-q", str(deep)]) == 1
        out = capsys.readouterr()
        assert "RecursionError" not in out.err and "internal error" not in out.err
        assert out.out.count("score") == 2 and "2 files: 1 passed, 1 failed, 0 errors" in out.out
    finally:
        remove_deep(deep)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("given", [None, "utf-16"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, capsys, codec: str, given) -> None:
    story = tmp_path / "story.txt"
    data = FLAWED.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    story.write_bytes(data)
    args = ["check", "--isolated", "--format", "json", str(story)] + (["--encoding", given] if given else [])
    assert main(args) == 1
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert "error" not in report
    assert [f["rule"] for f in report["findings"]] == ["repetition/doubled-word"]
    assert report["findings"][0]["text"] == " the"


def test_encoding_utf16_without_a_mark_is_honoured(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(FLAWED.encode("utf-16-le"))
    assert main(["check", "--isolated", "--encoding", "utf-16", str(story)]) == 1
    assert "binary" not in capsys.readouterr().out


@pytest.mark.parametrize("value", ["nan", "-5", "101", "inf", "-inf", "ninety"])
def test_nonsense_fail_under_is_a_usage_error(tmp_path: Path, capsys, value: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert exit_code(["check", "--isolated", f"--fail-under={value}", str(story)]) == 2
    err = capsys.readouterr().err
    assert "--fail-under" in err and "0 to 100" in err


@pytest.mark.parametrize("value", ["nan", "-inf", "inf", "-1", "250"])
def test_nonsense_fail_under_in_config_names_the_file(tmp_path: Path, capsys, value: str) -> None:
    (tmp_path / "mtqa.toml").write_text(f"fail-under = {value}\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "mtqa.toml" in err and "fail-under" in err


def test_nan_weight_in_config_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "mtqa.toml").write_text("[weights]\nmajor = nan\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(story)]) == 2
    assert "weights.major" in capsys.readouterr().err


def test_output_into_a_missing_folder_makes_it(tmp_path: Path, capsys) -> None:
    """A CI job writes `-o reports/ci/mtqa.json` in a fresh checkout: the folders are made, as
    pytest's --junitxml makes them; a path through a file is still refused before checking."""
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    report = tmp_path / "missing" / "ci" / "report.json"
    assert main(["check", "--isolated", "-o", str(report), "--format", "json", str(story)]) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] == 1
    baseline = tmp_path / "base" / "line" / "mtqa-baseline.json"
    assert main(["check", "--isolated", "--write-baseline", str(baseline), str(story)]) == 0
    assert baseline.is_file()
    capsys.readouterr()
    assert main(["check", "--isolated", "-o", str(story / "sub" / "report.json"), "--format", "json",
                 str(story)]) == 2
    err = capsys.readouterr().err
    assert "cannot write the report" in err and "is not a directory" in err and "internal error" not in err


def test_jobs_are_capped_at_the_cores_available(monkeypatch) -> None:
    from mtqa.commands import run

    monkeypatch.setattr(run, "default_jobs", lambda: 2)
    assert run.effective_jobs(1000) == 2
    assert run.effective_jobs(1) == 1
    assert run.effective_jobs(None) == 2


def test_jobs_1000_starts_no_more_workers_than_cores(tmp_path: Path, monkeypatch, capsys) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from mtqa.commands import run

    started: list[int] = []
    real = ProcessPoolExecutor.__init__

    def counting(self, max_workers=None, *a, **k):
        started.append(max_workers)
        return real(self, max_workers, *a, **k)

    monkeypatch.setattr(ProcessPoolExecutor, "__init__", counting)
    for i in range(6):
        (tmp_path / f"s{i}.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["check", "--isolated", "-q", "--jobs", "1000", str(tmp_path)]) == 0
    assert started and max(started) <= run.default_jobs()


def test_per_file_errors_go_to_stderr_and_the_others_are_checked(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    proc = run_cli("check", "--isolated", str(tmp_path / "binary.txt"), str(tmp_path / "good.txt"))
    assert proc.returncode == 2
    assert "binary.txt: error:" in proc.stderr and "binary.txt" not in proc.stdout
    assert "good.txt: score 100.0" in proc.stdout


def test_languagetool_not_a_url_is_a_usage_error(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert exit_code(["check", "--isolated", "--languagetool", "notaurl", str(story)]) == 2
    assert "not auto, off, local or an http(s) URL" in capsys.readouterr().err


def test_languagetool_not_a_url_in_config_names_the_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "mtqa.toml").write_text('languagetool = "notaurl"\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(story)]) == 2
    assert "mtqa.toml:1: languagetool" in capsys.readouterr().err


# ---- output escaping (item 16) -------------------------------------------------------------


def test_github_summary_line_cannot_inject_a_workflow_command(tmp_path: Path, capsys) -> None:
    from mtqa.report import github
    from mtqa.report.model import Report

    evil = Report(path="x.txt\n::error title=pwned::gotcha", words=5, score=100.0, threshold=95.0)
    starts = Report(path="::warning::gotcha.txt", words=5, score=100.0, threshold=95.0)
    out = github.render([evil, starts])
    for line in out.splitlines():
        assert not line.lstrip().startswith("::") or line.startswith(("::notice ", "::warning ", "::error "))
    assert "%0A::error" in out
    assert "mtqa: ::warning::gotcha.txt" in out


def test_text_report_shows_control_characters_instead_of_obeying_them(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The \x1b[2J\x1b]0;owned\x07 minister said the the talks\x85 would resume.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--no-color", str(story)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x85" not in out
    assert "␛[2J" in out


def test_text_report_carets_stay_aligned_after_escaping(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("A\x1b\x1b minister said the the talks would resume.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--no-color", str(story)]) == 1
    lines = capsys.readouterr().out.splitlines()
    shown, caret = lines[1], lines[2]
    start = caret.index("^")
    assert shown[start:start + caret.count("^")] == " the"


def test_summary_never_prints_a_penalty_in_exponent_form() -> None:
    from mtqa.report import text
    from mtqa.report.model import Report

    r = Report(path="big.txt", words=2_000_000, penalty=1_000_000.0, score=50.0, threshold=95.0, passed=False,
               findings=[])
    line = text.render_file(r)[-1]
    assert "penalty 1000000" in line and "e+" not in line


# ---- Python API (item 13) ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"The the talks.", 42, ["text"]])
def test_api_rejects_non_text_with_a_clear_type_error(bad) -> None:
    import mtqa

    with pytest.raises(TypeError, match=r"text must be a str or a Document, not"):
        mtqa.check(bad)


def test_api_bytes_error_says_to_decode() -> None:
    import mtqa

    with pytest.raises(TypeError, match="decode bytes first"):
        mtqa.Checker().check(b"The the talks.")
    with pytest.raises(TypeError, match="source must be a str or None"):
        mtqa.check("The talks.", source=b"Les pourparlers.")


def test_api_rejects_nan_threshold() -> None:
    import mtqa
    from mtqa.errors import ConfigError

    with pytest.raises(ConfigError, match="fail-under"):
        mtqa.Checker(fail_under=float("nan"))


def test_empty_text_is_the_same_verdict_in_spark_rows_and_the_cli(tmp_path: Path, capsys) -> None:
    from mtqa import Checker
    from mtqa.spark import check_row

    row = check_row(Checker(languagetool="off"), "  \n ")
    assert row["error"] is None and row["words"] == 0 and row["passed"] is True and row["score"] == 100.0
    story = tmp_path / "empty.txt"
    story.write_text("  \n ", encoding="utf-8")
    assert main(["check", "--isolated", str(story)]) == 0
    assert "empty (no words to check) — PASS" in capsys.readouterr().out


def test_a_report_is_never_written_over_the_copy_it_checks(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    for flag in ("--output", "--write-baseline"):
        assert main(["check", "--isolated", flag, str(story), str(story)]) == 2
        assert "over a file being checked" in capsys.readouterr().err
        assert story.read_text(encoding="utf-8") == CLEAN


def test_a_report_written_into_the_folder_checked_is_not_checked_as_copy(tmp_path: Path, capsys) -> None:
    """`mtqa check -o report.html --format html .` run twice: the second run found the first's
    report in the folder and checked it as copy (eight findings, the run failed where the first
    passed), and with --fix it fixed the report before writing over it. A file found in a folder
    that is the run's --output, --write-baseline or --baseline is left out, with a note, as a FIFO is."""
    (tmp_path / "story.txt").write_text(CLEAN, encoding="utf-8")
    for flag, name, fmt in (("--output", "report.html", "html"), ("--output", "report.txt", "text"),
                            ("--write-baseline", "baseline.txt", "text")):
        dest = tmp_path / name
        dest.write_text("It was was late, said the the minister.\n", encoding="utf-8")  # a run before this one
        assert main(["check", "--isolated", "--fix", "--format", fmt, flag, str(dest), str(tmp_path)]) == 0, name
        err = capsys.readouterr().err
        what = "report" if flag == "--output" else "baseline"
        assert f"{name}: note: skipped: this run writes its {what} here ({flag})" in err
        assert "was was" not in dest.read_text(encoding="utf-8") and "It was late, said the minister" not in dest.read_text(encoding="utf-8")
        if flag == "--write-baseline":  # the next run reads it: not copy either
            assert main(["check", "--isolated", "--baseline", str(dest), str(tmp_path)]) == 0
            assert f"{name}: note: skipped: this run reads its baseline here (--baseline)" in capsys.readouterr().err
        dest.unlink()


def test_the_source_and_reference_found_in_the_folder_checked_are_not_checked_as_copy(tmp_path: Path,
                                                                                       capsys) -> None:
    """`mtqa check --source source.fr.txt --reference ref.txt .` checked both as copy: the French
    source failed as "the source copied, not English", and the reference was scored BLEU 100
    against itself and, under --fix, had its doubled word deleted: two files in the run's verdict
    that are no translation to check, one of them changed. They are left out with a note, as the
    report and baseline are."""
    source = tmp_path / "source.fr.txt"
    source.write_text("Le ministre a dit mardi que la réunion était importante.\n", encoding="utf-8")
    reference = tmp_path / "ref.txt"
    reference.write_text("The minister said on Tuesday that the the meeting mattered.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("The minister said on Tuesday that the meeting was important.\n",
                                        encoding="utf-8")
    before = {p: p.read_bytes() for p in (source, reference)}
    assert main(["check", "--isolated", "--fix", "--source", str(source), "--reference", str(reference),
                 str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert f"{source}: note: skipped: this run reads its source here (--source)" in captured.err
    assert f"{reference}: note: skipped: this run reads its reference here (--reference)" in captured.err
    assert "source.fr.txt: score" not in captured.out and "ref.txt: score" not in captured.out
    assert "story.txt: score" in captured.out
    assert {p: p.read_bytes() for p in (source, reference)} == before  # neither "fixed"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, where no file can be made")
def test_a_report_that_cannot_be_written_is_said_before_any_fix_is(tmp_path: Path, capsys) -> None:
    """`--fix --output DEST` where DEST cannot be made (a folder that takes no new file, here
    /proc, as for root too; a read-only folder for anyone else): the fixes were written, then the
    run ended in the report's error, exit 2. It is now refused before anything is checked."""
    story = tmp_path / "story.txt"
    story.write_text("It was was late.\n", encoding="utf-8")
    for flag in ("--output", "--write-baseline"):
        assert main(["check", "--isolated", "--fix", flag, "/proc/mtqa-report.txt", str(story)]) == 2
        captured = capsys.readouterr()
        assert "/proc/mtqa-report.txt: cannot write the" in captured.err and "score" not in captured.out
        assert story.read_text(encoding="utf-8") == "It was was late.\n"


def test_a_file_named_twice_is_checked_and_fixed_once(tmp_path: Path, monkeypatch, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("It was was late.\\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--isolated", "-q", "--fix", "story.txt", "./story.txt", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("score") == 1 and "error" not in out
    assert story.read_text(encoding="utf-8") == "It was late.\\n"


def test_the_streamed_summary_counts_one_error_in_the_singular(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLEAN, encoding="utf-8")
    assert main(["check", "--isolated", "-q", str(story), str(tmp_path / "gone.txt")]) == 2
    assert capsys.readouterr().out.rstrip().endswith("2 files: 1 passed, 0 failed, 1 error")


def test_a_folder_that_cannot_be_listed_is_an_error_and_the_rest_is_checked(tmp_path: Path, monkeypatch, capsys) -> None:
    import os

    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(CLEAN, encoding="utf-8")
    real = os.scandir

    def scandir(path):  # as a folder without read permission answers (root reads any folder)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["check", "--isolated", "-q", "--jobs", "1", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert "open/a.txt: score" in out.replace(os.sep, "/")
    assert "locked: error: cannot list directory (Permission denied)" in err.replace(os.sep, "/")


def test_an_earlier_runs_html_report_in_the_folder_checked_is_not_checked_as_copy(tmp_path: Path, capsys) -> None:
    """`mtqa check -f html -o report.html .`, then `mtqa check .`: the second run had no --output to
    leave out, checked the first run's report as HTML copy (the seed's report: 190 findings) and
    failed, and `--fix` would have edited it. A walked HTML file that mtqa's generator tag marks
    as its own report is left out with a note; one named on the command line is checked as asked,
    and a page another generator made is copy."""
    (tmp_path / "story.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "dirty.txt").write_text("It was was late, said the the minister.\n", encoding="utf-8")
    assert main(["check", "--isolated", "-f", "html", "-o", str(tmp_path / "report.html"), str(tmp_path)]) == 1
    (tmp_path / "dirty.txt").unlink()
    (tmp_path / "page.html").write_text("<head><meta name=\"generator\" content=\"WordPress 6.4\"></head><p>The minister said the talks resumed.</p>\n", encoding="utf-8")
    capsys.readouterr()
    before = (tmp_path / "report.html").read_bytes()
    assert main(["check", "--isolated", "--fix", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "report.html: note: skipped: an mtqa report (its generator tag), not copy" in err
    assert "page.html: score" in out and "report.html: score" not in out
    assert (tmp_path / "report.html").read_bytes() == before
    assert main(["check", "--isolated", str(tmp_path / "report.html")]) == 1  # named: checked as asked


def test_stdin_filename_alone_reads_stdin_as_ruffs_does(tmp_path: Path) -> None:
    """An editor's command line names no -: `--stdin-filename NAME` alone was "no input" (exit 2)."""
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off",
                           "--stdin-filename", "desk/story.md"], input="# The the budget\n", capture_output=True,
                          text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "desk/story.md:1:6: major repetition/doubled-word" in done.stdout


def test_stdin_filename_beside_paths_without_stdin_is_refused(tmp_path: Path) -> None:
    """`--stdin-filename x.md a.txt` checked a.txt and dropped the name without a word (stdin never
    read): now a usage error before anything is checked, saying to add - or drop the option."""
    (tmp_path / "a.txt").write_text("The the report.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off",
                           "--stdin-filename", "x.md", "a.txt"], input="The the\n", capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    assert done.stderr == ("mtqa: error: --stdin-filename names the text read from stdin, but no - is among the "
                           "paths (a.txt): add -, or leave out --stdin-filename\n"), done.stderr
    with_stdin = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off",
                                 "--stdin-filename", "x.md", "a.txt", "-"], input="The the\n", capture_output=True,
                                text=True, cwd=tmp_path, timeout=60)
    assert with_stdin.returncode == 1 and "x.md:1:4" in with_stdin.stdout and "a.txt:1:4" in with_stdin.stdout


def test_a_file_that_vanishes_after_the_walk_listed_it_is_that_files_error(tmp_path: Path, monkeypatch,
                                                                          capsys) -> None:
    """A folder's file deleted by another process between the walk listing it and its reading:
    an error for that path (exit 2), the other files checked, no traceback. The real walk runs;
    the file is really removed as soon as the walk has yielded it."""
    import mtqa.commands.check as check_command

    folder = tmp_path / "copy"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("The the report.\n", encoding="utf-8")
    walk = check_command._walk

    def walk_then_delete(*args, **kwargs):
        for path, why in walk(*args, **kwargs):
            yield path, why
            if path.name == "b.txt" and path.exists():
                path.unlink()

    monkeypatch.setattr(check_command, "_walk", walk_then_delete)
    monkeypatch.chdir(tmp_path)
    assert exit_code(["check", "--isolated", "--languagetool", "off", "--jobs", "1", "-q", "copy"]) == 2
    out, err = capsys.readouterr()
    assert "copy/a.txt: score 0.0" in out and "copy/c.txt: score 0.0" in out, out
    assert "copy/b.txt: error: no such file" in err and "Traceback" not in err, err
