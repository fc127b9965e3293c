"""Structures translation tools write that a plain reading of the formats mishandles: a trans-unit
segmented per sentence (`<seg-source>` and `<mrk mtype="seg">`, as Trados SDLXLIFF and Okapi write
it) and a TMX unit with several English variants. Every file is made up here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.bilingual import check_file
from mtqa.cli import main
from mtqa.engine import Checker
from tests.bilingual._files import position

DOUBLED = "repetition/doubled-word"
NUMBER = "source/number-mismatch"

# SDLXLIFF: one paragraph, two sentences; the second is a locked draft with a wrong figure.
SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file original="memo.docx" source-language="fr-FR" target-language="en-US" datatype="x-sdlfilterframework2">
    <body>
      <trans-unit id="p1">
        <source>Le conseil a voté mardi. Il compte 12 membres.</source>
        <seg-source><mrk mtype="seg" mid="1">Le conseil a voté mardi.</mrk> <mrk mtype="seg" mid="2">Il compte 12 membres.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">The council voted on on Tuesday.</mrk> <mrk mtype="seg" mid="2">It has 21 members.</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Draft" locked="true"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

# Okapi: the same segmentation without SDL's definitions; the second sentence not yet translated.
OKAPI = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
  <file original="page.html" source-language="de" target-language="en" datatype="html">
    <body>
      <trans-unit id="tu3" xml:space="preserve">
        <source>Die Stadt wächst. Der Park <g id="1">bleibt</g> offen.</source>
        <seg-source><mrk mid="0" mtype="seg">Die Stadt wächst.</mrk> <mrk mid="1" mtype="seg">Der Park <g id="1">bleibt</g> offen.</mrk></seg-source>
        <target xml:lang="en"><mrk mid="0" mtype="seg">The city grows grows.</mrk> <mrk mid="1" mtype="seg"></mrk></target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def _rules(report) -> set[tuple[str, str]]:
    return {(f.extra["segment"], f.rule_id) for f in report.findings}


def test_each_marked_sentence_is_a_segment_with_its_own_state_and_lock(tmp_path: Path) -> None:
    path = _write(tmp_path, "memo.xlf", SDLXLIFF)
    # the whole unit read as one segment would name both findings "p1", in the state "Translated+Draft"
    (file,) = json.loads(_json(tmp_path, path, "check"))["files"]
    by_segment = {(f["segment"], f["rule"]): f for f in file["findings"]}
    doubled, number = by_segment[("p1#1", DOUBLED)], by_segment[("p1#2", NUMBER)]
    assert doubled.get("segment_state") == "Translated" and not doubled.get("segment_locked")
    assert number["segment_state"] == "Draft" and number["segment_locked"] is True
    assert (number["line"], number["column"]) == position(SDLXLIFF, "21 members")
    assert file["segments"] == 2


def _json(tmp_path: Path, path: Path, locked: str) -> str:
    out = tmp_path / f"report-{locked}.json"
    main(["check", str(path), "--format", "json", "--isolated", "--languagetool", "off", "--locked", locked,
          "--output", str(out)])
    return out.read_text(encoding="utf-8")


def test_a_locked_sentence_is_skipped_and_its_unlocked_neighbour_still_checked(tmp_path: Path) -> None:
    path = _write(tmp_path, "memo.xlf", SDLXLIFF)
    (file,) = json.loads(_json(tmp_path, path, "skip"))["files"]
    assert {(f["segment"], f["rule"]) for f in file["findings"]} == {("p1#1", DOUBLED)}
    assert any("locked" in n and "'p1#2'" in n for n in file["notes"])


def test_each_sentence_is_checked_against_its_own_source_sentence(tmp_path: Path, checker: Checker) -> None:
    # "12" stands in the second source sentence: the first target sentence may not borrow it.
    text = SDLXLIFF.replace("The council voted on on Tuesday.", "The 12 council members voted Tuesday.")
    report = check_file(checker, str(_write(tmp_path, "borrow.xlf", text)))
    assert ("p1#1", NUMBER) in _rules(report)


def test_okapi_segments_pair_by_mid_and_an_empty_marker_is_untranslated(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "page.xlf", OKAPI)))
    assert _rules(report) == {("tu3#0", DOUBLED)}
    assert report.segments == 2
    assert any("'tu3#1'" in n for n in report.notes)
    # words outside every marker: the target was not kept in the source's segments, so it is read whole
    text = OKAPI.replace('<mrk mid="1" mtype="seg"></mrk>', "And the park stays stays open.")
    report = check_file(checker, str(_write(tmp_path, "whole.xlf", text)))
    assert {seg for seg, _ in _rules(report)} == {"tu3"} and report.segments == 1


def test_fix_leaves_a_locked_sentence_and_every_other_byte_alone(tmp_path: Path) -> None:
    # the unit read whole was not locked (one of its sentences is not), so both sentences were fixed
    text = SDLXLIFF.replace("It has 21 members.", "It has has 21 members.")
    path = _write(tmp_path, "fix.xlf", text)
    assert main(["check", str(path), "--fix", "--isolated", "--languagetool", "off", "-q"]) in (0, 1)
    assert path.read_bytes() == text.replace("voted on on Tuesday", "voted on Tuesday").encode("utf-8")


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="de-DE" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"
          creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="rates">
      <prop type="x-Domain">Finance</prop>
      <note>Merged from two client memories.</note>
      <tuv xml:lang="de-DE"><seg>Die Zinsen stiegen um 3 Prozent.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Interest rates rose by 3 per cent.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Interest rates rose by by 4 percent.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Rates rose 3 percent.</seg></tuv>
    </tu>
    <tu tuid="one">
      <tuv xml:lang="de-DE"><seg>Die Bank schließt.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>The bank closes.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_every_english_variant_of_a_tmx_unit_is_checked(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "memory.tmx", TMX)))
    # reading only the first English variant (en-GB, clean) passed the en-US one's errors
    assert {("rates@en-US", DOUBLED), ("rates@en-US", NUMBER)} <= _rules(report)
    assert not {seg for seg, _ in _rules(report)} & {"rates@en-GB", "rates@en-US#2", "one"}
    assert report.segments == 4
    (number,) = [f for f in report.findings if f.rule_id == NUMBER]
    assert (number.span.line, number.span.column) == position(TMX, "4 percent")


def test_fix_reaches_every_english_variant_and_keeps_every_other_byte(tmp_path: Path) -> None:
    path = _write(tmp_path, "memory.tmx", TMX)
    assert main(["check", str(path), "--fix", "--isolated", "--languagetool", "off", "-q"]) in (0, 1)
    assert path.read_bytes() == TMX.replace("rose by by 4", "rose by 4").encode("utf-8")


def test_state_and_lock_shown_in_text_html_junit_and_github(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, "memo.xlf", SDLXLIFF)
    shown = {}
    for fmt in ("text", "html", "junit", "github"):
        main(["check", str(path), "--format", fmt, "--isolated", "--languagetool", "off", "--locked", "check"])
        shown[fmt] = capsys.readouterr().out
    for fmt in ("text", "junit", "github"):
        assert "segment p1#2 (Draft, locked): Number not in the source" in shown[fmt], fmt
        assert "segment p1#1 (Translated): Word repeated" in shown[fmt], fmt
    assert '<code>p1#2</code> <span class="segment-state">(Draft, locked)</span>' in shown["html"]


XLIFF2_ANNOTATED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Le maire a démissionné hier.</source>
        <target>The mayor <sm id="c1" type="comment" value="check the tense"/>resigned<em startRef="c1"/> yesterday.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment>
        <source>Le conseil <sc id="1"/>se réunit<ec startRef="1"/>.</source>
        <target>The <sm id="t1" type="term"/>council<em startRef="t1"/> meets meets.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_xliff2_annotation_markers_are_neither_words_nor_codes_to_match(tmp_path: Path, checker: Checker) -> None:
    # a reviewer's comment (<sm/>…<em/>) on the target alone is no placeholder added; a lost <sc/>/<ec/> still is
    report = check_file(checker, str(_write(tmp_path, "annotated.xlf", XLIFF2_ANNOTATED)))
    mismatches = [f for f in report.findings if f.rule_id == "source/placeholder-mismatch"]
    assert {f.extra["segment"] for f in mismatches} == {"u2"}
    assert not [f for f in mismatches if "<sm" in f.message or "<em" in f.message]
    assert ("u2", DOUBLED) in _rules(report)
