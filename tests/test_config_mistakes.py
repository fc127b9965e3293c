"""Configuration mistakes a newsroom makes in its first week, said on stderr as ruff says them:
a misspelt style (did-you-mean, exit 2, as a misspelt rule already had), a per-file pattern that matches nothing in a
run over the whole project (a warning naming file, line and pattern), an `mtqa.toml` beside a
`pyproject.toml` that also has `[tool.mtqa]` (a note saying which one is read). Made-up copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.cli import main

STORY = "The council met on Monday and the the mayor spoke first.\n"  # made up: a doubled word


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "council.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--languagetool", "off", *args])
    got = capsys.readouterr()
    return code, got.out, got.err


@pytest.mark.parametrize("where", ["command line", "file"])
def test_a_misspelt_style_says_which_was_meant(project, capsys, where) -> None:
    if where == "file":
        (project / "mtqa.toml").write_text('style = "hilltimes"\n', encoding="utf-8")
        code, _, err = _run(capsys, "news")
    else:
        code, _, err = _run(capsys, "--style", "hilltimes", "news")
    assert code == 2 and "no such style: 'hilltimes' (did you mean 'hill-times'?" in err


def test_a_per_file_pattern_matching_nothing_is_a_warning_over_the_whole_project(project, capsys) -> None:
    (project / "mtqa.toml").write_text(
        '[per-file-ignores]\n"archve/**" = ["repetition"]\n"news/*" = ["quotes"]\n\n'
        '[per-file]\n"wire/*.md" = { locale = "en-US" }\n', encoding="utf-8")
    code, out, err = _run(capsys, "--format", "json", ".")
    assert code == 1 and json.loads(out)["summary"]["files"] == 1  # the run itself is unchanged
    config = project / "mtqa.toml"
    assert (f"mtqa: warning: {config}:2: per-file-ignores.'archve/**': pattern matched none of the files "
            "checked") in err
    assert f"mtqa: warning: {config}:6: per-file.'wire/*.md': pattern matched none" in err
    assert "news/*" not in err  # it matched news/council.txt
    # a run naming some files (a pre-commit hook's staged files, one folder) says nothing of
    # them: a pattern may rightly match none of those
    for args in (["news/council.txt"], ["news"]):
        code, _, err = _run(capsys, *args)
        assert code == 1 and "warning" not in err


def test_an_mtqa_toml_beside_a_pyproject_with_mtqa_says_which_is_read(project, capsys) -> None:
    (project / "mtqa.toml").write_text('locale = "en-US"\n', encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.mtqa]\nignore = ["repetition"]\n', encoding="utf-8")
    code, out, err = _run(capsys, "--format", "json", "news")
    assert code == 1  # mtqa.toml is read: the doubled word is found
    assert json.loads(out)["files"][0]["locale"] == "en-US"
    assert (f"mtqa: note: {project / 'mtqa.toml'} is used; {project / 'pyproject.toml'}'s [tool.mtqa] "
            "beside it is not read") in err
    assert err.count("mtqa: note:") == 1
    (project / "pyproject.toml").write_text('[tool.black]\nline-length = 99\n', encoding="utf-8")
    _, _, err = _run(capsys, "news")
    assert "note" not in err  # a pyproject without [tool.mtqa] is nobody's configuration


@pytest.mark.parametrize("header", ["[mtqa]", '[mtqa.rules."repetition/doubled-word"]'])
def test_an_mtqa_table_in_mtqa_toml_says_where_settings_go(project, capsys, header) -> None:
    """`[mtqa]` in an mtqa.toml (pyproject's [tool.mtqa] with `tool.` dropped) was "unknown key
    'mtqa'", with no line and no word of where the settings go."""
    (project / "mtqa.toml").write_text(f"# house settings\n\n{header}\nselect = ['quotes']\n", encoding="utf-8")
    code, out, err = _run(capsys, "news")
    assert code == 2 and not out
    assert "mtqa.toml:3: [mtqa]: an mtqa.toml holds its settings at its top level" in err
    assert "[tool.mtqa] is pyproject.toml's table" in err


@pytest.mark.parametrize("where", ["command line", "file"])
def test_an_encoding_named_as_people_write_it_offers_pythons_name(project, capsys, where) -> None:
    """"latin-9" and "cp-1252" are names people type that Python does not know (it knows
    "latin9", "cp1252"); the message said "unknown encoding" and no more."""
    if where == "file":
        (project / "mtqa.toml").write_text('encoding = "latin-9"\n', encoding="utf-8")
        code, _, err = _run(capsys, "news")
        assert code == 2 and "encoding: unknown encoding 'latin-9' (did you mean 'latin9'?)" in err
        return
    for typed, meant in (("cp-1252", "cp1252"), ("utf-9", "utf-8")):
        with pytest.raises(SystemExit) as usage:
            _run(capsys, "--encoding", typed, "news")
        assert usage.value.code == 2
        assert f"unknown encoding {typed!r} (did you mean {meant!r}?)" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # nothing near: no guess
        _run(capsys, "--encoding", "no-such-thing", "news")
    assert capsys.readouterr().err.rstrip().endswith("unknown encoding 'no-such-thing'")
