"""The options of ruff's command line that mtqa lacked and a team reaches for first:
`--exit-zero`, `--force-exclude` and `--show-settings` (benchmarks/README, the twelfth audit's
second round). Real files and real runs of `mtqa check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_warm_cache  # a private copy of the session's filled cache for a child process
from mtqa.cli import main

FAILING = "The board met on Monday and the vote was was close.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_exit_zero_reports_failures_and_exits_0(tmp_path: Path, capsys) -> None:
    story = write(tmp_path / "story.txt", FAILING)
    assert main(["check", "--isolated", "--languagetool", "off", str(story)]) == 1
    assert main(["check", "--isolated", "--languagetool", "off", "--exit-zero", str(story)]) == 0
    assert "FAIL" in capsys.readouterr().out  # still reported


def test_exit_zero_keeps_exit_2_for_an_error(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", FAILING)
    assert main(["check", "--isolated", "--exit-zero", str(story), str(tmp_path / "missing.txt")]) == 2


def test_force_exclude_applies_the_configurations_exclude_to_named_files(tmp_path: Path, capsys) -> None:
    """A pre-commit hook names the staged files: without --force-exclude the draft is checked."""
    write(tmp_path / "mtqa.toml", 'exclude = ["drafts"]\n')
    draft = write(tmp_path / "drafts" / "today" / "story.txt", FAILING)
    kept = write(tmp_path / "news" / "story.txt", FAILING)
    assert main(["check", "--languagetool", "off", "-q", str(draft), str(kept)]) == 1
    assert "drafts" in capsys.readouterr().out
    assert main(["check", "--languagetool", "off", "-q", "--force-exclude", str(draft), str(kept)]) == 1
    out = capsys.readouterr().out
    assert "drafts" not in out and "news" in out
    assert main(["check", "--languagetool", "off", "--force-exclude", str(draft)]) == 0


def test_force_exclude_matches_an_extended_files_exclude_from_its_folder(tmp_path: Path, capsys) -> None:
    write(tmp_path / "mtqa.toml", 'exclude = ["desk/wire/*.txt"]\n')
    write(tmp_path / "desk" / "mtqa.toml", 'extend = "../mtqa.toml"\n')
    wire = write(tmp_path / "desk" / "wire" / "story.txt", FAILING)
    assert main(["check", "--languagetool", "off", "--force-exclude", str(wire)]) == 0
    assert capsys.readouterr().out == ""


def test_force_exclude_takes_the_command_lines_exclude_from_the_working_folder(tmp_path: Path, monkeypatch) -> None:
    story = write(tmp_path / "wire" / "story.txt", FAILING)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--isolated", "--languagetool", "off", "--exclude", "wire/*", "wire/story.txt"]) == 1
    assert main(["check", "--isolated", "--languagetool", "off", "--exclude", "wire/*", "--force-exclude",
                 str(story)]) == 0


def test_the_pre_commit_hook_leaves_out_a_staged_file_the_configuration_excludes(tmp_path: Path,
                                                                                warm_cache_template: Path) -> None:
    """The hook's own command (`.pre-commit-hooks.yaml`: entry + args + the staged files), run in a
    made-up repository whose configuration excludes its drafts folder."""
    import os
    import shlex
    import subprocess
    import sys

    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the hook manifest")
    root = Path(__file__).resolve().parent.parent
    hook = next(h for h in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
                if h["id"] == "mtqa")
    write(tmp_path / "mtqa.toml", 'exclude = ["drafts"]\nlanguagetool = "off"\n')
    write(tmp_path / "drafts" / "story.txt", FAILING)
    write(tmp_path / "news" / "story.txt", "The council passed the budget on Tuesday after a short debate.\n")
    entry = shlex.split(hook["entry"])
    assert entry[:2] == ["mtqa", "check"]
    command = [sys.executable, "-m", "mtqa", *entry[1:], *hook["args"], "drafts/story.txt", "news/story.txt"]
    env = dict(os.environ, MTQA_CACHE_DIR=str(copy_warm_cache(warm_cache_template, tmp_path / "cache")))
    run = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "drafts" not in run.stdout and "news/story.txt" in run.stdout


def test_force_exclude_leaves_out_an_excluded_folder_named_on_the_command_line(tmp_path: Path, capsys,
                                                                               monkeypatch) -> None:
    """ruff's --force-exclude applies to every path given, folders too: `mtqa check
    --force-exclude drafts` checked every draft in it."""
    write(tmp_path / "mtqa.toml", 'exclude = ["drafts"]\nlanguagetool = "off"\n')
    write(tmp_path / "drafts" / "story.txt", FAILING)
    write(tmp_path / "news" / "story.txt", FAILING)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--force-exclude", "drafts", "news"]) == 1
    out = capsys.readouterr().out
    assert "news/story.txt" in out and "drafts" not in out
    assert main(["check", "drafts"]) == 1  # named without --force-exclude: checked, as before


def test_show_settings_names_where_each_value_came_from(tmp_path: Path, capsys) -> None:
    write(tmp_path / "mtqa.toml", 'locale = "en-GB"\nfail-under = 90\nignore = ["quotes"]\n'
                                  '[per-file-ignores]\n"**/archive/*" = ["spelling"]\n')
    desk = write(tmp_path / "desk" / "mtqa.toml", 'extend = "../mtqa.toml"\nstyle = "cp"\nignore = ["titles"]\n'
                                                  '[per-file."wire/*"]\nfail-under = 80\n')
    story = write(tmp_path / "desk" / "wire" / "story.txt", FAILING)
    assert main(["check", "--show-settings", "--locale", "en-US", str(story)]) == 0
    lines = capsys.readouterr().out.splitlines()
    shared, own = str(tmp_path / "mtqa.toml"), str(desk)
    assert f"# configuration: {own}, extending {shared}" in lines
    assert 'locale = "en-US"  # --locale' in lines
    assert f'style = "cp"  # {own}' in lines
    assert f'ignore = ["quotes", "titles"]  # {shared} + {own}' in lines
    assert f'fail-under = 80.0  # {own}: per-file."wire/*"' in lines
    assert f'per-file-ignores."**/archive/*" = ["spelling"]  # {shared}' in lines
    assert "languagetool = \"auto\"  # default" in lines
    assert not any("FAIL" in line for line in lines)  # nothing checked


def test_show_settings_credits_per_file_ignores_once_and_reads_stdin_as_its_filename(tmp_path: Path, capsys,
                                                                                     monkeypatch) -> None:
    """An ignore added by a matching per-file-ignores section is not "default"; a pattern that
    matches in both `per-file` and `per-file-ignores` is listed once; stdin with --stdin-filename
    shows the settings its check uses (that name's per-file sections)."""
    config = write(tmp_path / "mtqa.toml", '[per-file]\n"wire/*" = { locale = "en-US" }\n'
                                           '[per-file-ignores]\n"wire/*" = ["spelling"]\n')
    write(tmp_path / "wire" / "story.txt", FAILING)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    for command in (["wire/story.txt"], ["--stdin-filename", "wire/story.txt", "-"]):
        assert main(["check", "--show-settings", *command]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert f'ignore = ["spelling"]  # {config}: per-file-ignores."wire/*"' in lines, lines
        assert f'locale = "en-US"  # {config}: per-file."wire/*"' in lines, lines
        assert '# per-file-ignores matching this file add to ignore: "wire/*"' in lines, lines


@pytest.mark.parametrize("option", ["--exit-zero", "--force-exclude", "--show-settings", "--statistics", "--watch"])
def test_the_options_are_in_the_readme_table(option: str) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"| `{option}`" in readme or f"`{option}`," in readme


def test_force_exclude_passes_an_excluded_stdin_through_unchanged(tmp_path: Path, warm_cache_template: Path) -> None:
    """An editor pipes its buffer with --stdin-filename: an excluded name is not checked, and with
    --fix its bytes come back whole (ruff's behaviour); a name outside the exclude is fixed."""
    import os
    import subprocess
    import sys

    write(tmp_path / "mtqa.toml", 'exclude = ["drafts"]\nlanguagetool = "off"\n')
    env = dict(os.environ, MTQA_CACHE_DIR=str(copy_warm_cache(warm_cache_template, tmp_path / "cache")))
    buffer = FAILING.encode("utf-8")

    def run(name: str, *options: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "mtqa", "check", "--force-exclude", "--stdin-filename", name, *options, "-"]
        return subprocess.run(command, cwd=tmp_path, env=env, input=buffer, capture_output=True, timeout=300)

    passed = run("drafts/story.txt", "--fix")
    assert (passed.returncode, passed.stdout) == (0, buffer)
    quiet = run("drafts/story.txt")
    assert (quiet.returncode, quiet.stdout) == (0, b"")
    fixed = run("news/story.txt", "--fix")
    assert fixed.stdout == buffer.replace(b"was was", b"was")
