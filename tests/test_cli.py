"""The command line: exit codes, JSON shape, selection, stdin, directories and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.cli import main

from conftest import ROOT, SEED

CLEAN = "The minister spoke to reporters on Monday.\n\nShe said the mission would continue.\n"
DIRTY = "The minister spoke to to reporters on Monday.\n"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def mtqa(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    """Run the real command in a subprocess (what a user or a hook runs)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("MTQA_LANGUAGETOOL_URL", None) if env is None else None
    return subprocess.run([sys.executable, "-m", "mtqa", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=full_env, timeout=120)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    dirty = tmp_path / "dirty.txt"
    dirty.write_text(DIRTY, encoding="utf-8")
    return {"clean": clean, "dirty": dirty}


def test_exit_codes(files, capsys) -> None:
    assert run(["check", "--isolated", str(files["clean"])], capsys)[0] == 0
    assert run(["check", "--isolated", str(files["dirty"])], capsys)[0] == 1
    assert run(["check", "--isolated", str(files["dirty"]), "--fail-under", "0"], capsys)[0] == 0
    assert run(["check", "--isolated", str(files["clean"]), str(files["dirty"])], capsys)[0] == 1


def test_text_format_shows_location_caret_and_summary(files, capsys) -> None:
    code, out, _ = run(["check", "--isolated", "--no-color", str(files["dirty"])], capsys)
    assert f"{files['dirty']}:1:22: major repetition/doubled-word Word repeated: “to”" in out
    lines = out.splitlines()
    i = next(n for n, ln in enumerate(lines) if "repetition/doubled-word" in ln)
    assert lines[i + 1] == "    The minister spoke to to reporters on Monday."
    assert lines[i + 2] == "    " + " " * 21 + "^^^"
    assert "fix: (delete)" in lines[i + 3]
    assert "score" in out and "FAIL" in out and "\x1b[" not in out


def test_colour_only_when_asked(files, capsys, monkeypatch) -> None:
    assert "\x1b[" in run(["check", "--isolated", "--color", str(files["dirty"])], capsys)[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(["check", "--isolated", str(files["dirty"])], capsys)[1]


def test_json_shape(files, capsys) -> None:
    code, out, _ = run(["check", "--isolated", "--format", "json", str(files["dirty"]), str(files["clean"])], capsys)
    data = json.loads(out)
    assert data["version"] == "mtqa/1"
    assert [f["path"] for f in data["files"]] == [str(files["dirty"]), str(files["clean"])]
    first = data["files"][0]
    for key in ("path", "words", "penalty", "score", "passed", "findings", "categories", "checks"):
        assert key in first
    f = first["findings"][0]
    assert set(f) >= {"rule", "family", "category", "severity", "message", "start", "end", "line", "column",
                      "text", "suggestions", "fix_safe"}
    text = files["dirty"].read_text(encoding="utf-8")
    assert text[f["start"] : f["end"]] == f["text"]
    assert data["summary"]["files"] == 2 and data["summary"]["failed"] == 1


def test_json_offsets_are_code_points_after_non_bmp(tmp_path: Path, capsys) -> None:
    p = tmp_path / "e.txt"
    text = "😀😀 The the vote.\r\n"
    p.write_text(text, encoding="utf-8", newline="")
    data = json.loads(run(["check", "--isolated", "-f", "json", str(p)], capsys)[1])
    f = data["files"][0]["findings"][0]
    assert text[f["start"] : f["end"]] == f["text"] == " the"
    assert f["column"] == 7


def test_select_and_ignore(files, capsys) -> None:
    assert run(["check", "--isolated", "--ignore", "repetition", str(files["dirty"])], capsys)[0] == 0
    assert run(["check", "--isolated", "--select", "repetition/doubled-phrase", str(files["dirty"])], capsys)[0] == 0
    code, _, err = run(["check", "--isolated", "--select", "nope", str(files["dirty"])], capsys)
    assert code == 2 and "unknown rule or family 'nope'" in err


def test_stdin(capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DIRTY.encode())))
    code, out, _ = run(["check", "--isolated", "-f", "json", "--stdin-filename", "story.txt", "-"], capsys)
    assert code == 1 and json.loads(out)["files"][0]["path"] == "story.txt"


def test_stdin_is_held_to_the_file_size_limit(capsys, monkeypatch) -> None:
    """A pipe is refused past the limit a file has, with the same message, instead of being read
    whole (60 MB through stdin took minutes and 600 MB where the same file was refused at once)."""
    import io

    import mtqa.commands.check as check_command

    monkeypatch.setattr(check_command, "MAX_BYTES", 1 << 20)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Word. " * ((1 << 20) // 6 + 10))))
    code, out, err = run(["check", "--isolated", "-"], capsys)
    assert code == 2 and "<stdin>: larger than 1 MiB; mtqa checks files up to 1 MiB (split it)" in err
    assert "Traceback" not in err


def test_the_readme_states_the_size_limits_the_code_holds() -> None:
    from mtqa.bilingual.check import MAX_BYTES as BILINGUAL_MAX
    from mtqa.commands.tasks import MAX_BYTES

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| (size) |"))
    assert f"stdin, up to {MAX_BYTES >> 20} MiB" in row and f"PO file up to {BILINGUAL_MAX >> 20} MiB" in row


def test_directory_recursion_with_globs(tmp_path: Path, capsys) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.md").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    code, out, _ = run(["check", "--isolated", "-f", "json", "--exclude", "skip.txt", str(tmp_path / "a")], capsys)
    paths = [Path(f["path"]).name for f in json.loads(out)["files"]]
    assert paths == ["two.md", "one.txt"] or paths == ["one.txt", "two.md"]
    assert code == 1
    code, out, _ = run(["check", "--isolated", "-f", "json", "--include", "*.txt", str(tmp_path / "a")], capsys)
    assert sorted(Path(f["path"]).name for f in json.loads(out)["files"]) == ["one.txt", "skip.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"abc\xff\xfe", "not valid utf-8 at byte 3"),
        (b"\x00\x01binary\x00", "binary"),
    ],
)
def test_bad_file_is_one_line_and_exit_2(tmp_path: Path, capsys, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    code, out, err = run(["check", "--isolated", str(p)], capsys)
    assert code == 2
    assert message in out + err
    assert "Traceback" not in out + err


def test_missing_path_among_several_is_a_per_file_error(files, tmp_path: Path, capsys) -> None:
    code, out, _ = run(["check", "--isolated", "-f", "json", str(tmp_path / "missing.txt"), str(files["clean"])], capsys)
    data = json.loads(out)
    assert code == 2
    assert data["files"][0] == {"path": str(tmp_path / "missing.txt"), "error": "no such file"}
    assert data["files"][1]["passed"] is True


def test_empty_file_is_reported_not_an_error(tmp_path: Path, capsys) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    code, out, _ = run(["check", "--isolated", str(p)], capsys)
    assert code == 0 and "empty" in out


def test_directory_without_text_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    code, _, err = run(["check", "--isolated", str(tmp_path)], capsys)
    assert code == 2 and "no text files found" in err


def test_unreadable_file(tmp_path: Path, capsys) -> None:
    if os.geteuid() != 0:
        p = tmp_path / "locked.txt"
        p.write_text("x", encoding="utf-8")
        p.chmod(0)
        expected = "permission denied"
    elif Path("/proc/self/mem").exists():
        p = Path("/proc/self/mem")  # root reads any file, but reading this one fails with EIO
        expected = "cannot read"
    else:
        pytest.skip("no way to make an unreadable file here")
    code, out, err = run(["check", "--isolated", str(p)], capsys)
    assert code == 2 and expected in out + err and "Traceback" not in out + err


def test_unknown_locale_and_encoding(files, capsys) -> None:
    code, _, err = run(["check", "--isolated", "--locale", "xx-YY", str(files["clean"])], capsys)
    assert code == 2 and "unknown locale" in err
    with pytest.raises(SystemExit) as exited:  # an argparse error now, before any file is read
        run(["check", "--isolated", "--encoding", "nope-8", str(files["clean"])], capsys)
    assert exited.value.code == 2 and "unknown encoding 'nope-8'" in capsys.readouterr().err


def test_encoding_option(tmp_path: Path, capsys) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Le Québec a voté le le 7 janvier.".encode("latin-1"))
    assert run(["check", "--isolated", str(p)], capsys)[0] == 2
    assert run(["check", "--isolated", "--encoding", "latin-1", str(p)], capsys)[0] == 1


def test_broken_config_exits_2(tmp_path: Path, capsys, files) -> None:
    cfg = tmp_path / "mtqa.toml"
    cfg.write_text("select = 3\n", encoding="utf-8")
    code, _, err = run(["check", "--config", str(cfg), str(files["clean"])], capsys)
    assert code == 2 and str(cfg) in err and "select" in err


def test_broken_rule_pack_exits_2(tmp_path: Path, capsys, files) -> None:
    d = tmp_path / "packs"
    d.mkdir()
    (d / "mine.toml").write_text("[pack]\nid = 'mine'\nschema = 1\nx = [\n", encoding="utf-8")
    code, _, err = run(["check", "--isolated", "--rules-dir", str(d), str(files["clean"])], capsys)
    assert code == 2 and "mine.toml" in err and "invalid TOML" in err


def test_rules_and_explain(capsys) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "repetition/doubled-word" in out
    code, out, _ = run(["explain", "repetition/doubled-word"], capsys)
    assert code == 0 and "## Examples" in out and "bad:" in out
    code, _, err = run(["explain", "repetition/doubled-wurd"], capsys)
    assert code == 2 and "did you mean 'repetition/doubled-word'" in err


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "yaml", "x"])
    assert exc.value.code == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err


def test_real_command_on_the_seed_no_traceback() -> None:
    proc = mtqa("check", "--isolated", str(SEED))
    assert proc.returncode in (0, 1), proc.stderr
    assert b"score" in proc.stdout and b"Traceback" not in proc.stderr
    assert mtqa("check", "--isolated", "/nonexistent/file.txt").returncode == 2
    bad = mtqa("check", "--isolated", "-", stdin=b"\xff\xfe\x00")
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr


def test_quiet_prints_only_summaries(files, capsys) -> None:
    _, out, _ = run(["check", "--isolated", "-q", str(files["dirty"])], capsys)
    assert out.count("\n") == 1 and "FAIL" in out


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"a{i:02d}.txt").write_text(DIRTY if i % 3 else CLEAN, encoding="utf-8")
    one = mtqa("check", "--isolated", "--no-color", "--jobs", "1", str(tmp_path))
    two = mtqa("check", "--isolated", "--no-color", "--jobs", "2", str(tmp_path))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout.count(b"repetition/doubled-word") == 8
    js1 = mtqa("check", "--isolated", "-f", "json", "--jobs", "1", str(tmp_path))
    js2 = mtqa("check", "--isolated", "-f", "json", "--jobs", "2", str(tmp_path))
    def strip(out):
        return [{k: v for k, v in f.items() if k != "timings_ms"} for f in json.loads(out)["files"]]

    assert strip(js1.stdout) == strip(js2.stdout)


def test_explain_and_list_languagetool_ids(capsys) -> None:
    code, out, _ = run(["explain", "languagetool/morfologik-rule-en-ca"], capsys)
    assert code == 0 and "MORFOLOGIK_RULE_EN_CA" in out and "drop = true" in out  # off since 2026-12-06
    code, out, _ = run(["explain", "languagetool/uppercase-sentence-start"], capsys)
    assert code == 0 and "category = Fluency/Spelling" in out and "[same_slip]" in out
    code, out, _ = run(["explain", "languagetool/en-quotes"], capsys)
    assert code == 0 and "drop = true" in out
    assert "languagetool/*" in run(["rules"], capsys)[1]
    code, out, _ = run(["explain", "languagetool"], capsys)  # the README's `mtqa explain languagetool`
    assert code == 0 and "Findings from LanguageTool's rules (a LanguageTool server" in out and "rule *" not in out


def test_command_prints_and_exits_as_main_does(capsys) -> None:
    """The command (`mtqa.cli.run`, which ends the process without tearing its heap down)
    prints what `main` prints, text and JSON, and exits with its code."""
    for fmt in ("text", "json"):
        code, out, _ = run(["check", "--isolated", "--no-color", "-f", fmt, "--languagetool", "off", str(SEED)], capsys)
        proc = mtqa("check", "--isolated", "--no-color", "-f", fmt, "--languagetool", "off", str(SEED))
        assert proc.returncode == code == 1, proc.stderr
        if fmt == "json":
            def strip(text):
                return [{k: v for k, v in f.items() if k != "timings_ms"} for f in json.loads(text)["files"]]

            assert strip(proc.stdout.decode("utf-8")) == strip(out)
        else:
            assert proc.stdout.decode("utf-8") == out


_EXIT_PROBE = """
import atexit, sys, threading, time
class Heap:
    def __del__(self):
        print("torn down")
kept = Heap()
atexit.register(lambda: print("exit handler ran"))  # not flushed by itself
if sys.argv[1] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.3), print("thread finished"))).start()
sys.argv = ["mtqa", "--version"]
from mtqa.cli import run
run()
"""


@pytest.mark.parametrize("case", ["alone", "thread"])
def test_command_runs_exit_handlers_and_waits_for_threads(case: str) -> None:
    """Ending at once, the command still runs the exit handlers and prints what they print; with
    another thread still running it exits as Python does (waiting for it, tearing down)."""
    proc = subprocess.run([sys.executable, "-c", _EXIT_PROBE, case], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("mtqa ") and "exit handler ran" in lines
    if case == "thread":
        assert "thread finished" in lines and "torn down" in lines
    else:
        assert "torn down" not in lines  # the heap was left to the operating system


def test_each_subcommand_gets_its_arguments_when_it_parses(capsys) -> None:
    """A subcommand's arguments are added the first time its parser parses (`mtqa.commands.parser._Parser`):
    every subcommand still parses its own options and defaults, shows them in its help, and a
    parser used again keeps them once."""
    from mtqa.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["check", "a.txt", "--format", "json", "-j", "2"])
    assert (args.command, args.paths, args.format, args.jobs, args.color) == ("check", ["a.txt"], "json", 2, None)
    again = parser.parse_args(["check", "b.txt"])
    assert (again.paths, again.format) == (["b.txt"], "text")
    assert build_parser().parse_args(["serve"]).port == 8090
    assert build_parser().parse_args(["rules", "--all"]).all is True
    assert build_parser().parse_args(["styles"]).format == "text"
    assert build_parser().parse_args(["explain", "quotes/x"]).rule == "quotes/x"
    for command, option in (("check", "--changed-only"), ("rules", "--options"), ("styles", "--rules-dir"),
                            ("explain", "ID"), ("serve", "--max-request-bytes")):
        with pytest.raises(SystemExit):
            build_parser().parse_args([command, "--help"])
        assert option in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["serve", "--format", "json"])  # check's option is not serve's
    assert exc.value.code == 2 and "unrecognized arguments: --format" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["check", "a.txt"],
    ["check", "a.txt", "dir/b.md", "with space.txt", "check", "x=1", "@list"],
    ["check", "--force-exclude", "--", "a.txt", "-draft.txt", "--quiet"],  # pre-commit's hook
    ["check", "--languagetool", "off", "a.txt"], ["check", "a.txt", "-q"], ["check", "--", "a.txt"],
    ["check", "a.txt", "--format=json"],
    ["check", "-f", "json", "-j", "2", "--select", "quotes", "--select=names,typography", "--no-color", "a.txt", "b.txt"],
    ["check", "--color", "--color", "--fail-under", "90", "--locked", "check", "--segment-state", "translated", "a.xlf"],
    ["check", "--ignore", "a=b", "--encoding", "latin-1", "--languagetool=http://localhost:8081", "a.txt"],
])
def test_plain_check_command_line_reads_as_argparse_reads_it(argv: list[str]) -> None:
    """`mtqa check PATH...` with its options spelled as declared (pre-commit's hook's own
    command line among them) is read without argparse (`check_options.plain_check`) into what
    argparse makes of it: the same attributes, each option at argparse's value when left out."""
    from mtqa.cli import build_parser
    from mtqa.commands.check_options import plain_check

    plain = plain_check(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    [], ["check"], ["check", "-"], ["check", "-a.txt"], ["check", ""], ["rules"], ["--version"], ["chec", "a.txt"],
    ["check", "--quiet"], ["check", "--", "-"], ["check", "--"],
    # what argparse refuses (it says why, exit 2) or reads otherwise than as written
    ["check", "--color", "--no-color", "a.txt"], ["check", "--format", "xml", "a.txt"], ["check", "-j", "x", "a.txt"],
    ["check", "--lang", "off", "a.txt"], ["check", "-j2", "a.txt"], ["check", "a.txt", "--quiet", "b.txt"],
    ["check", "--select", "-x", "a.txt"], ["check", "--fail-under", "200", "a.txt"], ["check", "a.txt", "--format"],
    ["check", "--languagetool", "bogus", "a.txt"], ["check", "--quiet=1", "a.txt"], ["check", "a.txt", "--", "b.txt"],
    ["check", "--", "a.txt", "--", "b.txt"], ["check", "--locale", "", "a.txt"],
])
def test_any_other_command_line_is_left_to_argparse(argv: list[str]) -> None:
    from mtqa.commands.check_options import plain_check

    assert plain_check(argv) is None


def test_plain_check_reads_any_command_line_it_takes_as_argparse_does(capsys) -> None:
    """Command lines drawn from files, options, values good and bad, `--` and `=`: wherever
    `plain_check` reads one, argparse reads it too, into the same attributes (a command line
    argparse refuses is never read without it, so its message and exit 2 stay argparse's)."""
    import random

    from mtqa.cli import build_parser
    from mtqa.commands.check_options import plain_check

    words = ["a.txt", "b.md", "-x.txt", "-", "--", "--quiet", "-q", "--color", "--no-color", "--fix", "--format",
             "-f", "json", "xml", "--format=html", "--jobs", "-j", "3", "x", "--select", "quotes", "--ignore=a,b",
             "--languagetool", "off", "nope", "--fail-under", "90", "101", "--locked", "skip", "--quiet=1", "--for"]
    draw = random.Random(49)
    read = 0
    for _ in range(400):
        argv = ["check", *draw.choices(words, k=draw.randint(1, 6))]
        plain = plain_check(argv)
        if plain is None:
            continue
        read += 1
        assert vars(plain) == vars(build_parser().parse_args(argv)), argv
    assert read >= 40, "too few drawn command lines were plain to test anything"
    capsys.readouterr()


def test_a_declaration_plain_check_cannot_read_leaves_the_command_line_to_argparse(monkeypatch) -> None:
    """A new option of a kind `_Defaults` does not know (a counter; a string default argparse
    would convert) sends even a plain command line to argparse; a new plain option is read as
    argparse reads it."""
    from mtqa.cli import build_parser
    from mtqa.commands import check_options

    declared = check_options.check_arguments

    def with_option(*args, **kwargs):
        def declare(c) -> None:
            declared(c)
            c.add_argument(*args, **kwargs)
        return declare

    monkeypatch.setattr(check_options, "check_arguments", with_option("--verbose", "-v", action="count", default=0))
    assert check_options.plain_check(["check", "a.txt"]) is None
    monkeypatch.setattr(check_options, "check_arguments", with_option("--width", type=int, default="3"))
    assert check_options.plain_check(["check", "a.txt"]) is None
    monkeypatch.setattr(check_options, "check_arguments", with_option("--tab-size", "-t", default=4))
    plain = check_options.plain_check(["check", "a.txt"])
    assert plain is not None and plain.tab_size == 4
    assert vars(plain) == vars(build_parser().parse_args(["check", "a.txt"]))


def test_explain_names_the_packs_a_rule_reads_and_how_to_add_to_them(capsys) -> None:
    """A first user asked where `calques/diplomatic-formulas`'s formulas are kept and how to add
    one: `mtqa explain` said "the pack's [diplomatic]" and no file. It now names each pack the
    rule reads, its file and how a --rules-dir pack joins it; a rule with no pack has no section."""
    from mtqa.packs import builtin_dir

    code, out, _ = run(["explain", "calques/diplomatic-formulas"], capsys)
    assert code == 0
    section = out[out.index("## Packs"):]
    assert f"formulas: {builtin_dir() / 'formulas.toml'}" in section
    assert "Fixed phrases of diplomatic readouts" in section  # the pack's own description
    assert 'id = "formulas"' in section and "--rules-dir" in section
    _, out, _ = run(["explain", "repetition/doubled-word"], capsys)
    assert "## Packs" not in out
