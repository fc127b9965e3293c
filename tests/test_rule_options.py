"""Rule options: declared beside each rule (mtqa.schema.Option), checked by the shared schema
machinery wherever a value comes from, and listed by `mtqa rules --options`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mtqa import Checker, registry
from mtqa.cli import main
from mtqa.config import Config, load_file
from mtqa.errors import ConfigError, PackError
from mtqa.packs import PackSet
from mtqa.rule import rule
from mtqa.schema import Option, option_problem, option_values
from mtqa.styles import load
from mtqa.testing import findings

RULES_WITH_OPTIONS = [r for r in registry.all_rules() if r.meta.options]


def test_some_rules_take_options() -> None:
    assert len(RULES_WITH_OPTIONS) >= 9


@pytest.mark.parametrize("r", RULES_WITH_OPTIONS, ids=lambda r: r.id)
def test_every_option_is_declared_with_a_doc_and_a_default_that_fits(r) -> None:
    for name, option in r.meta.options.items():
        assert isinstance(option, Option), name
        assert name.isidentifier() and name == name.lower(), name
        assert option.doc and "\n" not in option.doc and len(option.doc) <= 110, name
    assert option_problem(r.meta.options, r.meta.option_defaults) is None


def test_an_option_declared_by_its_default_alone_is_refused() -> None:
    with pytest.raises(ValueError, match="rule widgets/x: option 'limit' must be declared as an Option"):
        rule("widgets/x", category="Fluency/Style", severity="minor", options={"limit": 3})


# ---- the engine (Checker(rule_options=...)): no file, so the rule and the option name it ----

@pytest.mark.parametrize(("options", "message"), [
    ({"repetition/doubled-word": {"alow": []}},
     "rules.'repetition/doubled-word': unknown option 'alow' (did you mean 'allow'?)"),
    ({"titles/spelled-out-rank": {"strict": True}},
     "rules.'titles/spelled-out-rank': unknown option 'strict' (options: accept_official)"),
    ({"repetition/doubled-phrase": {"allow": []}},
     "rules.'repetition/doubled-phrase': unknown option 'allow' (options: none)"),
    ({"quotes/mixed-style": {"require_curly": 1}},
     "rules.'quotes/mixed-style'.require_curly: expected bool, got int"),
    ({"consistency/date-style": {"prefer": "first"}},
     "rules.'consistency/date-style'.prefer: expected one of 'house', 'majority', got 'first'"),
    ({"grammar/improbable-sequence": {"surprise": -1.5}},
     "rules.'grammar/improbable-sequence'.surprise: expected a number > 0, got -1.5"),
    ({"calques/reads-as-translation": {"threshold": float("inf")}},
     "rules.'calques/reads-as-translation'.threshold: expected a finite number, got inf"),
    ({"calques/reads-as-translation": {"threshold": "high"}},
     "rules.'calques/reads-as-translation'.threshold: expected a number, got str"),
    ({"repetition/doubled-word": {"allow": ["Walla Walla", None]}},
     "rules.'repetition/doubled-word'.allow: expected a list of strings, got a list holding NoneType"),
    ({"repetition/doubled-word": ["Walla Walla"]}, "rules.'repetition/doubled-word': expected a table of options"),
    ({"repetition/dubled-word": {"allow": []}},
     "rules.'repetition/dubled-word': unknown rule or family 'repetition/dubled-word' "
     "(did you mean 'repetition/doubled-word'?)"),
    ({"quotes": {"require_curly": True}},
     "rules.'quotes': options are set for one rule, not a family or pattern; of its rules, quotes/mixed-style "
     "takes options"),
    ({"encoding/*": {}}, "rules.'encoding/*': options are set for one rule, not a family or pattern; "
     "none of its rules takes options"),
])
def test_checker_option_errors(options: dict, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        Checker(Config(select=("ALL",), rule_options=options))
    assert str(err.value) == message


def test_an_int_where_a_number_is_declared_is_read_as_a_float() -> None:
    declared = registry.get("calques/reads-as-translation").meta.options
    assert option_problem(declared, {"threshold": 3}) is None
    values = option_values(declared, {"threshold": 3})
    assert values == {"threshold": 3.0} and type(values["threshold"]) is float
    Checker(Config(rule_options={"calques/reads-as-translation": {"threshold": 3}}))  # accepted


def test_a_float_where_an_int_is_declared_is_refused() -> None:
    declared = {"limit": Option(int, 3, "how many", ge=1)}
    assert option_problem(declared, {"limit": 2}) is None
    assert option_problem(declared, {"limit": 2.0}).message == "expected an int >= 1, got float"
    assert option_problem(declared, {"limit": 0}).message == "expected an int >= 1, got 0"
    assert option_problem(declared, {"limit": True}).message == "expected an int >= 1, got bool"
    bounded = {"share": Option(float, 0.5, "a share", ge=0, le=1)}
    assert option_problem(bounded, {"share": 1}) is None
    assert option_problem(bounded, {"share": 1.5}).message == "expected a number from 0 to 1, got 1.5"


def test_options_reach_the_rule() -> None:
    text = "The crowd chanted bang bang at the wall."
    assert [f.rule_id for f in findings(text, "repetition/doubled-word")] == ["repetition/doubled-word"]
    cfg = Config(select=("repetition/doubled-word",), rule_options={"repetition/doubled-word": {"allow": ["bang"]}})
    assert Checker(cfg).check(text).findings == []


# ---- configuration files: the file, the rule, the option and the line ----

def test_a_good_configuration_of_options_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text('[rules."quotes/mixed-style"]\nrequire_curly = true\ncount_display = false\n\n'
                    '[rules."calques/reads-as-translation"]\nthreshold = 3\n\n'
                    '[rules."consistency/date-style"]\nprefer = "majority"\n', encoding="utf-8")
    cfg = load_file(path)
    assert cfg.rule_options["calques/reads-as-translation"] == {"threshold": 3}
    text = '"We are ready," she said.'
    strict = Checker(replace(cfg, select=("quotes/mixed-style",)))
    assert [f.rule_id for f in strict.check(text).findings] == ["quotes/mixed-style"] * 2
    assert findings(text, "quotes/mixed-style") == []  # the rule's default: a story all straight is fine


def test_a_family_table_of_options_is_refused_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text('locale = "en-CA"\n\n[rules.consistency]\nbody_only = false\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == (f"{path}:3: rules.consistency: options are set for one rule, not a family or pattern; "
                              "of its rules, consistency/date-style, consistency/dash-style take options")


def test_a_misspelt_option_in_a_pyproject_names_the_file_line_rule_and_option(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.mtqa.rules."ridings/wrong-dashes"]\naccept_hyphen = false\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == (f"{path}:5: tool.mtqa.rules.'ridings/wrong-dashes': unknown option 'accept_hyphen' "
                              "(did you mean 'accept_hyphens'?)")


# ---- style profiles ----

def _style(tmp_path: Path, rules_table: str) -> Path:
    d = tmp_path / "packs" / "styles"
    d.mkdir(parents=True)
    (d / "house.toml").write_text(f'[style]\nname = "house"\ndescription = "x"\n\n{rules_table}', encoding="utf-8")
    return tmp_path / "packs"


@pytest.mark.parametrize(("table", "message"), [
    ('[rules."consistency/date-style"]\nbody_only = true\nprefr = "house"\n',
     ":7: rules.consistency/date-style: unknown option 'prefr' (did you mean 'prefer'?)"),
    ('[rules."grammar/improbable-sequence"]\nsurprise = 0\n',
     ":6: rules.grammar/improbable-sequence.surprise: expected a number > 0, got 0"),
    ('[rules."quotes/mixed-style"]\napostrophes = "yes"\n',
     ":6: rules.quotes/mixed-style.apostrophes: expected bool, got str"),
])
def test_style_option_errors(tmp_path: Path, table: str, message: str) -> None:
    packs = _style(tmp_path, table)
    with pytest.raises(PackError) as err:
        load("house", [str(packs)])
    assert str(err.value) == f"{packs / 'styles' / 'house.toml'}{message}"


def test_a_style_sets_a_number_option_with_an_int(tmp_path: Path) -> None:
    packs = _style(tmp_path, '[rules."grammar/improbable-sequence"]\nsurprise = 2\n')
    assert load("house", [str(packs)]).rule_options == {"grammar/improbable-sequence": {"surprise": 2}}


# ---- packs: the header is declared too, and has no `locales` ----

def test_a_pack_header_with_locales_is_refused_with_its_line(tmp_path: Path) -> None:
    d = tmp_path / "packs"
    d.mkdir()
    (d / "house.toml").write_text('[pack]\nid = "house"\nschema = 1\nlocales = ["en-CA"]\n', encoding="utf-8")
    with pytest.raises(PackError) as err:
        PackSet([d])
    assert str(err.value) == f"{d / 'house.toml'}:4: pack.locales: unknown key"


# ---- the listing ----

def test_rules_options_lists_type_default_and_doc(capsys) -> None:
    assert main(["rules", "--options", "--all"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    headers = [ln for ln in lines if ln.startswith("[rules.")]
    assert headers == [f'[rules."{r.id}"]' for r in RULES_WITH_OPTIONS]
    prefer = next(ln for ln in lines if ln.strip().startswith("prefer "))
    assert prefer.split()[:6] == ["prefer", "one", "of", "'house',", "'majority'", '"house"']
    assert prefer.endswith(registry.get("consistency/date-style").meta.options["prefer"].doc)
    surprise = next(ln for ln in lines if ln.strip().startswith("surprise "))
    assert surprise.split()[:5] == ["surprise", "number", ">", "0", "1.8"]
    allow = next(ln for ln in lines if ln.strip().startswith("allow "))
    assert allow.split()[:5] == ["allow", "list", "of", "strings", "[]"]


def test_rules_options_for_rules_without_options(capsys) -> None:
    assert main(["rules", "--options", "--select", "encoding"]) == 0
    assert capsys.readouterr().out == "none of these rules takes options\n"


def test_rules_json_lists_options(capsys) -> None:
    assert main(["rules", "--format", "json", "--options", "--all", "--select", "grammar,consistency"]) == 0
    listed = {r["id"]: r["options"] for r in json.loads(capsys.readouterr().out)}
    assert set(listed) == {"grammar/improbable-sequence", "grammar/party-as-plural", "consistency/date-style",
                           "consistency/dash-style"}
    assert [o["name"] for o in listed["grammar/party-as-plural"]] == ["mixed_only"]
    assert listed["grammar/improbable-sequence"] == [{
        "name": "surprise", "type": "number > 0", "default": 1.8, "gt": 0,
        "doc": registry.get("grammar/improbable-sequence").meta.options["surprise"].doc}]
    prefer = listed["consistency/date-style"][1]
    assert (prefer["name"], prefer["default"], prefer["choices"]) == ("prefer", "house", ["house", "majority"])
    assert main(["rules", "--format", "json", "--select", "encoding"]) == 0
    assert all(r["options"] == [] for r in json.loads(capsys.readouterr().out))


def test_explain_ends_with_the_options(capsys) -> None:
    assert main(["explain", "grammar/improbable-sequence"]) == 0
    out = capsys.readouterr().out
    doc = registry.get("grammar/improbable-sequence").meta.options["surprise"].doc
    assert out.endswith('\n## Options ([rules."grammar/improbable-sequence"] in the configuration)\n'
                        f"surprise (number > 0, default 1.8): {doc}\n")
    assert main(["explain", "encoding/mojibake"]) == 0
    assert "## Options" not in capsys.readouterr().out
