"""CLI wording and small tools (issue 12, items 14, 17, 18, 19)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from mtqa.cli import main


def exit_code(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


def test_explain_a_family_lists_its_rules(capsys) -> None:
    assert main(["explain", "quotes"]) == 0
    out = capsys.readouterr()
    assert "quotes/wrong-direction" in out.out and "did you mean" not in out.out + out.err


def test_unknown_rule_never_suggests_itself(capsys) -> None:
    assert main(["explain", "quotes/nope"]) == 2
    err = capsys.readouterr().err
    assert 'no such rule: "quotes/nope"' in err and "did you mean 'quotes/nope'" not in err


def test_rules_preview_is_accepted(capsys) -> None:
    assert exit_code(["rules", "--preview"]) == 0
    assert "(preview)" in capsys.readouterr().out


@pytest.mark.parametrize(("toml", "needle"), [
    ('select = ["quotez"]\n', "mtqa.toml:1: select: unknown rule or family 'quotez'"),
    ('ignore = ["typography/double-space"]\n', "mtqa.toml:1: ignore: unknown rule or family"),
    ('locale = "fr-FR"\n', "mtqa.toml:1: locale: unknown locale 'fr-FR'"),
    ('[severity]\n"quotez" = "minor"\n', "mtqa.toml:2: severity: unknown rule or family 'quotez'"),
    ('[per-file-ignores]\n"a/*" = ["quotez"]\n', "mtqa.toml:2: per-file-ignores"),
])
def test_config_errors_about_rules_and_locales_name_the_file(tmp_path: Path, capsys, toml: str, needle: str) -> None:
    (tmp_path / "mtqa.toml").write_text(toml, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The talks resumed.\n", encoding="utf-8")
    assert main(["check", str(story)]) == 2
    assert needle in capsys.readouterr().err


def test_the_config_module_docstring_example_loads(tmp_path: Path) -> None:
    import mtqa.config as config
    from mtqa import Checker

    doc = config.__doc__
    example = doc[doc.index("\n    [tool.mtqa]") + 1:]
    body = "\n".join(line[4:] for line in example.splitlines())
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    (tmp_path / "house-rules").mkdir()
    cfg = config.load_file(tmp_path / "pyproject.toml")
    Checker(cfg)  # every rule, family and locale it names exists


def test_a_pack_pattern_that_times_out_is_noted_in_the_report(tmp_path: Path) -> None:
    from mtqa import Checker

    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "calques.toml").write_text(
        '[pack]\nid = "calques"\nschema = 1\n\n[[calque]]\npattern = "(a|aa)+c"\nfrench = "test"\nsense = "test"\n',
        encoding="utf-8")
    # "ac" later in the paragraph: the pattern's required text is there, so it is searched
    # (mtqa.rules.calques.literals), and the run of a's before it makes the search time out.
    text = "A first paragraph.\n\nThe the report said " + "a" * 40 + "b was found in a sac."
    report = Checker(rules_dir=(str(packs),), select=["calques", "repetition"], languagetool="off").check(text)
    assert [f.rule_id for f in report.findings] == ["repetition/doubled-word"]
    assert any(re.search(r"^calques/[a-z-]+: partial: paragraph 2 \(line 3\) .*\(a\|aa\)\+c.*timed out", n)
               for n in report.notes), report.notes


def test_new_rule_in_an_existing_family_keeps_mtqa_importable(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for part in ("mtqa", "rules", "scripts", "tests"):
        shutil.copytree(ROOT / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    for family in ("typography", "repetition"):
        proc = subprocess.run([sys.executable, "scripts/new_rule.py", family, "stray-widget"], cwd=tree,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    probe = subprocess.run([sys.executable, "-c", "import mtqa; from mtqa import registry; "
                            "print(registry.get('typography/stray-widget').meta.status.value, "
                            "registry.get('repetition/stray-widget').meta.status.value)"],
                           cwd=tree, capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["preview", "preview"]


def _state_dir(script: Path, env: dict) -> str:
    out = subprocess.run(["bash", str(script), "--help"], capture_output=True, text=True, env=env).stdout
    return re.search(r"^  state: (.+)$", out, re.MULTILINE).group(1)


def test_languagetool_state_is_per_checkout(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MTQA_LT_STATE"}
    env["MTQA_LT_CACHE"] = str(tmp_path / "cache")
    dirs = []
    for clone in ("one", "two"):
        scripts = tmp_path / clone / "scripts"
        scripts.mkdir(parents=True)
        shutil.copy(ROOT / "scripts" / "languagetool-server", scripts)
        dirs.append(_state_dir(scripts / "languagetool-server", env))
    assert dirs[0] != dirs[1] and all(d.startswith(str(tmp_path / "cache")) for d in dirs)
    env["MTQA_LT_STATE"] = str(tmp_path / "mine")  # still honoured, as before
    assert _state_dir(tmp_path / "one" / "scripts" / "languagetool-server", env) == str(tmp_path / "mine")


def test_readme_rule_count_is_the_registry_count() -> None:
    from mtqa import registry

    rules = registry.all_rules()
    families = {r.meta.family for r in rules}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"(\d+) rules in (\d+) families", readme)
    assert m and (int(m.group(1)), int(m.group(2))) == (len(rules), len(families))


def test_unsafe_fixes_without_fix_or_diff_is_refused_not_ignored(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The minister said the the talks would resume.\n", encoding="utf-8")
    assert exit_code(["check", "--isolated", "--unsafe-fixes", str(story)]) == 2
    err = capsys.readouterr().err
    assert "--unsafe-fixes applies fixes only with --fix or --diff" in err
    assert story.read_text(encoding="utf-8") == "The minister said the the talks would resume.\n"
    assert exit_code(["check", "--isolated", "--unsafe-fixes", "--diff", str(story)]) in (0, 1)


def test_an_unknown_rule_is_named_as_the_user_wrote_the_setting(tmp_path: Path, capsys) -> None:
    from mtqa import Checker
    from mtqa.errors import ConfigError

    with pytest.raises(ConfigError) as err:
        Checker(select=["nosuch"])
    assert str(err.value).startswith("select: unknown rule or family 'nosuch'")  # the library's word
    with pytest.raises(ConfigError) as err:
        Checker(ignore=["nosuch"])
    assert str(err.value).startswith("ignore: unknown rule or family 'nosuch'")
    story = tmp_path / "story.txt"
    story.write_text("The minister spoke.\n", encoding="utf-8")
    assert exit_code(["check", "--isolated", "--select", "nosuch", str(story)]) == 2
    assert "--select: unknown rule or family 'nosuch'" in capsys.readouterr().err  # the command line's
    assert exit_code(["check", "--isolated", "--ignore", "nosuch", str(story)]) == 2
    assert "--ignore: unknown rule or family 'nosuch'" in capsys.readouterr().err
    assert exit_code(["rules", "--select", "nosuch"]) == 2
    assert "--select: unknown rule or family 'nosuch'" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["", ",", " , "])
@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_an_empty_select_or_ignore_is_refused_not_read_as_every_rule(tmp_path: Path, capsys, option: str,
                                                                     value: str) -> None:
    """`--select "$RULES"` with the variable unset ran every rule, without a word (stop 47): it is
    refused, as ruff refuses it, for check and rules alike; a stray comma beside names is not."""
    story = tmp_path / "story.txt"
    story.write_text("The minister said the the talks would resume.\n", encoding="utf-8")
    assert exit_code(["check", "--isolated", option, value, str(story)]) == 2
    out, err = capsys.readouterr()
    assert f"{option}: empty value {value!r}" in err and "Traceback" not in err
    assert "score" not in out  # nothing checked
    assert exit_code(["rules", option, value]) == 2
    assert f"{option}: empty value {value!r}" in capsys.readouterr().err
    assert exit_code(["check", "--isolated", option, "repetition/doubled-word,", str(story)]) in (0, 1)
    assert "empty value" not in capsys.readouterr().err


def test_explain_shows_every_rules_examples_as_a_reader_sees_them(capsys) -> None:
    """The docstrings' test marks ([[x->y]]) and escapes (\\n) are not shown: each example is the
    text itself, with carets under the flagged words and the fix after them."""
    from mtqa import registry

    for r in registry.all_rules():
        assert main(["explain", r.id]) == 0
        out = capsys.readouterr().out
        assert "[[" not in out and "->" not in out.split("## Examples")[-1].split("## ")[0], r.id
        assert "\\n" not in out, r.id
    assert main(["explain", "typography/lowercase-sentence-start"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("bad:  the debate of the assembly ended in New York on Monday.")
    assert lines[at + 1] == "      ^^^ The"


def test_an_unknown_encoding_is_a_usage_error_before_any_file(tmp_path: Path, capsys) -> None:
    """`--encoding utf-9` is a bad option value (README: exit 2, one line), said once for the
    command line rather than once per file of a folder."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The council met on Tuesday.\n", encoding="utf-8")
    assert exit_code(["check", "--isolated", "--encoding", "utf-9", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == "mtqa: error: argument --encoding: unknown encoding 'utf-9' (did you mean 'utf-8'?)\n"
    assert exit_code(["check", "--isolated", "--encoding", "latin-1", str(tmp_path)]) == 0
