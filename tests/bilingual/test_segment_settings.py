"""What a translation team marks on a segment or a group: `translate="no"` inherited from a group
or file, and an `mtqa: ignore` directive in a segment's note or comment (read as ruff reads
`# noqa`). Each file is made here, in the shape memoQ, Trados, Okapi or gettext writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.bilingual import check_file, ignore
from mtqa.cli import main
from mtqa.engine import Checker

DOUBLED = "repetition/doubled-word"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(select=["repetition", "typography"])


def _check(checker: Checker, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_file(checker, str(path))


def _flagged(report, rule: str = DOUBLED) -> set[str]:
    return {f.extra["segment"] for f in report.findings if f.rule_id == rule}


XLIFF12_GROUPS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="de" target-language="en-GB" datatype="plaintext" original="menu.txt">
    <body>
      <group id="legal" translate="no">
        <note>mtqa: ignore</note>
        <trans-unit id="frozen"><source>Nicht anfassen.</source><target>Keep keep off.</target></trans-unit>
        <trans-unit id="reopened" translate="yes"><source>Offen.</source><target>Open open now.</target></trans-unit>
      </group>
      <group id="menu">
        <trans-unit id="plain"><source>Datei.</source><target>The the file.</target></trans-unit>
        <trans-unit id="noted" xml:space="preserve">
          <source>Bild.</source>
          <target state="final">A a picture.</target>
          <note from="reviewer">Brand name, mtqa: ignore</note>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""


def test_a_groups_translate_no_is_inherited_by_its_units(tmp_path: Path, checker: Checker) -> None:
    report = _check(checker, tmp_path, "menu.xlf", XLIFF12_GROUPS)
    assert "frozen" not in _flagged(report)  # inside <group translate="no">
    assert {"reopened", "plain"} <= _flagged(report)  # a unit's translate="yes" wins; the next group is read
    assert report.segments == 3


def test_xliff2_file_and_group_translate_no(tmp_path: Path, checker: Checker) -> None:
    text = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="it" trgLang="en">
  <file id="f1" translate="no">
    <unit id="u1"><segment><source>Uno.</source><target>One one day.</target></segment></unit>
  </file>
  <file id="f2">
    <group id="g1" translate="no"><unit id="u2"><segment><source>Due.</source><target>Two two days.</target></segment></unit></group>
    <unit id="u3"><segment><source>Tre.</source><target>Three three days.</target></segment></unit>
  </file>
</xliff>"""
    assert _flagged(_check(checker, tmp_path, "v2.xlf", text)) == {"u3"}


def test_a_units_note_ignores_its_segment_and_a_groups_note_does_not(tmp_path: Path, checker: Checker) -> None:
    report = _check(checker, tmp_path, "menu.xlf", XLIFF12_GROUPS)
    assert "noted" not in _flagged(report)
    assert "reopened" in _flagged(report)  # its group's note is the group's, not the unit's


def test_named_rules_silence_only_those_rules(tmp_path: Path, checker: Checker) -> None:
    text = XLIFF12_GROUPS.replace("Brand name, mtqa: ignore", "mtqa: ignore: typography/ as the client asked")
    report = _check(checker, tmp_path, "menu.xlf", text)
    assert "noted" in _flagged(report)  # repetition is not named
    assert not report.notes or not any("silences nothing" in n for n in report.notes)
    text = XLIFF12_GROUPS.replace("Brand name, mtqa: ignore", "mtqa: ignore: repetition/doubled-word")
    assert "noted" not in _flagged(_check(checker, tmp_path, "menu.xlf", text))


def test_an_unknown_name_silences_nothing_and_says_so(tmp_path: Path, checker: Checker) -> None:
    text = XLIFF12_GROUPS.replace("Brand name, mtqa: ignore", "mtqa: ignore: repetiton")
    report = _check(checker, tmp_path, "menu.xlf", text)
    assert "noted" in _flagged(report)
    assert any("'noted'" in n and "'repetiton'" in n and "silences nothing" in n for n in report.notes)


def test_xliff2_notes_ignore_every_segment_of_their_unit(tmp_path: Path, checker: Checker) -> None:
    text = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="pt" trgLang="en-US">
  <file id="f1">
    <notes><note>mtqa: ignore</note></notes>
    <unit id="quiet">
      <notes><note category="qa">mtqa: ignore: repetition</note></notes>
      <segment id="s1"><source>Sim.</source><target>Yes yes sir.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>Nao.</source><target>No, no no.</target></segment>
    </unit>
    <unit id="loud"><segment><source>Talvez.</source><target>Maybe maybe later.</target></segment></unit>
  </file>
</xliff>"""
    assert _flagged(_check(checker, tmp_path, "pt.xlf", text)) == {"loud"}


def test_tmx_notes_of_a_unit_or_its_variant(tmp_path: Path, checker: Checker) -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
 adminlang="en" srclang="nl" datatype="plaintext"><note>mtqa: ignore</note></header><body>
<tu tuid="1"><note>mtqa: ignore</note><prop type="x-domain">news</prop>
 <tuv xml:lang="nl"><seg>Ja.</seg></tuv><tuv xml:lang="en"><seg>The the answer.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="nl"><seg>Nee.</seg></tuv>
 <tuv xml:lang="en"><note>mtqa: ignore repetition</note><seg>A a refusal.</seg></tuv></tu>
<tu tuid="3"><tuv xml:lang="nl"><seg>Soms.</seg></tuv><tuv xml:lang="en"><seg>Some some days.</seg></tuv></tu>
</body></tmx>"""
    assert _flagged(_check(checker, tmp_path, "nl.tmx", text)) == {"3"}


def test_po_translator_and_extracted_comments(tmp_path: Path, checker: Checker) -> None:
    text = r'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: en\n"

# mtqa: ignore
msgid "Pomme"
msgstr "Apple apple"

#. mtqa: ignore: repetition/
#, fuzzy
msgctxt "fruit"
msgid "Poire"
msgstr "Pear pear"

# Translators: keep it short
msgid "Prune"
msgstr "Plum plum"
'''
    assert _flagged(_check(checker, tmp_path, "fruit.po", text)) == {"Prune"}


@pytest.mark.parametrize(("note", "expected"), [
    ("mtqa: ignore", ignore.ALL),
    ("MTQA: Ignore", ignore.ALL),
    ("mtqa: ignore the spelling, it is the brand's", ignore.ALL),
    ("mtqa: ignore repetition typography/ because of the client", ("repetition", "typography/")),
    ("mtqa: ignore: repetiton, quotes", ("repetiton", "quotes")),
    ("nothing to see; mtqa ignores nothing here", None),
    ("", None),
])
def test_the_directive_is_read_as_ruff_reads_noqa(note: str, expected) -> None:
    read = ignore.directive([note])
    assert (None if read is None else ignore.names(read, Checker.names_rules)) == expected


def test_the_cli_honours_the_directive_and_fix_leaves_the_segment(tmp_path: Path, capsys) -> None:
    path = tmp_path / "menu.xlf"
    path.write_text(XLIFF12_GROUPS, encoding="utf-8")
    assert main(["check", str(path), "--select", "repetition", "--fix", "--isolated", "-q"]) == 0
    after = path.read_text(encoding="utf-8")
    assert "A a picture." in after and "Keep keep off." in after  # ignored, and not for translation
    assert "The file." in after and "Open now." in after  # fixed
    assert after == XLIFF12_GROUPS.replace("The the file.", "The file.").replace("Open open now.", "Open now.")
