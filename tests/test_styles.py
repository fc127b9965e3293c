"""House styles: each profile passes copy another fails; config, CLI, --rules-dir, precedence, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import Checker
from mtqa.cli import main
from mtqa.config import load_file
from mtqa.errors import ConfigError, PackError
from mtqa.styles import available, load, read
from mtqa.testing import findings

# Hill Times forms: a spelled-out rank before a full name and a hyphenated riding name.
HILL_TIMES = ("Vice-Admiral Jane Roy met Liberal MP Ann Lee (Chilliwack-Hope, B.C.) on Monday, "
              "and the two spoke to reporters.")
# Straight quotes in the headline and caption, curly ones in the body.
DISPLAY_QUOTES = ("Premier says \"no deal\" on health funding\n\n"
                  "The premier speaks in Regina on Monday. THE DAILY PLANET/Jane Doe\n\n"
                  "EDMONTON — “There is no deal,” the premier said on Monday.\n\n"
                  "“We will keep talking,” she added.")
# Months spelled out before days, consistently.
SPELLED_MONTHS = "The vote was held on January 7, and the count ended on February 9."


def _rules(text: str, style: str | None, select=None) -> list[str]:
    report = Checker(style=style, select=select).check(text)
    return [f.rule_id for f in report.findings]


def test_builtin_profiles_are_listed_and_valid() -> None:
    profiles = available()
    assert {"default", "cp", "hill-times"} <= set(profiles)
    for name, path in profiles.items():
        style = read(path)
        assert style.name == name and style.description


def test_hill_times_forms_pass_default_and_hill_times_but_not_cp() -> None:
    assert _rules(HILL_TIMES, None) == []
    assert _rules(HILL_TIMES, "hill-times") == []
    assert sorted(_rules(HILL_TIMES, "cp")) == ["ridings/wrong-dashes", "titles/spelled-out-rank"]
    cp = Checker(style="cp").check(HILL_TIMES)
    assert [f.text for f in cp.findings if f.rule_id == "ridings/wrong-dashes"] == ["Chilliwack-Hope"]
    assert [f.suggestions[0] for f in cp.findings if f.rule_id == "ridings/wrong-dashes"] == ["Chilliwack—Hope"]


def test_straight_quotes_in_display_lines_pass_default_not_cp() -> None:
    assert findings(DISPLAY_QUOTES, "quotes/mixed-style") == []
    strict = findings(DISPLAY_QUOTES, "quotes/mixed-style", style="cp")
    assert [f.text for f in strict] == ['"', '"']
    assert [f.suggestions for f in strict] == [("“",), ("”",)]


def test_straight_quotes_in_body_copy_are_mixed_in_every_style() -> None:
    text = "“There is no deal,” the premier said.\n\n\"We will keep talking,\" she added. “Soon,” he said."
    for style in ("default", "cp", "hill-times"):
        assert [f.text for f in findings(text, "quotes/mixed-style", style=style)] == ['"', '"'], style


def test_apostrophes_are_checked_only_in_strict_cp() -> None:
    text = "Canada’s plan and Ottawa’s budget met Quebec's objections."
    assert findings(text, "quotes/mixed-style") == []
    strict = findings(text, "quotes/mixed-style", style="cp")
    assert [(f.text, f.suggestions) for f in strict] == [("'", ("’",))]


def test_spelled_out_months_pass_default_and_hill_times_not_cp() -> None:
    assert _rules(SPELLED_MONTHS, None) == []
    assert _rules(SPELLED_MONTHS, "hill-times") == []
    strict = Checker(style="cp").check(SPELLED_MONTHS)
    assert [(f.rule_id, f.text) for f in strict.findings] == [
        ("abbreviations/house-style", "January 7"), ("abbreviations/house-style", "February 9")]


def test_mixed_months_follow_cp_by_default_and_the_majority_in_hill_times() -> None:
    text = "Talks began on January 7 and resumed on February 9, then ended on Nov. 3."
    assert [f.text for f in findings(text, "consistency/date-style")] == ["January 7", "February 9"]
    assert [f.text for f in findings(text, "consistency/date-style", style="hill-times")] == ["Nov. 3"]


def test_time_stamps_do_not_count_as_the_story_s_dates() -> None:
    text = "Posted November 18, 2023 6:20 pm\n\nThe vote was on Nov. 3 and the count ended Nov. 4."
    assert findings(text, "consistency/date-style") == []
    assert [f.text for f in findings(text, "consistency/date-style", style="cp")] == ["November 18"]


def test_report_names_the_style(tmp_path: Path, capsys) -> None:
    assert Checker().check("Text.").style == "default"
    assert Checker(style="cp").check("Text.").to_dict()["style"] == "cp"
    (tmp_path / "s.txt").write_text("The vote was held on Monday.", encoding="utf-8")
    main(["check", "--no-color", "--style", "cp", str(tmp_path / "s.txt")])
    assert "style cp" in capsys.readouterr().out
    main(["check", "--no-color", str(tmp_path / "s.txt")])
    assert ", style" not in capsys.readouterr().out  # the default style is not worth a mention


def test_users_selection_severity_and_options_win_over_the_profile(tmp_path: Path) -> None:
    packs = _user_style(tmp_path, 'ignore = ["titles"]\n\n[style]\nname = "house"\ndescription = "No titles"\n\n'
                                  '[severity]\n"ridings" = "major"\n')
    # the profile ignores the titles family; a user who selects a rule of it by id gets it
    chk = Checker(style="house", rules_dir=[str(packs)], rule_options={"titles/spelled-out-rank": {"accept_official": False}})
    assert "titles/spelled-out-rank" not in [r.id for r in chk.rules]
    chk = Checker(style="house", rules_dir=[str(packs)], select=["titles/spelled-out-rank"],
                  rule_options={"titles/spelled-out-rank": {"accept_official": False}})
    assert [f.rule_id for f in chk.check(HILL_TIMES).findings] == ["titles/spelled-out-rank"]
    # the profile's severity replaces the rule's; the user's replaces the profile's
    sev = {f.severity.value for f in Checker(style="house", rules_dir=[str(packs)], select=["ridings"],
                                             rule_options={"ridings/wrong-dashes": {"accept_hyphens": False}}
                                             ).check(HILL_TIMES).findings}
    assert sev == {"major"}
    sev = {f.severity.value for f in Checker(style="house", rules_dir=[str(packs)], select=["ridings"],
                                             severity={"ridings/wrong-dashes": "critical"},
                                             rule_options={"ridings/wrong-dashes": {"accept_hyphens": False}}
                                             ).check(HILL_TIMES).findings}
    assert sev == {"critical"}
    # cp asks for em dashes; the user's own option wins
    chk = Checker(style="cp", select=["ridings"], rule_options={"ridings/wrong-dashes": {"accept_hyphens": True}})
    assert chk.check(HILL_TIMES).findings == []
    # the user's ignore always applies
    assert "titles/spelled-out-rank" not in [
        f.rule_id for f in Checker(style="cp", ignore=["titles"]).check(HILL_TIMES).findings]


def test_style_in_config_and_per_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "mtqa.toml").write_text('style = "cp"\n[per-file]\n"ht/**" = { style = "hill-times" }\n',
                                        encoding="utf-8")
    (tmp_path / "ht").mkdir()
    (tmp_path / "story.txt").write_text(HILL_TIMES, encoding="utf-8")
    (tmp_path / "ht" / "story.txt").write_text(HILL_TIMES, encoding="utf-8")
    cfg = load_file(tmp_path / "mtqa.toml")
    assert cfg.style == "cp" and cfg.for_file(str(tmp_path / "ht" / "story.txt")).style == "hill-times"
    code = main(["check", "--format", "json", str(tmp_path / "story.txt"), str(tmp_path / "ht" / "story.txt")])
    files = json.loads(capsys.readouterr().out)["files"]
    assert [(f["style"], len(f["findings"])) for f in files] == [("cp", 2), ("hill-times", 0)]
    assert code in (0, 1)
    # the command line wins over the file
    main(["check", "--format", "json", "--style", "default", str(tmp_path / "story.txt")])
    assert json.loads(capsys.readouterr().out)["files"][0]["style"] == "default"


def test_unknown_style_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "s.txt").write_text("Text.", encoding="utf-8")
    assert main(["check", "--style", "nyt", str(tmp_path / "s.txt")]) == 2
    err = capsys.readouterr().err
    assert "no such style: 'nyt'" in err and "cp" in err and "Traceback" not in err
    with pytest.raises(ConfigError):
        load("nyt")


def test_an_empty_style_is_a_usage_error_on_the_command_line_and_in_the_config(tmp_path: Path, capsys) -> None:
    """`--style ""` (a variable that did not expand) is refused, not read as the default style."""
    (tmp_path / "s.txt").write_text("Text.", encoding="utf-8")
    assert main(["check", "--style", "", str(tmp_path / "s.txt")]) == 2
    err = capsys.readouterr().err
    assert "the style name is empty" in err and "default" in err and "Traceback" not in err
    (tmp_path / "mtqa.toml").write_text('style = ""\n', encoding="utf-8")
    assert main(["check", "--config", str(tmp_path / "mtqa.toml"), str(tmp_path / "s.txt")]) == 2
    err = capsys.readouterr().err
    assert "mtqa.toml:1: style: the style name is empty" in err
    with pytest.raises(ConfigError, match="the style name is empty"):
        load("")
    assert load(None).name == "default"


def _user_style(tmp_path: Path, body: str, name: str = "house") -> Path:
    d = tmp_path / "packs" / "styles"
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{name}.toml").write_text(body, encoding="utf-8")
    return tmp_path / "packs"


def test_rules_dir_adds_a_style(tmp_path: Path, capsys) -> None:
    packs = _user_style(tmp_path, 'ignore = ["ridings"]\n\n[style]\nname = "house"\ndescription = "Our desk"\n\n'
                                  '[rules."quotes/mixed-style"]\nrequire_curly = true\n')
    assert "house" in available([str(packs)])
    chk = Checker(style="house", rules_dir=[str(packs)])
    assert [f.rule_id for f in chk.check(HILL_TIMES + " He said \"no.\"").findings] == [
        "quotes/mixed-style", "quotes/mixed-style"]
    assert main(["styles", "--rules-dir", str(packs)]) == 0
    assert "house" in capsys.readouterr().out


@pytest.mark.parametrize(("body", "line", "what"), [
    ('[style]\nname = "house"\ndescription = "x"\ncolour = "red"\n', 4, "unknown key"),
    ('ignore = ["quotes/no-such-rule"]\n\n[style]\nname = "house"\ndescription = "x"\n', 1, "unknown rule"),
    ('[style]\nname = "house"\ndescription = "x"\n\n[rules."quotes/mixed-style"]\nrequire_curly = "yes"\n', 6,
     "expected bool"),
    ('[style]\nname = "house"\ndescription = "x"\n\n[rules."quotes/mixed-style"]\nstrictness = 2\n', 6,
     "unknown option"),
    ('[style]\nname = "other"\ndescription = "x"\n', 2, "file name says"),
    ('[severity]\n"quotes" = "fatal"\n\n[style]\nname = "house"\ndescription = "x"\n', 2, "severity must be"),
    ('[style]\nname = "house"\ndescription = "x"\nselect = [,]\nignore = []\n', 4, "invalid TOML"),
])
def test_a_broken_profile_names_file_and_line(tmp_path: Path, body: str, line: int, what: str) -> None:
    packs = _user_style(tmp_path, body)
    with pytest.raises(PackError) as exc:
        load("house", [str(packs)])
    msg = str(exc.value)
    assert f"house.toml:{line}:" in msg and what in msg


def test_a_broken_profile_on_the_command_line_exits_2(tmp_path: Path, capsys) -> None:
    packs = _user_style(tmp_path, '[style]\nname = "house"\n')
    (tmp_path / "s.txt").write_text("Text.", encoding="utf-8")
    assert main(["check", "--rules-dir", str(packs), "--style", "house", str(tmp_path / "s.txt")]) == 2
    assert "house.toml" in capsys.readouterr().err


def test_a_user_style_travels_to_spark_executors(tmp_path: Path) -> None:
    """The Spark job ships each rules-dir's style profiles with its packs (no Spark needed to check)."""
    from mtqa.config import Config
    from mtqa.spark import _checker, _config_payload

    packs = _user_style(tmp_path, '[style]\nname = "house"\ndescription = "Our desk"\n\n'
                                  '[rules."ridings/wrong-dashes"]\naccept_hyphens = false\n')
    payload = _config_payload(Config(style="house", rules_dir=(str(packs),)), None, "off")
    assert "styles/house.toml" in payload["packs"]["0"]
    checker = _checker(payload)
    assert checker.style.name == "house"
    assert [f.rule_id for f in checker.check(HILL_TIMES).findings] == ["ridings/wrong-dashes"]


def test_profiles_are_listed_as_a_glob_of_toml_files_lists_them(tmp_path: Path) -> None:
    """`available` lists a folder's profiles without `Path.glob` (whose pattern `re` compiles in
    every check): the same files, in the same order, a later one of the same stem winning."""
    from mtqa import styles

    folder = tmp_path / "rules"
    (folder / "styles").mkdir(parents=True)
    for name in ("house.toml", "a.toml", "B.toml", ".hidden.toml", ".toml", ".toml.toml", "x.toml.bak", "y.TOML",
                 "notes.txt", "wire.toml"):
        (folder / "styles" / name).write_text("", encoding="utf-8")
    (folder / "styles" / "dir.toml").mkdir()
    listed = styles._toml_files(folder / "styles")
    assert listed == sorted((folder / "styles").glob("*.toml"))
    found = available([folder])
    assert {k: v for k, v in found.items() if v.parent == folder / "styles"} == {
        f.stem: f for f in sorted((folder / "styles").glob("*.toml"))}
    assert found[".toml"].name == ".toml.toml"  # sorted after ".toml", so it wins as the glob's order says
    assert styles._toml_files(tmp_path / "missing") == []
