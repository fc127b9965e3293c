"""`extend`: a desk's configuration inherits a newsroom's shared file (mtqa.config_extend), in the
command line, the library and `mtqa serve`'s settings. Real files, made in each test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import Checker
from mtqa.cli import main
from mtqa.config import load
from mtqa.errors import ConfigError

STORY = "He said « yes » and it was was late.\n"  # quotes/* and repetition/doubled-word fire


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def newsroom(tmp_path: Path, shared: str, desk: str) -> Path:
    """A shared mtqa.toml at the top, a desk's mtqa.toml extending it; the desk's story."""
    write(tmp_path / "mtqa.toml", shared)
    write(tmp_path / "sports" / "mtqa.toml", 'extend = "../mtqa.toml"\n' + desk)
    return write(tmp_path / "sports" / "today" / "story.txt", STORY)


def rules_run(capsys, story: Path, *options: str) -> tuple[int, set[str], dict]:
    code = main(["check", "--format", "json", "--languagetool", "off", *options, str(story)])
    report = json.loads(capsys.readouterr().out)["files"][0]
    return code, {f["rule"] for f in report["findings"]}, report


def test_a_desk_inherits_the_shared_settings_and_its_ignore_adds_to_theirs(tmp_path: Path, capsys) -> None:
    story = newsroom(tmp_path, 'ignore = ["quotes"]\nfail-under = 12\n', 'ignore = ["repetition"]\n')
    code, got, report = rules_run(capsys, story)
    assert not any(r.startswith(("quotes/", "repetition/")) for r in got), got
    assert report["threshold"] == 12


def test_a_desks_select_starts_over_as_ruffs_does(tmp_path: Path, capsys) -> None:
    story = newsroom(tmp_path, 'ignore = ["repetition/doubled-word"]\n', 'select = ["repetition/doubled-word"]\n')
    assert rules_run(capsys, story)[1] == {"repetition/doubled-word"}


def test_a_desks_setting_replaces_the_shared_one(tmp_path: Path) -> None:
    newsroom(tmp_path, 'locale = "en-GB"\nstyle = "cp"\n', 'locale = "en-US"\n')
    cfg = load(None, start=tmp_path / "sports" / "today")
    assert (cfg.locale, cfg.style) == ("en-US", "cp")
    assert cfg.source_of("locale") == str(tmp_path / "sports" / "mtqa.toml")
    assert cfg.source_of("style") == str(tmp_path / "mtqa.toml")


def test_tables_merge_entry_by_entry_and_patterns_stay_relative_to_their_file(tmp_path: Path, capsys) -> None:
    """The newsroom's per-file ignore matches from the newsroom's folder, the desk's from the desk's."""
    story = newsroom(tmp_path, '[per-file-ignores]\n"sports/today/*" = ["quotes"]\n',
                     '[per-file-ignores]\n"today/*" = ["repetition"]\n')
    got = rules_run(capsys, story)[1]
    assert not any(r.startswith(("quotes/", "repetition/")) for r in got), got


def test_a_chain_of_three_files(tmp_path: Path) -> None:
    write(tmp_path / "base.toml", 'locale = "en-GB"\nfail-under = 80\n')
    write(tmp_path / "group" / "mtqa.toml", 'extend = "../base.toml"\nfail-under = 85\n')
    desk = write(tmp_path / "group" / "desk" / "pyproject.toml",
                 '[tool.mtqa]\nextend = "../mtqa.toml"\nstyle = "cp"\n')
    cfg = load(desk)
    assert (cfg.locale, cfg.fail_under, cfg.style) == ("en-GB", 85.0, "cp")


def test_a_loop_is_an_error_naming_the_files(tmp_path: Path, capsys) -> None:
    write(tmp_path / "a.toml", 'extend = "desk/b.toml"\n')
    write(tmp_path / "desk" / "b.toml", 'extend = "../a.toml"\n')
    story = write(tmp_path / "s.txt", STORY)
    assert main(["check", "--config", str(tmp_path / "a.toml"), str(story)]) == 2
    err = capsys.readouterr().err
    assert "extend one another in a loop" in err and "a.toml" in err and "b.toml" in err
    assert "Traceback" not in err


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path, capsys) -> None:
    write(tmp_path / "mtqa.toml", 'locale = "en-CA"\nextend = "../shared/mtqa.toml"\n')
    story = write(tmp_path / "s.txt", STORY)
    assert main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "mtqa.toml:2: extend: '../shared/mtqa.toml': no such file" in err


def test_an_error_in_the_extended_file_names_that_file(tmp_path: Path) -> None:
    newsroom(tmp_path, 'locale = "en-XX"\n', "")
    with pytest.raises(ConfigError, match=r"mtqa\.toml:1: locale: unknown locale 'en-XX'") as caught:
        load(None, start=tmp_path / "sports")
    assert str(tmp_path / "mtqa.toml") in str(caught.value)


def test_a_style_refused_later_points_into_the_file_that_set_it(tmp_path: Path, capsys) -> None:
    story = newsroom(tmp_path, '\nstyle = "nope"\n', "")
    assert main(["check", str(story)]) == 2
    assert f"{tmp_path / 'mtqa.toml'}:2: style:" in capsys.readouterr().err


def test_the_library_reads_the_chain(tmp_path: Path) -> None:
    newsroom(tmp_path, 'ignore = ["repetition"]\n', "")
    hits = {f.rule_id for f in Checker(load(tmp_path / "sports" / "mtqa.toml")).check(STORY).findings}
    assert "repetition/doubled-word" not in hits
    assert "repetition/doubled-word" in {f.rule_id for f in Checker().check(STORY).findings}


def test_serve_reads_the_chain(tmp_path: Path) -> None:
    from mtqa.serve.settings import Settings

    newsroom(tmp_path, 'style = "cp"\nlocale = "en-GB"\n', 'locale = "en-US"\n')
    cfg = Settings(config=str(tmp_path / "sports" / "mtqa.toml")).load_config()
    assert (cfg.style, cfg.locale) == ("cp", "en-US")

