"""`extend` naming a `pyproject.toml` without a `[tool.mtqa]` table inherited nothing, silently.

Decided as ruff decides: not an error (ruff reads such a file, and a ruff.toml extends the
project's pyproject.toml for its `requires-python`), but mtqa has nothing else to read there, so
`mtqa check` says so after the run, naming the file and line of the `extend`. Real files."""

from __future__ import annotations

from pathlib import Path

from mtqa import config as config_mod
from mtqa.cli import main

FAILING = "The board met on Monday and the vote was was close.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_extending_a_pyproject_without_mtqas_table_is_checked_and_warned_about(tmp_path: Path, capsys) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "newsroom"\n\n[tools.mtqa]\nlocale = "en-GB"\n')
    desk = write(tmp_path / "desk" / "mtqa.toml", '# the desk\nextend = "../pyproject.toml"\n')
    story = write(tmp_path / "desk" / "story.txt", FAILING)
    assert main(["check", "--languagetool", "off", "-q", str(story)]) == 1  # still checked: not an error
    err = capsys.readouterr().err
    assert f"mtqa: warning: {desk}:2: extend: {tmp_path / 'pyproject.toml'} has no [tool.mtqa] table: " \
           "nothing is inherited from it" in err


def test_a_pyproject_with_the_table_is_extended_without_a_word(tmp_path: Path, capsys) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "newsroom"\n\n[tool.mtqa]\nignore = ["repetition"]\n')
    write(tmp_path / "desk" / "mtqa.toml", 'extend = "../pyproject.toml"\n')
    story = write(tmp_path / "desk" / "story.txt", FAILING)
    assert main(["check", "--languagetool", "off", "-q", str(story)]) == 0  # the newsroom's ignore applies
    assert "warning" not in capsys.readouterr().err


def test_a_link_in_the_middle_of_a_chain_is_named_with_the_file_that_names_it(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "newsroom"\n')
    middle = write(tmp_path / "desk" / "pyproject.toml", '[tool.mtqa]\nlocale = "en-GB"\nextend = "../pyproject.toml"\n')
    near = write(tmp_path / "desk" / "sub" / "mtqa.toml", 'extend = "../pyproject.toml"\n')
    assert config_mod.hollow_links(near) == [
        f"{middle}:3: extend: {tmp_path / 'pyproject.toml'} has no [tool.mtqa] table: nothing is inherited from it"]


def test_config_naming_a_pyproject_without_the_table_is_warned_about(tmp_path: Path, capsys) -> None:
    py = write(tmp_path / "pyproject.toml", '[project]\nname = "newsroom"\n')
    story = write(tmp_path / "story.txt", FAILING)
    assert main(["check", "--languagetool", "off", "-q", "--config", str(py), str(story)]) == 1
    assert f"{py}: has no [tool.mtqa] table: no settings are read from it" in capsys.readouterr().err
