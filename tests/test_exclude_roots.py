"""Exclude patterns are matched from the folder they belong to, as ruff matches them: the
configuration's `exclude` from the folder of the file that set it, `--exclude` from the working
folder. A folder walk and `--force-exclude` read them the same way, so which folder is named on
the command line no longer changes which files a pattern leaves out (the review of stop 42 found
`exclude = ["drafts/**"]` leaving out `desk/drafts/` when `desk` was walked, and nothing when `.`
was). Real files, real runs of `mtqa check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.cli import main

FAILING = "The board met on Monday and the vote was was close.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def checked(argv: list[str], capsys) -> set[str]:
    """The files a JSON run of `mtqa check` reports, by their path from the working folder."""
    main(["check", "--languagetool", "off", "-f", "json", *argv])
    out = capsys.readouterr().out
    return {Path(r["path"]).as_posix() for r in json.loads(out)["files"]} if out.strip() else set()


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch) -> Path:
    """A configuration at the top that excludes its own drafts folder, and a desk with drafts of its own."""
    write(tmp_path / "mtqa.toml", 'exclude = ["drafts/**"]\n')
    for where in ("drafts/a.txt", "news/a.txt", "desk/drafts/a.txt", "desk/news/a.txt"):
        write(tmp_path / where, FAILING)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_walk_matches_the_configurations_exclude_from_the_configurations_folder(newsroom: Path, capsys) -> None:
    everything = {"news/a.txt", "desk/drafts/a.txt", "desk/news/a.txt"}
    assert checked(["."], capsys) == everything
    # walking the desk: its drafts are not the top's drafts/ (before: left out, as "drafts/**" was
    # matched from the desk)
    assert checked(["desk"], capsys) == {"desk/drafts/a.txt", "desk/news/a.txt"}


@pytest.mark.parametrize("root", [".", "desk"])
def test_a_walk_and_force_exclude_agree_on_every_file(newsroom: Path, capsys, root: str) -> None:
    walked = {Path(p).as_posix() for p in checked([root], capsys)}
    for where in ("drafts/a.txt", "news/a.txt", "desk/drafts/a.txt", "desk/news/a.txt"):
        if root != "." and not where.startswith(root + "/"):
            continue
        named = checked(["--force-exclude", where], capsys)
        assert (where in named) == (where in walked), where


def test_a_walk_from_inside_the_excluded_folder_leaves_it_out(newsroom: Path, capsys, monkeypatch) -> None:
    """`mtqa check drafts` with drafts/** excluded: the files under it match the pattern from the
    configuration's folder, so there is nothing to check (a lone folder without text files is an
    error, exit 2), as `--force-exclude drafts` leaves it out."""
    assert main(["check", "--languagetool", "off", "drafts"]) == 2
    assert "no text files" in capsys.readouterr().err


def test_the_command_lines_exclude_is_matched_from_the_working_folder(newsroom: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(newsroom / "desk")
    assert checked(["--isolated", "--exclude", "news/*", "."], capsys) == {"drafts/a.txt"}
    assert checked(["--isolated", "--exclude", "news/*", ".."], capsys) == {
        "../drafts/a.txt", "../news/a.txt", "../desk/drafts/a.txt"}


def test_a_name_pattern_still_matches_anywhere(newsroom: Path, capsys) -> None:
    write(newsroom / "mtqa.toml", 'exclude = ["drafts"]\n')
    assert checked(["."], capsys) == {"news/a.txt", "desk/news/a.txt"}
    assert checked(["desk"], capsys) == {"desk/news/a.txt"}


def test_an_extended_files_exclude_is_matched_from_its_own_folder_in_a_walk(tmp_path: Path, capsys,
                                                                            monkeypatch) -> None:
    write(tmp_path / "mtqa.toml", 'exclude = ["desk/wire/*.txt"]\n')
    write(tmp_path / "desk" / "mtqa.toml", 'extend = "../mtqa.toml"\n')
    write(tmp_path / "desk" / "wire" / "a.txt", FAILING)
    write(tmp_path / "desk" / "news" / "a.txt", FAILING)
    monkeypatch.chdir(tmp_path / "desk")
    assert checked(["."], capsys) == {"news/a.txt"}
