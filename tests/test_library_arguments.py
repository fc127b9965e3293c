"""The library's documented calls with wrong arguments: a TypeError or ConfigError that names the
argument, raised where the call is made, never an AttributeError from deep inside, and never a
string taken apart letter by letter."""

from __future__ import annotations

import pytest

import mtqa
from mtqa.errors import ConfigError


@pytest.mark.parametrize(("kwargs", "says"), [
    ({"locale": 5}, "locale: expected a str, got int"),
    ({"style": ["cp"]}, "style: expected a str, got list"),
    ({"fail_on": 1}, "fail_on: expected a str, got int"),
    ({"select": 5}, "select: expected a list of rule ids, families or globs"),
    ({"ignore": [1, 2]}, "ignore: expected a list of rule ids, families or globs"),
    ({"rules_dir": 3}, "rules_dir: expected a list of folders"),
    ({"preview": "yes"}, "preview: expected True or False, got str"),
    ({"severity": ["quotes"]}, "severity: expected a dict, got list"),
])
def test_a_checker_option_of_the_wrong_type_is_a_type_error_naming_it(kwargs, says) -> None:
    with pytest.raises(TypeError, match=says.replace("(", r"\(")):
        mtqa.Checker(**kwargs)


def test_select_as_one_string_is_read_as_the_command_line_reads_it() -> None:
    """A string is not split into letters ('unknown rule or family 'q''): comma-separated, as
    --select and /api's options take it."""
    checker = mtqa.Checker(select="quotes, repetition")
    assert {r.meta.family for r in checker.rules} == {"quotes", "repetition"}
    with pytest.raises(ConfigError, match="select: unknown rule or family 'quotez'"):
        mtqa.Checker(select="quotez")


def test_rules_dir_as_one_path_is_one_folder(tmp_path) -> None:
    assert mtqa.Checker(rules_dir=str(tmp_path)).config.rules_dir == (str(tmp_path),)
    assert mtqa.Checker(rules_dir=tmp_path).config.rules_dir == (str(tmp_path),)


def test_check_many_refuses_one_string_at_the_call() -> None:
    checker = mtqa.Checker(select=["repetition"])
    with pytest.raises(TypeError, match="check_many takes an iterable of texts, not one str"):
        checker.check_many("He said the the talks resumed.")
    with pytest.raises(TypeError, match="check_many takes an iterable of texts, not NoneType"):
        checker.check_many(None)  # type: ignore[arg-type]
    assert [len(r.findings) for r in checker.check_many(["He said the the talks resumed.", "Fine."])] == [1, 0]


def test_session_refuses_what_is_not_a_checker_and_an_unknown_format() -> None:
    from mtqa.session import Session

    with pytest.raises(TypeError, match=r"Session needs a Checker, not NoneType \(Session.of\(config\) builds one\)"):
        Session(None)  # type: ignore[arg-type]
    report = mtqa.check("He said the the talks resumed.")
    with pytest.raises(ValueError, match=r"unknown report format 'yaml' \(known: github, html, json, junit, sarif, text\)"):
        Session.render([report], "yaml")
    with pytest.raises(TypeError, match=r"render takes a list of Reports, not one Report \(\[report\]\)"):
        Session.render(report, "text")  # type: ignore[arg-type]
    assert "repetition/doubled-word" in Session.render([report], "text")


def test_a_config_built_by_hand_is_held_to_the_same_types() -> None:
    """`Config` is public: Checker(Config(locale=5)) was the same AttributeError, and
    Config(select="quotes") the same letter-by-letter selection."""
    with pytest.raises(TypeError, match="locale: expected a str, got int"):
        mtqa.Checker(mtqa.Config(locale=5))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="preview: expected True or False, got str"):
        mtqa.Checker(mtqa.Config(preview="yes"))  # type: ignore[arg-type]
    checker = mtqa.Checker(mtqa.Config(select="quotes"))  # type: ignore[arg-type]
    assert {r.meta.family for r in checker.rules} == {"quotes"}


def test_session_keep_refuses_none_and_takes_any_iterable_of_findings() -> None:
    from mtqa.session import Session

    session = Session(mtqa.Checker())
    report = session.check("He said the the talks resumed.")
    with pytest.raises(TypeError, match=r"keep takes the findings to keep \(a list of Findings\), not NoneType"):
        session.keep(report, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"keep takes the findings to keep \(a list of Findings\), not str"):
        session.keep(report, "repetition/doubled-word")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"keep takes a Report, not str"):
        session.keep("He said", [])  # type: ignore[arg-type]
    kept = session.keep(report, (f for f in report.findings if f.rule_id != "repetition/doubled-word"))
    assert isinstance(kept.findings, list)
    assert "repetition/doubled-word" not in {f.rule_id for f in kept.findings}
    assert kept.score >= report.score


def test_an_empty_style_is_refused_not_read_as_the_default() -> None:
    with pytest.raises(ConfigError, match=r"the style name is empty \(styles: .*default"):
        mtqa.Checker(style="")
