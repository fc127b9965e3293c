"""The rules of a bilingual file's segments together (mtqa.rules.source.file_checks), on real
files made up here: one source translated two ways, one translation for two sources, an empty
target under a state that says translated. States, locks, drafts and the filters respected."""

from __future__ import annotations

import json
from pathlib import Path

from mtqa.bilingual import check_file
from mtqa.cli import main
from mtqa.engine import Checker

TWO_WAYS = "source/inconsistent-translation"
ONE_FOR_TWO = "source/inconsistent-source"
EMPTY = "source/empty-target"


def _xliff(units: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file source-language="fr" target-language="en" datatype="plaintext" original="notice.txt">
    <body>
{units}
    </body>
  </file>
</xliff>
"""


def _unit(uid: str, source: str, target: str | None, state: str = "translated", extra: str = "") -> str:
    tgt = "" if target is None else f'<target state="{state}">{target}</target>'
    return f'      <trans-unit id="{uid}"{extra}><source>{source}</source>{tgt}</trans-unit>'


SIGN = "Connectez-vous pour continuer."
SLOW = "La page se charge lentement."


def _check(tmp_path: Path, text: str, name: str = "notice.xlf", **options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_file(Checker(select=["source"], **options), str(path))


def _hits(report, rule_id: str):
    return [f for f in report.findings if f.rule_id == rule_id]


def test_the_later_of_two_translations_is_flagged_with_its_segment_and_position(tmp_path: Path) -> None:
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."), _unit("u2", SLOW, "The page loads slowly."),
                             _unit("u3", SIGN, "Log in to continue.")]))
    [hit] = _hits(_check(tmp_path, text), TWO_WAYS)
    assert hit.extra["segment"] == "u3" and hit.extra["other_segment"] == "u1"
    assert hit.text == "Log in to continue."
    line = text.splitlines()[hit.span.line - 1]
    assert line[hit.span.column - 1:].startswith("Log in to continue.</target>")
    assert "'u1' (line " in hit.message and "Sign in to continue." in hit.message
    assert hit.suggestions == ("Sign in to continue.",)


def test_the_minority_is_flagged_wherever_it_stands(tmp_path: Path) -> None:
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."), _unit("u2", SIGN, "Log in to continue."),
                             _unit("u3", SIGN, "Sign in to continue.")]))
    assert [f.extra["segment"] for f in _hits(_check(tmp_path, text), TWO_WAYS)] == ["u2"]


def test_whitespace_first_capital_and_inline_codes_are_no_difference(tmp_path: Path) -> None:
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."),
                             _unit("u2", '<x id="1"/>connectez-vous  pour continuer.', 'sign in <x id="1"/> to  continue.'),
                             _unit("u3", "Connectez-vous pour poursuivre.", "Sign in to go on.")]))
    assert _hits(_check(tmp_path, text), TWO_WAYS) == []


def test_a_locked_segment_is_the_reference_and_never_flagged(tmp_path: Path) -> None:
    locked = ' sdl:locked="true"'
    text = _xliff("\n".join([_unit("u1", SIGN, "Log in to continue.", extra=locked),
                             _unit("u2", SIGN, "Sign in to continue."), _unit("u3", SIGN, "Sign in to continue.")]))
    assert [f.extra["segment"] for f in _hits(_check(tmp_path, text), TWO_WAYS)] == ["u2", "u3"]
    # read by --locked check, it is still the reference
    assert [f.extra["segment"] for f in _hits(_check(tmp_path, text, locked="check"), TWO_WAYS)] == ["u2", "u3"]


def test_the_segment_state_filter_and_drafts_leave_segments_out(tmp_path: Path) -> None:
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."),
                             _unit("u2", SIGN, "Log in to continue.", state="needs-review-translation")]))
    assert [f.extra["segment"] for f in _hits(_check(tmp_path, text), TWO_WAYS)] == ["u2"]
    assert _hits(_check(tmp_path, text, segment_states=("translated",)), TWO_WAYS) == []
    draft = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."),
                              _unit("u2", SIGN, "Log in to continue.", state="new")]))
    assert _hits(_check(tmp_path, draft), TWO_WAYS) == []
    # a reviewer who asks for the drafts reads them as any segment
    assert [f.extra["segment"] for f in _hits(_check(tmp_path, draft, segment_states=("translated", "new")), TWO_WAYS)] == ["u2"]


PO = r'''msgid ""
msgstr ""
"Language: en\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "menu"
msgid "Enregistrer le fichier"
msgstr "Save the file"

msgctxt "toolbar"
msgid "Enregistrer le fichier"
msgstr "Store the file"

#, fuzzy
msgctxt "dialog"
msgid "Enregistrer le fichier"
msgstr "Keep the file"

#. mtqa: ignore source/inconsistent-translation
msgctxt "status"
msgid "Enregistrer le fichier"
msgstr "File saved"
'''


def test_po_a_fuzzy_entry_takes_no_part_and_an_entry_can_silence_it(tmp_path: Path) -> None:
    report = _check(tmp_path, PO, "messages.po")
    assert [f.extra["segment"] for f in _hits(report, TWO_WAYS)] == ["toolbar|Enregistrer le fichier"]


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"
          creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="a"><tuv xml:lang="fr"><seg>La route est fermée.</seg></tuv><tuv xml:lang="en"><seg>The road is closed.</seg></tuv></tu>
    <tu tuid="b"><tuv xml:lang="fr"><seg>La route est ouverte.</seg></tuv><tuv xml:lang="en"><seg>The road is closed.</seg></tuv></tu>
    <tu tuid="c"><tuv xml:lang="fr"><seg>La route est fermée.</seg></tuv><tuv xml:lang="en"><seg>The street is shut.</seg></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_both_ways_and_the_second_only_as_a_preview(tmp_path: Path) -> None:
    report = _check(tmp_path, TMX, "memory.tmx")
    assert [f.extra["segment"] for f in _hits(report, TWO_WAYS)] == ["c"]
    assert _hits(report, ONE_FOR_TWO) == []  # a preview: off by default
    [hit] = _hits(_check(tmp_path, TMX, "memory.tmx", preview=True), ONE_FOR_TWO)
    assert hit.extra["segment"] == "b" and "La route est fermée." in hit.message and hit.confidence < 0.5


def test_an_empty_target_under_a_done_state_is_flagged_where_it_would_stand(tmp_path: Path) -> None:
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."), _unit("u2", SLOW, "", state="final"),
                             _unit("u3", "Le vote a lieu demain.", "", state="new"), _unit("u4", "Rien.", None)]))
    [hit] = _hits(_check(tmp_path, text), EMPTY)
    assert hit.extra["segment"] == "u2" and hit.extra["segment_state"] == "final"
    line = text.splitlines()[hit.span.line - 1]
    assert line[hit.span.column - 1:].startswith("</target>") and hit.span.start == hit.span.end


def test_po_empty_msgstr_is_untranslated_not_lost(tmp_path: Path) -> None:
    po = 'msgid "Le vote a lieu demain."\nmsgstr ""\n'
    assert _hits(_check(tmp_path, po, "m.po"), EMPTY) == []


def _cli_findings(capsys, *args: str) -> tuple[list[dict], dict]:
    main(["check", *args, "--format", "json"])
    [report] = json.loads(capsys.readouterr().out)["files"]
    return report["findings"], report["checks"]


def test_the_cli_reports_it_and_ignore_switches_it_off(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notice.xlf"
    path.write_text(_xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."), _unit("u3", SIGN, "Log in to continue.")])),
                    encoding="utf-8")
    found, checks = _cli_findings(capsys, str(path), "--select", "source")
    assert [(f["rule"], f["segment"], f["line"]) for f in found] == [(TWO_WAYS, "u3", 6)]
    assert TWO_WAYS in json.dumps(checks)
    found, _ = _cli_findings(capsys, str(path), "--select", "source", "--ignore", TWO_WAYS)
    assert found == []


def test_english_locales_apart_and_a_units_own_variants_are_no_rivals(tmp_path: Path) -> None:
    tmx = TMX.replace('<tu tuid="c"><tuv xml:lang="fr"><seg>La route est fermée.</seg></tuv><tuv xml:lang="en"><seg>The street is shut.</seg></tuv></tu>',
                      '<tu tuid="c"><tuv xml:lang="fr"><seg>La route est fermée.</seg></tuv><tuv xml:lang="en-GB"><seg>The road is shut.</seg></tuv>'
                      '<tuv xml:lang="en-US"><seg>The street is closed off.</seg></tuv></tu>')
    assert _hits(_check(tmp_path, tmx, "memory.tmx"), TWO_WAYS) == []


def test_per_file_ignores_leave_it_on_for_other_files(tmp_path: Path, capsys, monkeypatch) -> None:
    """The checks of a whole file follow the per-file configuration as every rule does."""
    (tmp_path / "mtqa.toml").write_text('[per-file-ignores]\n"legacy/*" = ["source/inconsistent-translation"]\n',
                                        encoding="utf-8")
    text = _xliff("\n".join([_unit("u1", SIGN, "Sign in to continue."), _unit("u3", SIGN, "Log in to continue.")]))
    for folder in ("legacy", "current"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notice.xlf").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "legacy", "current", "--select", "source", "--format", "json"])
    reports = json.loads(capsys.readouterr().out)["files"]
    flagged = {r["path"].split("/")[0] for r in reports for f in r["findings"] if f["rule"] == TWO_WAYS}
    assert flagged == {"current"}
