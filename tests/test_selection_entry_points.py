"""One selection model for every entry point: the same configuration and the same select and
ignore give the rules `mtqa check` runs, whether they come through the library (`Checker`,
`Session`), a Spark job, `mtqa serve`'s `/api/check` or `mtqa rules`.

The configuration ignores a family; the caller's options either add an ignore (which must
add to the file's) or select afresh (which must leave the file's select and ignore behind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import config as config_mod
from mtqa.commands.tasks import CheckerPool
from mtqa.engine import Checker, selected_rules

CONFIG = 'ignore = ["typography"]\nselect = ["typography", "repetition", "quotes", "spelling"]\n'
# (select, ignore) as a caller gives them; None: not given
CHOICES = [
    pytest.param(None, ["spelling"], id="ignore-adds"),
    pytest.param(["typography", "repetition"], None, id="select-starts-over"),
    pytest.param(["typography", "quotes"], ["quotes/wrong-direction"], id="select-with-ignore"),
]


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "mtqa.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def _cli_rules(tmp_path: Path, select, ignore) -> list[str]:
    """The rules `mtqa check --select … --ignore …` runs on a file beside the configuration."""
    overrides = {k: v for k, v in (("select", select), ("ignore", ignore)) if v is not None}
    pool = CheckerPool(overrides, None, False)
    return [r.id for r in selected_rules(pool.config_for(str(tmp_path / "story.txt")))]


def _ids(checker: Checker) -> list[str]:
    return [r.id for r in checker.rules]


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_the_cli_model_is_ruffs(tmp_path: Path, select, ignore) -> None:
    """The reference the other entry points are held to, checked on its own."""
    _config(tmp_path)
    got = _cli_rules(tmp_path, select, ignore)
    assert not any(r.startswith("typography/") for r in got) if select is None else any(
        r.startswith("typography/") for r in got)
    assert all(r.split("/")[0] in ("typography", "repetition", "quotes", "spelling") for r in got)


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_checker_layers_select_and_ignore_as_the_cli(tmp_path: Path, select, ignore) -> None:
    cfg = config_mod.load(_config(tmp_path))
    assert _ids(Checker(cfg, select=select, ignore=ignore, languagetool="off")) == _cli_rules(tmp_path, select, ignore)


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_session_layers_select_and_ignore_as_the_cli(tmp_path: Path, select, ignore) -> None:
    from mtqa.session import Session

    cfg = config_mod.load(_config(tmp_path))
    session = Session.of(cfg, select=select, ignore=ignore, languagetool="off")
    assert _ids(session.checker) == _cli_rules(tmp_path, select, ignore)


def test_checker_takes_one_comma_separated_string_as_before(tmp_path: Path) -> None:
    cfg = config_mod.load(_config(tmp_path))
    assert _ids(Checker(cfg, ignore="spelling, quotes")) == _cli_rules(tmp_path, None, ["spelling", "quotes"])


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_a_spark_job_layers_select_and_ignore_as_the_cli(tmp_path: Path, select, ignore) -> None:
    """The executors' Checker (built from the job's payload; no JVM needed to build it)."""
    from mtqa import spark

    payload = spark._config_payload(str(_config(tmp_path)), None, None, select, ignore)
    assert _ids(spark._checker(payload)) == _cli_rules(tmp_path, select, ignore)


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_serve_api_check_options_layer_as_the_cli(tmp_path: Path, select, ignore) -> None:
    """A request's options.select and options.ignore, through the worker's Checker cache."""
    from mtqa.serve.api import parse_check_input
    from mtqa.serve.checkers import Checkers
    from mtqa.serve.settings import Settings

    options = {k: v for k, v in (("select", select), ("ignore", ignore)) if v is not None}
    inp = parse_check_input({"text": "Made-up copy.", "options": options})
    checkers = Checkers(Settings(config=str(_config(tmp_path)), languagetool="off"))
    assert _ids(checkers.get(**inp.checker_overrides())) == _cli_rules(tmp_path, select, ignore)


@pytest.mark.parametrize(("select", "ignore"), CHOICES)
def test_mtqa_rules_lists_what_check_runs(tmp_path: Path, monkeypatch, capsys, select, ignore) -> None:
    """`mtqa rules` with check's options, in the configuration's folder, reads it as check does."""
    from mtqa.cli import main

    _config(tmp_path)
    monkeypatch.chdir(tmp_path)
    argv = ["rules", "--format", "json", *(["--select", ",".join(select)] if select else []),
            *(["--ignore", ",".join(ignore)] if ignore else [])]
    assert main(argv) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == _cli_rules(tmp_path, select, ignore)


def test_mtqa_rules_isolated_and_config_as_check(tmp_path: Path, monkeypatch, capsys) -> None:
    from mtqa.cli import main
    from mtqa.registry import select as registry_select

    path = _config(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "--format", "json", "--isolated"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [r.id for r in registry_select()]
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert main(["rules", "--format", "json", "--config", str(path)]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == _cli_rules(tmp_path, None, None)
    assert main(["rules", "--isolated", "--config", str(path)]) == 2
    assert "--isolated ignores every configuration file" in capsys.readouterr().err


def test_languagetool_protocol_rule_choices_keep_the_configurations_ignore(tmp_path: Path) -> None:
    """/v2/check's disabledRules make a full list of rules to run; it is no user select, so the
    configuration's ignore still applies (as it did before the layering)."""
    from mtqa.serve.app import Service
    from mtqa.serve.settings import Settings

    service = Service(Settings(config=str(_config(tmp_path)), languagetool="off"))
    some = tuple(i for i in service.default_ids if i != "spelling/affect-for-effect")
    assert not any(r.startswith("typography/") for r in _ids(service.checker_for_rules(some)))
    service.shutdown()


def test_languagetool_protocol_rule_choices_keep_the_configurations_select(tmp_path: Path) -> None:
    """A /v2/check request that names rules (disabledRules) starts from what the configuration
    selects, not from every stable rule: `select = ["repetition"]` held only for requests that
    named none."""
    from mtqa.serve import ltprotocol
    from mtqa.serve.app import Service
    from mtqa.serve.settings import Settings

    path = tmp_path / "mtqa.toml"
    path.write_text('select = ["repetition"]\n', encoding="utf-8")
    service = Service(Settings(config=str(path), languagetool="off"))
    try:
        req = ltprotocol.parse_request({"text": "x", "language": "en-CA", "disabledRules": "SOME_LT_RULE"}, "en-CA")
        choice = ltprotocol.choose(req, service.rules, [])
        rule_ids = choice.rules_for(service.configured_rules(None))
        checker = service.checker_for_rules(rule_ids)
        assert rule_ids and all(r.startswith("repetition/") for r in rule_ids)
        assert all(r.id.startswith("repetition/") for r in checker.rules)
    finally:
        service.shutdown()
