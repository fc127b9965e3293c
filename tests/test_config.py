"""Configuration discovery, validation errors, overrides, per-file settings and severities."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import Checker
from mtqa.config import Config, discover, load, load_file
from mtqa.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovered_upward_from_the_file(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", '[tool.mtqa]\nlocale = "en-GB"\nfail-under = 90\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert discover(nested / "story.txt") == cfg
    loaded = load(start=nested / "story.txt")
    assert (loaded.locale, loaded.fail_under) == ("en-GB", 90.0)


def test_mtqa_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.mtqa]\nlocale = "en-GB"\n')
    write(tmp_path / "mtqa.toml", 'locale = "en-US"\n')
    assert load(start=tmp_path / "x.txt").locale == "en-US"


def test_pyproject_without_mtqa_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert discover(tmp_path / "x.txt") is None


@pytest.mark.parametrize("text, ours", [
    ('[project]\nname = "mtqa"\n', False),  # mentions mtqa, holds no table of its own
    ('[tool.ruff]\nline-length = 9\n', False),
    ('[tool.mtqa]\nlocale = "en-GB"\n', True),
    ('[tool]\nmtqa = { locale = "en-GB" }\n', True),
    ('[tool."\\u006dtqa"]\r\nlocale = "en-GB"\r\n', True),  # an escaped key, CRLF line ends
    ('[tool]\rmtqa = {}\r', True),  # old Mac line ends, read as text reads them
    ('[tool.mtqa\nbroken', True),  # broken, but it says it is ours: its error is reported
    ('[project\nbroken', False),  # broken, not ours
])
def test_whether_a_pyproject_is_ours_is_asked_once_per_content(tmp_path: Path, monkeypatch, text: str, ours: bool) -> None:
    """The answer comes from the cache for the same bytes (no TOML parser then), and an edit
    (a [tool.mtqa] table added or removed) is seen at once."""
    from mtqa import config

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    py = tmp_path / "p" / "pyproject.toml"
    py.parent.mkdir()
    py.write_bytes(text.encode())
    expected = py if ours else None
    assert discover(py.parent / "x.txt") == expected
    parses = []
    monkeypatch.setattr(config, "toml_parser", lambda: parses.append(1) or pytest.fail("parsed again"))
    assert discover(py.parent / "x.txt") == expected
    assert not parses
    monkeypatch.undo()
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    py.write_bytes(b"[tool.other]\n" if ours else b"[tool.mtqa]\n")
    assert discover(py.parent / "x.txt") == (None if ours else py)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("locale = 3\n", "locale: expected str"),
        ("fial-under = 3\n", "unknown key 'fial-under' (did you mean 'fail-under'?)"),
        ("fail-on = 'huge'\n", "fail-on: unknown severity 'huge'"),
        ("select = [1]\n", "select: expected a list of strings"),
        ("[weights]\nminor = -1\n", "weights.minor: expected a number >= 0, got -1"),
        ("fail-under = 150\n", "fail-under: expected a number from 0 to 100, got 150"),
        ("fail-under = nan\n", "fail-under: expected a finite number, got nan"),
        ("languagetool-timeout = 0\n", "languagetool-timeout: expected a number > 0 and <= 86400, got 0"),
        ("languagetool-timeout = -inf\n", "languagetool-timeout: expected a finite number, got -inf"),
        ("[per-file.'x/*']\nfail-under = -3\n", "per-file.'x/*'.fail-under: expected a number from 0 to 100, got -3"),
        ("locale = \n", "invalid TOML"),
        ("[per-file.'x/*']\nrules-dir = ['a']\n", "cannot be set per file"),
    ],
)
def test_malformed_config_names_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "mtqa.toml", body)
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        # the file and the line of the key (as a rule pack's errors: file:LINE:), then the key path as the file writes it
        ("mtqa.toml", 'encoding = "utf-8"\nlocale = 3\n', ":2: locale: expected str, got int"),
        ("mtqa.toml", '[weights]\nminor = 1\nmajor = "five"\n', ":3: weights.major: expected a number >= 0, got str"),
        ("mtqa.toml", "fail-under = true\n", ":1: fail-under: expected a number from 0 to 100, got bool"),
        ("mtqa.toml", 'locale = "en-CA"\ninput-format = "pdf"\n',
         ":2: input-format: unknown input format 'pdf' (known: html, markdown, plain, po, tmx, xliff)"),
        ("mtqa.toml", 'locale = "en-CA"\nencoding = "utf-9"\n', ":2: encoding: unknown encoding 'utf-9' (did you mean 'utf-8'?)"),
        ("mtqa.toml", '[per-file."*.txt"]\nencoding = "latin-11"\n', ":2: per-file.'*.txt'.encoding: unknown encoding 'latin-11' (did you mean 'latin-1'?)"),
        ("mtqa.toml", '[per-file."*.xml"]\ninput-format = "xlif"\n',
         ":2: per-file.'*.xml'.input-format: unknown input format 'xlif' (known: html, markdown, plain, po, tmx, xliff)"),
        ("mtqa.toml", '[per-file."drafts/*"]\nloacle = "en-CA"\n',
         ":2: per-file.'drafts/*': unknown key 'loacle' (did you mean 'locale'?)"),
        ("mtqa.toml", '[per-file."drafts/*"]\nstyle = "cp"\nrules-dir = ["a"]\n',
         ":3: per-file.'drafts/*': key 'rules-dir' cannot be set per file"),
        ("mtqa.toml", '[per-file-ignores]\n"a/*" = [3]\n', ":2: per-file-ignores.'a/*': expected a list of strings"),
        ("mtqa.toml", '[rules]\n"repetition/doubled-word" = 3\n',
         ":2: rules.'repetition/doubled-word': expected a table, got int"),
        ("mtqa.toml", '[severity]\nquotes = "huge"\n', ":2: severity.quotes: unknown severity 'huge' (expected one of minor, major, critical)"),
        # a rule or family the table names, by the line of its own key (not the table's)
        ("mtqa.toml", 'locale = "en-CA"\n\n[severity]\nquotes = "minor"\nconsistncy = "minor"\n',
         ":5: severity: unknown rule or family 'consistncy' (did you mean 'consistency'?)"),
        ("mtqa.toml", 'locale = "en-CA"\n\n[weights]\nminor = 1\nmajr = 5\n',
         ":5: weights: unknown severity 'majr' (expected one of minor, major, critical)"),
        # a rule's options, checked when the file is read against the options the rule declares
        ("mtqa.toml", '[rules."repetition/doubled-word"]\nallow = []\nalow = []\n',
         ":3: rules.'repetition/doubled-word': unknown option 'alow' (did you mean 'allow'?)"),
        ("mtqa.toml", '[rules."quotes/mixed-style"]\nstrictness = 2\n',
         ":2: rules.'quotes/mixed-style': unknown option 'strictness' "
         "(options: across_paragraphs, apostrophes, count_display, require_curly)"),
        ("mtqa.toml", '[rules."repetition/doubled-word"]\nallow = "Walla Walla"\n',
         ":2: rules.'repetition/doubled-word'.allow: expected a list of strings, got str"),
        ("mtqa.toml", '[rules."repetition/doubled-word"]\nallow = ["Walla Walla", 3]\n',
         ":2: rules.'repetition/doubled-word'.allow: expected a list of strings, got a list holding int"),
        ("mtqa.toml", '[rules."quotes/mixed-style"]\nrequire_curly = "yes"\n',
         ":2: rules.'quotes/mixed-style'.require_curly: expected bool, got str"),
        ("mtqa.toml", '[rules."consistency/date-style"]\nbody_only = true\nprefer = "first"\n',
         ":3: rules.'consistency/date-style'.prefer: expected one of 'house', 'majority', got 'first'"),
        ("mtqa.toml", '[rules."grammar/improbable-sequence"]\nsurprise = 0\n',
         ":2: rules.'grammar/improbable-sequence'.surprise: expected a number > 0, got 0"),
        ("mtqa.toml", '[rules."grammar/improbable-sequence"]\nsurprise = true\n',
         ":2: rules.'grammar/improbable-sequence'.surprise: expected a number > 0, got bool"),
        ("mtqa.toml", '[rules."calques/reads-as-translation"]\nthreshold = nan\n',
         ":2: rules.'calques/reads-as-translation'.threshold: expected a finite number, got nan"),
        ("mtqa.toml", '[rules."nosuch/rule"]\nallow = []\n', ":1: rules.'nosuch/rule': unknown rule or family 'nosuch/rule'"),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.mtqa]\nlocale = "en-CA"\nfial-under = 3\n',
         ":6: tool.mtqa: unknown key 'fial-under' (did you mean 'fail-under'?)"),
        ("pyproject.toml", "[tool]\nmtqa = 3\n", ":2: tool.mtqa: expected a table"),
    ],
)
def test_config_errors_name_the_line_and_the_key_path(tmp_path: Path, name: str, body: str, expected: str) -> None:
    path = write(tmp_path / name, body)
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == f"{path}{expected}"


def test_a_setting_that_takes_names_takes_one_or_several(tmp_path: Path) -> None:
    cfg = load_file(write(tmp_path / "mtqa.toml", 'select = "quotes"\nignore = ["typography/doubled-space", "spelling"]\n'))
    assert cfg.select == ("quotes",) and cfg.ignore == ("typography/doubled-space", "spelling")


def test_unknown_rule_in_config_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown rule or family 'nosuch'"):
        Checker(Config(select=("nosuch",)))
    with pytest.raises(ConfigError, match="severity: unknown rule or family 'nosuch'"):
        Checker(Config(severity={"nosuch": "minor"}))


def test_unknown_locale_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown locale 'fr-XX'"):
        Checker(locale="fr-XX")


def test_severity_override_by_family_and_rule() -> None:
    text = "The the cat."
    assert Checker(select=["repetition"]).check(text).findings[0].severity.value == "major"
    assert Checker(Config(select=("repetition",), severity={"repetition": "minor"})).check(text).findings[0].severity.value == "minor"
    cfg = Config(select=("repetition",), severity={"repetition": "minor", "repetition/doubled-word": "critical"})
    report = Checker(cfg).check(text)
    assert report.findings[0].severity.value == "critical"
    assert not report.passed  # a critical finding fails whatever the score


def test_rule_options_are_validated() -> None:
    with pytest.raises(ConfigError, match="unknown option 'alow'"):
        Checker(Config(rule_options={"repetition/doubled-word": {"alow": []}}))
    with pytest.raises(ConfigError, match="expected a list of strings"):
        Checker(Config(rule_options={"repetition/doubled-word": {"allow": "x"}}))


def test_per_file_settings(tmp_path: Path) -> None:
    path = write(tmp_path / "mtqa.toml", '[per-file-ignores]\n"archive/*" = ["repetition"]\n'
                 '[per-file."drafts/*"]\nfail-under = 50\n')
    cfg = load_file(path)
    assert "repetition" in cfg.for_file(str(tmp_path / "archive" / "a.txt")).ignore
    assert "repetition" not in cfg.for_file(str(tmp_path / "news" / "a.txt")).ignore
    assert cfg.for_file(str(tmp_path / "drafts" / "d.txt")).fail_under == 50.0


def test_rules_dir_is_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path / "conf" / "mtqa.toml", 'rules-dir = ["packs"]\n')
    (tmp_path / "conf" / "packs").mkdir()
    assert load_file(path).rules_dir == (str((tmp_path / "conf" / "packs").resolve()),)


def test_an_unknown_style_in_a_configuration_file_names_the_file_key_and_line(tmp_path, capsys) -> None:
    from mtqa.cli import main

    (tmp_path / "mtqa.toml").write_text('locale = "en-CA"\nstyle = "apx"\n', encoding="utf-8")
    (tmp_path / "s.txt").write_text("The minister spoke.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "s.txt")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'mtqa.toml'}:2: style: no such style: 'apx'" in err
    assert main(["check", "--isolated", "--style", "apy", str(tmp_path / "s.txt")]) == 2
    assert "mtqa.toml" not in capsys.readouterr().err  # named on the command line: no file to blame


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ('locale = "en-CA"\n\n[per-file]\n"*.txt" = { style = "apx" }\n', 4),  # an inline table
        ('locale = "en-CA"\nper-file."*.txt".style = "apx"\n', 2),  # a dotted key
        ('locale = "en-CA"\n\n[per-file."*.txt"]\nstyle = "apx"\n', 4),  # a table of its own
    ],
)
def test_an_unknown_style_set_per_file_names_its_line(tmp_path, capsys, body: str, line: int) -> None:
    from mtqa.cli import main

    (tmp_path / "mtqa.toml").write_text(body, encoding="utf-8")
    (tmp_path / "s.txt").write_text("The minister spoke.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "s.txt")]) == 2
    err = capsys.readouterr().err
    assert f"mtqa.toml:{line}: per-file.'*.txt'.style: no such style: 'apx'" in err


def test_a_wrong_value_in_an_inline_per_file_table_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "mtqa.toml", 'locale = "en-CA"\n[per-file]\n"drafts/*" = { locale = 3 }\n')
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == f"{path}:3: per-file.'drafts/*'.locale: expected str, got int"


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        # the parser gives no line for a file cut short: the last line holding anything
        ("mtqa.toml", 'locale = "en-CA"\nselect = [\n\n', ":2: invalid TOML: Invalid value at the end of the file (column 11)"),
        ("mtqa.toml", "locale = ", ":1: invalid TOML: Invalid value at the end of the file (column 9)"),
        # the parser's own position, said as every configuration error says it
        ("mtqa.toml", "locale = 1\nlocale = 2\n", ":2: invalid TOML: Cannot overwrite a value (column 11)"),
        ("pyproject.toml", '[tool.mtqa]\nselect = ["quotes"\n', ":2: invalid TOML: Unclosed array at the end of the file (column 19)"),
    ],
)
def test_invalid_toml_names_a_line_and_column(tmp_path: Path, name: str, body: str, expected: str) -> None:
    path = write(tmp_path / name, body)
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == f"{path}{expected}"


def test_a_rules_dir_the_file_names_that_does_not_exist_names_the_file_key_and_line(tmp_path: Path) -> None:
    """The README's example sets `rules-dir = ["house-rules"]`: copied into a project without that
    folder, the error says which file and key name it, not only the folder."""
    path = write(tmp_path / "pyproject.toml", '[tool.mtqa]\nlocale = "en-CA"\nrules-dir = ["house-rules"]\n')
    with pytest.raises(ConfigError) as err:
        load_file(path)
    assert str(err.value) == (f"{path}:3: tool.mtqa.rules-dir: folder 'house-rules' does not exist "
                              f"(looked for {tmp_path.resolve() / 'house-rules'})")
    (tmp_path / "house-rules").mkdir()
    assert load_file(path).rules_dir == (str(tmp_path.resolve() / "house-rules"),)


def _rules_run(tmp_path: Path, capsys, config: str, *options: str) -> set[str]:
    """The rule ids `mtqa check` reports on a made-up story under `config`, with `options`."""
    import json

    from mtqa.cli import main

    write(tmp_path / "mtqa.toml", config)
    story = write(tmp_path / "desk" / "story.txt", "He said « yes » and it was was late.\n")
    main(["check", "--format", "json", "--languagetool", "off", *options, str(story)])
    return {f["rule"] for file in json.loads(capsys.readouterr().out)["files"] for f in file["findings"]}


def test_a_command_line_select_starts_over_as_ruffs_does(tmp_path: Path, capsys) -> None:
    """ruff's model: the command line's --select starts the selection, the configuration's
    select and ignore are left behind; a rule the file ignores runs when --select names it."""
    got = _rules_run(tmp_path, capsys, 'ignore = ["repetition/doubled-word"]\n', "--select", "repetition/doubled-word")
    assert got == {"repetition/doubled-word"}


def test_a_command_line_ignore_adds_to_the_configurations(tmp_path: Path, capsys) -> None:
    """With no --select, the configuration's selection stands and --ignore adds to its ignore."""
    got = _rules_run(tmp_path, capsys, 'ignore = ["quotes"]\n', "--ignore", "repetition")
    assert not any(r.startswith(("quotes/", "repetition/")) for r in got), got


@pytest.mark.parametrize("option", ["--ignore", "--select"])
def test_per_file_ignores_apply_whatever_the_command_line_says(tmp_path: Path, capsys, option: str) -> None:
    got = _rules_run(tmp_path, capsys, '[per-file-ignores]\n"desk/*" = ["repetition/doubled-word"]\n',
                     option, "typography" if option == "--ignore" else "repetition,quotes")
    assert "repetition/doubled-word" not in got and any(r.startswith("quotes/") for r in got), got
