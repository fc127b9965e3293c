"""XLIFF 1.2 and 2.x: segment ids, exact line:col in the file, protected markup, --fix splices."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.bilingual import check_file, segments
from mtqa.cli import main
from mtqa.engine import Checker
from mtqa.errors import InputError
from tests.bilingual._files import XLIFF12, XLIFF20, position


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    p = tmp_path / name
    p.write_bytes(text.replace("\n", newline).encode(encoding))
    return p


def _by(report, rule: str, segment: str):
    return [f for f in report.findings if f.rule_id == rule and f.extra.get("segment") == segment]


def test_findings_carry_the_segment_and_the_files_line_and_column(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "story.xlf", XLIFF12)))
    (date,) = _by(report, "source/date-mismatch", "date")
    assert (date.span.line, date.span.column) == position(XLIFF12, "Jan. 18")
    assert date.text == "Jan. 18" and "Jan. 8" in date.suggestions
    (doubled,) = _by(report, "repetition/doubled-word", "doubled")
    line, col = position(XLIFF12, "in in Canada")
    assert doubled.span.line == line and col <= doubled.span.column <= col + 3
    assert report.text[doubled.span.start:doubled.span.end].strip() == "in"
    assert report.segments == 6 and report.format == "xliff"


def test_inline_codes_are_not_words_and_alt_trans_is_skipped(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "story.xlf", XLIFF12)))
    # "the the" inside <ph> is native code; "Press press … button button" is an alt-trans proposal.
    assert not [f for f in report.findings if f.extra["segment"] == "code-words"]
    assert "the the" not in {f.text for f in report.findings}


def test_lost_and_added_codes_are_findings(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "story.xlf", XLIFF12)))
    (lost,) = _by(report, "source/placeholder-mismatch", "lost-code")
    assert '<ph id="3">%s</ph>' in lost.message
    assert (lost.span.line, lost.span.column) == position(XLIFF12, "Hello, welcome.")
    assert not _by(report, "source/placeholder-mismatch", "date")  # <x id="1"/> kept
    swapped = XLIFF12.replace('<target>The vote is set for Jan. 18 in <x id="1"/> Ottawa.',
                              '<target>The vote is set for Jan. 18 in <x id="9"/> Ottawa.')
    report = check_file(checker, str(_write(tmp_path, "swapped.xlf", swapped)))
    (added,) = _by(report, "source/placeholder-mismatch", "date")
    assert added.text == '<x id="9"/>' and (added.span.line, added.span.column) == position(swapped, '<x id="9"/>')


def test_a_segment_without_target_is_a_note_not_an_error(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "story.xlf", XLIFF12)))
    assert report.ok
    assert any("1 of 6 segments without a target" in n and "'untranslated'" in n for n in report.notes)


def test_fix_splices_into_the_file_and_keeps_every_other_byte(tmp_path: Path) -> None:
    for newline, encoding, bom in (("\n", "utf-8", b""), ("\r\n", "utf-8", b"\xef\xbb\xbf"),
                                   ("\n", "utf-16-le", b"\xff\xfe")):
        text = XLIFF12 if encoding == "utf-8" else XLIFF12.replace('encoding="UTF-8"', 'encoding="UTF-16"')
        path = tmp_path / f"fix-{encoding}-{len(newline)}.xlf"
        original = bom + text.replace("\n", newline).encode(encoding)
        path.write_bytes(original)
        assert main(["check", str(path), "--fix", "-q", "--isolated"]) == 1
        fixed = path.read_bytes()
        # Only the doubled "in" went; the doubled word split by <g> markup is left alone (display-only).
        expected = original.replace("in in Canada".encode(encoding), "in Canada".encode(encoding))
        assert fixed == expected
        assert "the <g id=\"6\">the</g> city".encode(encoding) in fixed
        before = fixed
        main(["check", str(path), "--fix", "-q", "--isolated"])
        assert path.read_bytes() == before  # idempotent


def test_a_split_doubled_word_is_reported_but_never_fixed(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "story.xlf", XLIFF12)))
    (f,) = [f for f in report.findings if f.extra["segment"] == "split-doubled"]
    assert f.fix is not None and f.fix.applicability.value == "display-only"


def test_xliff2_units_segments_and_codes(tmp_path: Path, checker: Checker) -> None:
    report = check_file(checker, str(_write(tmp_path, "v2.xlf", XLIFF20)))
    ids = {f.extra["segment"] for f in report.findings}
    assert ids == {"u1#s1", "u1#s2"}
    (doubled,) = _by(report, "repetition/doubled-word", "u1#s1")
    line, col = position(XLIFF20, "yesterday yesterday")
    assert doubled.span.line == line and col <= doubled.span.column <= col + len("yesterday ")
    (lost,) = _by(report, "source/placeholder-mismatch", "u1#s2")
    assert '<ph id="3"/>' in lost.message
    assert report.segments == 3


def test_segments_stream_before_the_end_of_the_file_is_read() -> None:
    filler = "".join(f'<trans-unit id="n{i}"><source>Phrase {i}.</source><target>Sentence {i}.</target></trans-unit>\n'
                     for i in range(2000))  # well past the parser's first chunk
    head = XLIFF12[: XLIFF12.index('<trans-unit id="split-doubled">')]
    broken = head + filler + "<trans-unit id='x'><oops></trans-unit>"
    reader = segments(broken, "xliff", "broken.xlf")
    assert next(reader).id == "date"  # the first unit comes out before the parser meets the error
    with pytest.raises(InputError, match="not well-formed"):
        list(reader)


def test_units_not_for_translation_are_skipped(tmp_path: Path, checker: Checker) -> None:
    text = XLIFF12.replace('<trans-unit id="doubled">', '<trans-unit id="doubled" translate="no">')
    report = check_file(checker, str(_write(tmp_path, "story.xlf", text)))
    assert report.segments == 5 and not [f for f in report.findings if f.extra["segment"] == "doubled"]


def test_directories_take_bilingual_files_by_default(tmp_path: Path, capsys) -> None:
    (tmp_path / "fr-en.xlf").write_text(XLIFF12, encoding="utf-8")
    (tmp_path / "v2.xliff").write_text(XLIFF20, encoding="utf-8")
    assert main(["check", str(tmp_path), "-q", "--isolated"]) == 1
    out = capsys.readouterr().out
    assert "fr-en.xlf: score" in out and "v2.xliff: score" in out


def test_positions_hold_across_parser_chunks(tmp_path: Path, checker: Checker) -> None:
    # A comment and an attribute far longer than the parser's 64 KiB chunks, and non-ASCII text
    # before the unit: the byte offsets expat reports must still land on the right characters.
    padding = "<!-- " + "é" * 150_000 + " -->\n"
    text = XLIFF12.replace('<trans-unit id="doubled">', padding + f'<trans-unit id="doubled" note="{"ü" * 90_000}">')
    report = check_file(checker, str(_write(tmp_path, "long.xlf", text)))
    (doubled,) = _by(report, "repetition/doubled-word", "doubled")
    line, col = position(text, "in in Canada")
    assert doubled.span.line == line and col <= doubled.span.column <= col + 3
    assert report.text[doubled.span.start:doubled.span.end].strip() == "in"


def test_xliff2_fix_round_trip(tmp_path: Path) -> None:
    path = _write(tmp_path, "v2.xlf", XLIFF20)
    main(["check", str(path), "--fix", "-q", "--isolated"])
    assert path.read_text(encoding="utf-8") == XLIFF20.replace("yesterday yesterday.", "yesterday.")


def test_text_before_a_cdata_section_maps_one_to_one_and_is_fixed_in_place(tmp_path: Path, capsys, checker) -> None:
    """expat reports no event for `<![CDATA[`: the run of text before it used to take the marker
    in, so a finding in it spanned the whole run (the doubled word ran to the CDATA) and could not
    be fixed."""
    head = '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="fr" target-language="en"><body>'
    unit = ('<trans-unit id="1"><source>Il part.</source><target>She said that the the crew '
            '<![CDATA[left]]><![CDATA[ early]]> today.</target></trans-unit>')
    path = tmp_path / "story.xlf"
    path.write_bytes((head + unit + "</body></file></xliff>\n").encode())
    report = check_file(checker, str(path))
    doubled = [f for f in report.findings if f.rule_id == "repetition/doubled-word"]
    assert [f.text for f in doubled] == [" the"]
    assert main(["check", "--isolated", "-q", "--fix", "--select", "repetition", str(path)]) in (0, 1)
    capsys.readouterr()
    assert path.read_bytes() == (head + unit.replace("the the", "the") + "</body></file></xliff>\n").encode()


def _one_unit(target: str, source: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file source-language="fr" target-language="en" datatype="plaintext" original="a"><body>\n'
            f'<trans-unit id="u"><source>{source}</source><target>{target}</target></trans-unit>\n'
            '</body></file></xliff>\n')


def test_braces_the_source_carries_too_are_its_placeholder_not_a_spinners_leftover(tmp_path: Path,
                                                                                   checker: Checker) -> None:
    """`{count}` in both sides (software strings write ICU placeholders as text in XLIFF) is kept
    as the source has it; braces the source lacks are still a spinner's or template's leftover."""
    kept = _write(tmp_path, "kept.xlf", _one_unit("Crews cleared {count} roads by noon.",
                                                  "Les équipes ont dégagé {count} routes avant midi."))
    assert not _by(check_file(checker, str(kept)), "encoding/stray-markup", "u")
    spun = _write(tmp_path, "spun.xlf", _one_unit("Crews {cleared|removed} all {count} roads by noon.",
                                                  "Les équipes ont dégagé {total} routes avant midi."))
    flagged = [f.text for f in _by(check_file(checker, str(spun)), "encoding/stray-markup", "u")]
    assert flagged == ["{cleared|removed}", "{count}"]


def test_a_target_copied_from_the_source_or_in_another_language_is_flagged_whole(tmp_path: Path,
                                                                                  checker: Checker) -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="fr" target-language="en"><body>
<trans-unit id="copied"><source>Le marché public ouvre ses portes samedi matin.</source><target>Le marché public ouvre ses portes samedi matin.</target></trans-unit>
<trans-unit id="german"><source>Le marché public ouvre ses portes samedi matin.</source><target>Der Wochenmarkt öffnet am Samstagmorgen seine Tore.</target></trans-unit>
<trans-unit id="english"><source>Le marché public ouvre ses portes samedi matin.</source><target>The public market opens its doors on Saturday morning.</target></trans-unit>
<trans-unit id="name"><source>Marché public de Sherbrooke</source><target>Marché public de Sherbrooke</target></trans-unit>
</body></file></xliff>
"""
    report = check_file(checker, str(_write(tmp_path, "market.xlf", text)))
    (copied,) = _by(report, "source/target-not-english", "copied")
    assert "source copied" in copied.message and copied.text == "Le marché public ouvre ses portes samedi matin."
    assert (copied.span.line, copied.span.column) == position(text, "Le marché public ouvre ses portes samedi matin.</target>")
    (german,) = _by(report, "source/target-not-english", "german")
    assert "German" in german.message
    assert not _by(report, "source/target-not-english", "english") and not _by(report, "source/target-not-english", "name")
