"""Segment states and locks as a translation team's tools write them (XLIFF 1.2 and 2.x, Trados
SDLXLIFF, memoQ, Phrase, gettext PO), protected inline text, and the options a CI job sets
(`--segment-state`, `--locked`). Every file is made up here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.bilingual import check_file
from mtqa.cli import main
from mtqa.engine import Checker
from mtqa.errors import ConfigError
from tests.bilingual._files import states_by_segment, write_file

DOUBLED = "repetition/doubled-word"

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
       xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:mq="MQXliff">
  <file source-language="de" target-language="en" datatype="plaintext" original="memo.txt">
    <body>
      <trans-unit id="open">
        <source>Der Zug fährt morgen.</source>
        <target state="translated">The train leaves leaves tomorrow.</target>
      </trans-unit>
      <trans-unit id="review">
        <source>Die Brücke bleibt zu.</source>
        <target state="needs-review-translation">The bridge stays stays shut.</target>
      </trans-unit>
      <trans-unit id="trados-locked">
        <source>Das Amt ist geschlossen.</source>
        <target>The office shuts shuts early.</target>
        <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" locked="true"/></sdl:seg-defs>
      </trans-unit>
      <trans-unit id="trados-open">
        <source>Der Markt ist offen.</source>
        <target>The market opens opens early.</target>
        <sdl:seg-defs><sdl:seg id="1" conf="Draft" locked="false"/></sdl:seg-defs>
      </trans-unit>
      <trans-unit id="memoq-locked" mq:locked="locked">
        <source>Die Post kommt spät.</source>
        <target state="final">The mail comes comes late.</target>
      </trans-unit>
      <trans-unit id="protected">
        <source>Klicken Sie auf <mrk mtype="protected">Save Save</mrk>.</source>
        <target state="translated">Click <mrk mtype="protected">Save Save</mrk> to keep it it.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="a" state="reviewed" subState="acme:checked">
        <source>El río crece.</source>
        <target>The river river rises.</target>
      </segment>
      <segment id="b" state="initial">
        <source>La lluvia sigue.</source>
        <target>The rain rain goes on.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment id="c" state="final">
        <source>Ver <mrk id="m1" translate="no">Menu Menu</mrk>.</source>
        <target>See <mrk id="m1" translate="no">Menu Menu</mrk> now.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

PO = '''msgid ""
msgstr ""
"Language: en\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Hola a todos"
msgstr "Hello to to everyone"

#, fuzzy
msgid "Adios a todos"
msgstr "Goodbye to to everyone"
'''


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(select=["repetition"])


_write = write_file


def _segments(report) -> dict[str, str | None]:
    return states_by_segment(report, DOUBLED)


def test_locked_segments_are_skipped_by_default_and_said_so(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "memo.xlf", XLIFF12)))
    found = _segments(report)
    assert "trados-locked" not in found and "memoq-locked" not in found
    # look-alikes: an SDL segment with locked="false" and a plain unit are checked
    assert found["trados-open"] == "Draft" and found["open"] == "translated"
    assert any("2 of 6 segments locked, not checked" in n for n in report.notes)


def test_locked_check_reads_them_and_says_they_are_locked(tmp_path: Path) -> None:
    report = check_file(Checker(select=["repetition"], locked="check"), str(_write(tmp_path, "memo.xlf", XLIFF12)))
    locked = {f.extra["segment"]: f.extra.get("segment_locked") for f in report.findings if f.rule_id == DOUBLED}
    assert locked["trados-locked"] is True and locked["memoq-locked"] is True and locked["open"] is None
    assert _segments(report)["trados-locked"] == "ApprovedSignOff"  # SDL's confirmation level


def test_segment_states_keep_only_the_states_named(tmp_path: Path) -> None:
    report = check_file(Checker(select=["repetition"], segment_states=("translated",)),
                        str(_write(tmp_path, "memo.xlf", XLIFF12)))
    assert set(_segments(report)) == {"open", "protected"}
    assert any("in state needs-review-translation, not checked" in n for n in report.notes)


def test_xliff2_state_and_substate(tmp_path: Path) -> None:
    path = str(_write(tmp_path, "river.xlf", XLIFF20))
    everything = _segments(check_file(Checker(select=["repetition"]), path))
    assert everything == {"u1#a": "reviewed (acme:checked)", "u1#b": "initial"}
    reviewed = _segments(check_file(Checker(select=["repetition"], segment_states=("reviewed", "final")), path))
    assert set(reviewed) == {"u1#a"}


def test_protected_text_is_never_checked(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "memo.xlf", XLIFF12)))
    protected = [f for f in report.findings if f.extra["segment"] == "protected"]
    # the doubled word outside the marker is found; "Save Save" inside it is the product's name
    assert [f.text.strip() for f in protected] == ["it"]
    river = check_file(checker, str(_write(tmp_path, "river.xlf", XLIFF20)))
    assert not [f for f in river.findings if f.extra["segment"] == "u2"]


def test_po_fuzzy_is_a_state(tmp_path: Path) -> None:
    path = str(_write(tmp_path, "greet.po", PO))
    assert set(_segments(check_file(Checker(select=["repetition"]), path)).values()) == {"fuzzy", "translated"}
    only = _segments(check_file(Checker(select=["repetition"], segment_states=("translated",)), path))
    assert list(only.values()) == ["translated"]


def test_fix_changes_only_the_fixed_spans_and_never_a_locked_or_protected_one(tmp_path: Path) -> None:
    path = _write(tmp_path, "memo.xlf", XLIFF12)
    original = path.read_bytes()
    assert main(["check", str(path), "--fix", "-q", "--isolated", "--select", "repetition"]) in (0, 1)
    expected = original
    for before, after in (("leaves leaves", "leaves"), ("stays stays", "stays"), ("opens opens", "opens"),
                          ("keep it it", "keep it")):
        expected = expected.replace(before.encode(), after.encode(), 1)
    assert path.read_bytes() == expected  # locked segments and the protected "Save Save" kept


def test_json_and_sarif_show_each_segments_state(tmp_path: Path, capsys) -> None:
    path = str(_write(tmp_path, "memo.xlf", XLIFF12))
    main(["check", path, "--isolated", "--select", "repetition", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    findings = data["files"][0]["findings"] if "files" in data else data["findings"]
    assert {(f["segment"], f.get("segment_state")) for f in findings} >= {("open", "translated"),
                                                                         ("trados-open", "Draft")}
    main(["check", path, "--isolated", "--select", "repetition", "--format", "sarif", "--locked", "check"])
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    props = {r["properties"]["segment"]: r["properties"] for r in results}
    assert props["review"]["segmentState"] == "needs-review-translation"
    assert props["memoq-locked"]["segmentLocked"] is True and "segmentLocked" not in props["open"]


@pytest.mark.parametrize("argv", [["--segment-state", "almost-done"], ["--locked", "sometimes"],
                                  ["--source-profile", "loose"]])
def test_a_bad_option_value_exits_2(tmp_path: Path, argv: list[str], capsys) -> None:
    path = str(_write(tmp_path, "memo.xlf", XLIFF12))
    with pytest.raises(SystemExit) as exc:
        main(["check", path, "--isolated", *argv])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_configuration_checks_its_values(tmp_path: Path) -> None:
    from mtqa.config import load_file

    bad = tmp_path / "mtqa.toml"
    bad.write_text('segment-states = ["translated", "halfway"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="mtqa.toml:1: segment-states: unknown segment state 'halfway'"):
        load_file(str(bad))
    bad.write_text('locked = "never"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="locked: expected skip or check"):
        load_file(str(bad))
    good = tmp_path / "ok" / "mtqa.toml"
    good.parent.mkdir()
    good.write_text('segment-states = ["Translated"]\nlocked = "check"\n', encoding="utf-8")
    cfg = load_file(str(good))
    assert cfg.segment_states == ("translated",) and cfg.locked == "check"
