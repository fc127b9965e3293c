"""Hostile and broken bilingual files: a clear per-file error, exit 2, nothing written, nothing fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.cli import main
from tests.bilingual._files import PO, XLIFF12

GOOD_UNIT = '<trans-unit id="1"><source>Il a dit.</source><target>He said said.</target></trans-unit>'


def _xliff(body: str, prolog: str = '<?xml version="1.0"?>\n', langs: str = 'source-language="fr" target-language="en"') -> str:
    return f'{prolog}<xliff version="1.2"><file {langs}><body>{body}</body></file></xliff>\n'


def _run(tmp_path: Path, name: str, data: bytes, capsys) -> tuple[int, str, bytes]:
    path = tmp_path / name
    path.write_bytes(data)
    rc = main(["check", str(path), "--fix", "--isolated"])
    out = capsys.readouterr()
    return rc, out.out + out.err, path.read_bytes()


def test_external_entity_is_never_resolved(tmp_path: Path, capsys) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    data = _xliff(GOOD_UNIT.replace("He said said.", "&xxe;"),
                  f'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>\n').encode()
    rc, out, after = _run(tmp_path, "xxe.xlf", data, capsys)
    assert rc == 2 and "DOCTYPE" in out and "TOP-SECRET" not in out and after == data


def test_billion_laughs_is_refused(tmp_path: Path, capsys) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    data = _xliff(GOOD_UNIT.replace("He said said.", "&lol9;"),
                  f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{entities}]>\n').encode()
    rc, out, after = _run(tmp_path, "lol.xlf", data, capsys)
    assert rc == 2 and "DOCTYPE" in out and "lollol" not in out and after == data


@pytest.mark.parametrize("name, data, message", [
    ("malformed.xlf", _xliff(GOOD_UNIT.replace("</target>", "</targte>")).encode(), "not well-formed XML"),
    ("undefined.xlf", _xliff(GOOD_UNIT.replace("said said", "said &nbsp; said")).encode(), "undefined entity"),
    ("encoding.xlf", _xliff(GOOD_UNIT, '<?xml version="1.0" encoding="x-klingon"?>\n').encode(),
     "unknown encoding 'x-klingon'"),
    ("wrongbytes.xlf", _xliff(GOOD_UNIT.replace("Il a dit", "Il a d\udcffit")).encode("utf-8", "surrogateescape"),
     "not valid utf-8 at byte"),
    ("german.xlf", _xliff(GOOD_UNIT, langs='source-language="fr" target-language="de"').encode(),
     "target language 'de'"),
    ("english-source.xlf", _xliff(GOOD_UNIT, langs='source-language="en-US" target-language="en-CA"').encode(),
     "source language 'en-US'"),
    ("mismatch.xlf", _xliff(GOOD_UNIT.replace("<target>", '<target xml:lang="es">')).encode(),
     "mismatched languages"),
    ("declared-latin1.xlf", _xliff(GOOD_UNIT.replace("Il a dit", "Il a réfuté"),
                                   '<?xml version="1.0" encoding="ISO-8859-1"?>\n').encode("utf-8"),
     "the XML declaration says 'ISO-8859-1' but the bytes are UTF-8 (first at line 2, column 109)"),
    ("declared-cp1252.po", PO.replace("charset=UTF-8", "charset=windows-1252").encode("utf-8"),
     "the PO header declares charset 'windows-1252' but the bytes are UTF-8 (first at line"),
    ("package.xlf", ('<?xml version="1.0"?>\n<xliff version="1.2">\n<file source-language="fr" target-language="en" '
                     f'original="a.txt"><body>{GOOD_UNIT}</body></file>\n<file source-language="fr" '
                     'target-language="de-AT" original="b.txt"><body/></file>\n</xliff>\n').encode(),
     "<file> 'b.txt' at line 4 declares target language 'de-AT'"),
    ("notxliff.xlf", b'<?xml version="1.0"?><html><body/></html>', "not an XLIFF file"),
    ("broken.po", PO.replace('msgstr "File file"', 'msgstr "File file').encode(), "unterminated string"),
    ("charset.po", PO.replace("charset=UTF-8", "charset=KOI-9000").encode(), "unknown charset 'KOI-9000'"),
    ("binary.po", b"\x00\x01\x02msgid", "binary"),
    ("twice.po", (PO + '\nmsgctxt "menu"\nmsgid "Fichier"\nmsgstr "File"\n').encode(),
     "msgid 'Fichier' (context 'menu') is defined twice (first at line"),
    ("empty.xlf", b"", "not well-formed XML (no element found"),
    ("truncated.tmx", b'<?xml version="1.0"?><tmx version="1.4"><header srclang="fr"/><body><tu>', "not well-formed"),
])
def test_bad_files_are_clear_errors_and_never_written(tmp_path: Path, capsys, name: str, data: bytes,
                                                       message: str) -> None:
    rc, out, after = _run(tmp_path, name, data, capsys)
    assert rc == 2
    assert message in out and "Traceback" not in out
    assert after == data


NESTED_UNIT = GOOD_UNIT.replace("He said said.", "He <target>said</target> said.")
SOURCE_IN_TARGET = GOOD_UNIT.replace("He said said.", "He <source>dit</source> said.")
NESTED_2 = ('<?xml version="1.0"?>\n<xliff version="2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="u">'
            '<segment><source>Il a dit.</source><target>He said <target>said</target>.</target></segment>'
            '</unit></file></xliff>\n')
NESTED_TMX = ('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fr"/><body><tu>'
              '<tuv xml:lang="fr"><seg>Il a dit.</seg></tuv><tuv xml:lang="en"><seg>He <seg>said</seg> said.</seg></tuv>'
              '</tu></body></tmx>\n')


def _column_of_last(text: str, tag: str) -> int:
    """The 1-based column, on line 2, of the last `tag` there (the nested one)."""
    return text.splitlines()[1].rindex(tag) + 1


@pytest.mark.parametrize("name, text, inner, outer", [
    ("nested.xlf", _xliff(NESTED_UNIT), "target", "target"),
    ("source-in-target.xlf", _xliff(SOURCE_IN_TARGET), "source", "target"),
    ("nested2.xlf", NESTED_2, "target", "target"),
    ("nested.tmx", NESTED_TMX, "seg", "seg"),
])
def test_a_side_nested_in_a_side_is_an_error_naming_its_line_and_column(tmp_path: Path, capsys, name: str,
                                                                        text: str, inner: str, outer: str) -> None:
    """XLIFF and TMX allow only inline elements inside a <source>, <target> or <seg>; another side
    inside one is refused (as a schema-validating tool refuses it), not read as one run of text."""
    rc, out, after = _run(tmp_path, name, text.encode(), capsys)
    assert rc == 2 and after == text.encode() and "Traceback" not in out
    assert f"{name}: error: line 2, column {_column_of_last(text, f'<{inner}>')}: <{inner}> inside a <{outer}>" in out, out


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "a-bad.xlf"
    bad.write_bytes(b"<xliff")
    good = tmp_path / "b-good.xlf"
    good.write_text(XLIFF12, encoding="utf-8")
    rc = main(["check", str(bad), str(good), "--fix", "--isolated", "-q"])
    captured = capsys.readouterr()
    assert rc == 2
    assert "a-bad.xlf: error" in captured.err and "b-good.xlf: score" in captured.out  # per-file errors on stderr
    assert "in in Canada" not in good.read_text(encoding="utf-8")  # the good file was still fixed


def test_source_option_is_refused_for_bilingual_files(tmp_path: Path, capsys) -> None:
    src = tmp_path / "src.txt"
    src.write_text("Il a dit.", encoding="utf-8")
    path = tmp_path / "story.xlf"
    path.write_text(_xliff(GOOD_UNIT), encoding="utf-8")
    assert main(["check", str(path), "--source", str(src), "--isolated"]) == 2
    assert "do not apply to bilingual files" in capsys.readouterr().err


def test_fix_refuses_a_bilingual_file_changed_since_it_was_read(tmp_path: Path, capsys, monkeypatch) -> None:
    import mtqa.fixes

    path = tmp_path / "story.xlf"
    path.write_text(XLIFF12, encoding="utf-8")
    real = mtqa.fixes.apply_fixes
    edited = XLIFF12.replace("</body>", "<!-- a unit the translator added meanwhile --></body>")

    def meanwhile(text, findings, allowed):  # runs after the file was read and checked
        path.write_text(edited, encoding="utf-8")
        return real(text, findings, allowed)

    monkeypatch.setattr(mtqa.fixes, "apply_fixes", meanwhile)
    assert main(["check", str(path), "--fix", "-q", "--isolated"]) == 2
    assert "changed since it was checked; fixes not written" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == edited  # the translator's change is kept, nothing written over it


_TMX_NAMING_ITS_DTD = ('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "{dtd}">\n<tmx version="1.4"><header srclang="fr"/>'
                       '<body><tu><tuv xml:lang="fr"><seg>Il part.</seg></tuv><tuv xml:lang="en"><seg>{seg}</seg></tuv>'
                       '</tu></body></tmx>\n')


def test_a_doctype_that_only_names_its_dtd_is_read_past_never_fetched(tmp_path: Path, capsys) -> None:
    """TMX 1.4 (and many tools' XLIFF) write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`: such a file is
    checked and fixed; the DTD is never read, so an entity it would declare stays undefined."""
    dtd = tmp_path / "tmx14.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED-FROM-DTD">', encoding="utf-8")
    data = _TMX_NAMING_ITS_DTD.format(dtd=dtd.as_uri(), seg="He left left early.").encode()
    rc, out, after = _run(tmp_path, "memory.tmx", data, capsys)
    assert rc in (0, 1) and "error" not in out
    assert after == data.replace(b"left left", b"left")
    data = _TMX_NAMING_ITS_DTD.format(dtd=dtd.as_uri(), seg="He &leak; left.").encode()
    rc, out, after = _run(tmp_path, "leak.tmx", data, capsys)
    assert rc == 2 and "undefined entity" in out and "LEAKED" not in out and after == data
