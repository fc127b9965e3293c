"""TMX and gettext PO: segment ids, placeholders, escapes mapped to line:col, --fix round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.bilingual import check_file, check_text
from mtqa.cli import main
from mtqa.engine import Checker
from mtqa.errors import InputError
from tests.bilingual._files import PO, TMX, position


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _rules(report, segment: str) -> list[str]:
    return sorted(f.rule_id for f in report.findings if f.extra["segment"] == segment)


def test_tmx_units_by_tuid_or_position(checker: Checker) -> None:
    report = check_text(checker, TMX, "tmx", "memory.tmx")
    assert _rules(report, "tu-7") == ["repetition/doubled-word"]
    (doubled,) = [f for f in report.findings if f.extra["segment"] == "tu-7"]
    line, col = position(TMX, "will will")
    assert doubled.span.line == line and col <= doubled.span.column <= col + 5
    (lost,) = [f for f in report.findings if f.extra["segment"] == "#2"]
    assert lost.rule_id == "source/placeholder-mismatch" and "{email}" in lost.message
    assert (lost.span.line, lost.span.column) == position(TMX, "Write to us.")


def test_tmx_languages(checker: Checker) -> None:
    with pytest.raises(InputError, match="source language 'en-US'"):
        check_text(checker, TMX.replace('srclang="fr-FR"', 'srclang="en-US"'), "tmx", "m.tmx")
    with pytest.raises(InputError, match="no English variant"):
        check_text(checker, TMX.replace('xml:lang="en-US"', 'xml:lang="de-DE"'), "tmx", "m.tmx")


def test_po_ids_placeholders_and_plural_forms(checker: Checker) -> None:
    report = check_text(checker, PO, "po", "messages.po")
    (renamed,) = [f for f in report.findings if f.rule_id == "source/placeholder-mismatch"
                  and f.extra["segment"] == "Bonjour %(name)s, vous avez des messages."]
    assert renamed.text == "%(nom)s" and renamed.suggestions == ("%(name)s",)
    assert (renamed.span.line, renamed.span.column) == position(PO, "%(nom)s")
    assert _rules(report, "menu|Fichier") == ["repetition/doubled-word"]
    assert "repetition/doubled-word" in _rules(report, "%d fichier supprimé[1]")
    assert "source/placeholder-mismatch" in _rules(report, "%d fichier supprimé[1]")  # %d lost in the plural
    assert _rules(report, "%d fichier supprimé[0]") == []
    assert not [f for f in report.findings if "Old" in f.text]  # obsolete entries are not checked
    assert any("without a target" in n and "Non traduit" in n for n in report.notes)


def test_po_escapes_and_continuation_lines_map_to_the_file(checker: Checker) -> None:
    report = check_text(checker, PO, "po", "messages.po")
    (said,) = [f for f in report.findings if f.extra["segment"] == 'Le "chat" a dit']
    line, col = position(PO, 'said said')
    assert said.span.line == line and col <= said.span.column <= col + 5


def test_po_fix_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "messages.po"
    path.write_text(PO, encoding="utf-8")
    main(["check", str(path), "--fix", "-q", "--isolated"])
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (PO.replace('msgstr "File file"', 'msgstr "File"')
                     .replace('"The \\"cat\\" said said "', '"The \\"cat\\" said "')
                     .replace('msgstr[1] "Files deleted deleted"', 'msgstr[1] "Files deleted"'))


def test_po_refuses_another_target_language(checker: Checker) -> None:
    with pytest.raises(InputError, match="Language 'fr'"):
        check_text(checker, PO.replace("Language: en_CA", "Language: fr"), "po", "fr.po")


def test_tmx_fix_keeps_inline_codes(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX, encoding="utf-8")
    main(["check", str(path), "--fix", "-q", "--isolated"])
    assert path.read_text(encoding="utf-8") == TMX.replace("we will will stay", "we will stay")


def test_check_file_reads_from_disk(tmp_path: Path, checker: Checker) -> None:
    path = tmp_path / "memory.tmx"
    path.write_bytes(TMX.encode("utf-8"))
    assert check_file(checker, str(path)).segments == 2


def test_po_in_its_declared_charset_round_trips(tmp_path: Path) -> None:
    original = PO.replace("charset=UTF-8", "charset=ISO-8859-1").replace("Fichier", "Fichier récent").encode("latin-1")
    path = tmp_path / "latin1.po"
    path.write_bytes(original)
    main(["check", str(path), "--fix", "-q", "--isolated"])
    assert path.read_bytes() == original.replace(b'msgstr "File file"', b'msgstr "File"').replace(
        b'"The \\"cat\\" said said "', b'"The \\"cat\\" said "').replace(
        b'msgstr[1] "Files deleted deleted"', b'msgstr[1] "Files deleted"')


def test_po_refuses_a_keyword_given_twice_in_one_entry(checker: Checker) -> None:
    """A malformed `msgid` line between two entries with the same msgstr: polib reads it as an
    entry of its own, the scanner skipped it, so the second msgstr was mapped onto the first entry
    and a fix went into the wrong string (fuzz, stop 48). Refused, naming the line."""
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
            'msgid "Un"\nmsgstr "the the one"\n\nmsgid t"\nmsgstr "the the one"\n')
    with pytest.raises(InputError, match=r"line 9: a second msgstr in one PO entry"):
        check_text(checker, text, "po", "broken.po")
