"""Pack loading: validation errors name the file, line and key; user packs merge in."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import PackError
from mtqa.packs import PackSet, Regex, SeverityName, compile_alternation, pack_compiler

SCHEMA = {"entry": [{"bad!": str, "good": [str], "regex": bool, "pattern": Regex, "severity": SeverityName}]}


@pack_compiler("testpack", SCHEMA)
def _compile(raw: dict) -> list[str]:
    return [e["bad"] for e in raw.get("entry", [])]


HEADER = '[pack]\nid = "testpack"\nschema = 1\ndescription = "test"\n'


def pack_dir(tmp_path: Path, body: str, name: str = "testpack.toml") -> Path:
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    (d / name).write_text(body, encoding="utf-8")
    return d


def test_valid_pack_compiles(tmp_path: Path) -> None:
    d = pack_dir(tmp_path, HEADER + '\n[[entry]]\nbad = "x"\ngood = ["y"]\n\n[[entry]]\nbad = "z"\n')
    assert PackSet([d]).compiled("testpack") == ["x", "z"]


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ('\n[[entry]]\nbad = "x"\n\n[[entry]]\nbad = "y"\ngod = ["z"]\n', 11, "entry[1].god: unknown key (did you mean 'good'?)"),
        ('\n[[entry]]\nbad = "x"\npattern = "(unclosed"\n', 8, "entry[0].pattern: bad regular expression"),
        ('\n[[entry]]\ngood = ["x"]\n', 6, "entry[0].bad: missing required key"),
        ('\n[[entry]]\nbad = "x"\nseverity = "huge"\n', 8, "severity must be minor, major or critical"),
        ('\n[[entry]]\nbad = 3\n', 7, "entry[0].bad: expected str, got int"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path: Path, body: str, line: int, fragment: str) -> None:
    d = pack_dir(tmp_path, HEADER + body)
    with pytest.raises(PackError) as err:
        PackSet([d]).compiled("testpack")
    msg = str(err.value)
    assert msg.startswith(f"{d / 'testpack.toml'}:{line}: "), msg
    assert fragment in msg


@pack_compiler("tablepack", {"places": {"*": [{"name!": str}]}})
def _compile_tables(raw: dict) -> dict:
    return raw.get("places", {})


def test_errors_inside_any_key_tables_name_the_key(tmp_path: Path) -> None:
    """A table of any keys ("*") still names the key whose value is wrong."""
    body = '[pack]\nid = "tablepack"\nschema = 1\n\n[[places.Ottawa]]\nname = "a"\n\n[[places.Gatineau]]\nname = "b"\nnmae = "c"\n'
    d = pack_dir(tmp_path, body, "tablepack.toml")
    with pytest.raises(PackError) as err:
        PackSet([d]).compiled("tablepack")
    assert str(err.value) == f"{d / 'tablepack.toml'}:10: places.Gatineau[0].nmae: unknown key (did you mean 'name'?)"


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    d = pack_dir(tmp_path, HEADER + '\n[[entry]]\nbad = "x\n')
    with pytest.raises(PackError, match=r"testpack\.toml:7: invalid TOML"):
        PackSet([d])


def test_header_is_required_and_versioned(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="missing \\[pack\\] table"):
        PackSet([pack_dir(tmp_path, '[[entry]]\nbad = "x"\n')])
    with pytest.raises(PackError, match="unsupported schema 2"):
        PackSet([pack_dir(tmp_path, '[pack]\nid = "testpack"\nschema = 2\n', "b.toml")])


def test_missing_rules_dir(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="rules directory does not exist"):
        PackSet([tmp_path / "nope"])


def test_user_pack_merges_before_builtin(tmp_path: Path, monkeypatch) -> None:
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "testpack.toml").write_text(HEADER + '[[entry]]\nbad = "builtin"\n', encoding="utf-8")
    user = pack_dir(tmp_path, HEADER + '[[entry]]\nbad = "user"\n', "mine.toml")
    monkeypatch.setattr("mtqa.packs.builtin_dir", lambda: builtin)
    assert PackSet([user]).compiled("testpack") == ["user", "builtin"]
    assert PackSet([]).compiled("testpack") == ["builtin"]


def test_builtin_packs_all_validate() -> None:
    """Every shipped pack loads with its family's schema (a broken pack fails the suite)."""
    from mtqa import registry

    registry.all_rules()  # import the rule modules so their pack schemas are registered
    ps = PackSet([])
    for pack_id in ps.ids():
        ps.compiled(pack_id)


def test_compile_alternation_longest_first() -> None:
    rx = compile_alternation(["in Canada", "in Canada in"])
    assert rx.search("research in Canada in 2020").group() == "in Canada in"
    assert compile_alternation([]) is None


def test_a_pack_cut_short_names_its_last_line_and_column(tmp_path: Path) -> None:
    """The parser says "at end of document" and no line: the last line holding anything is named."""
    d = pack_dir(tmp_path, HEADER + '\n[[entry]]\nterms = ["a",\n\n')
    with pytest.raises(PackError) as err:
        PackSet([d])
    assert str(err.value).endswith("testpack.toml:7: invalid TOML: Invalid value at the end of the file (column 14)")
