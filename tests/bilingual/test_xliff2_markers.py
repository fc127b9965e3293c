"""XLIFF 2 markers read as the spec defines them: text between ``<sm translate="no"/>`` and its
``<em/>`` is protected (never checked, never fixed, compared with the source's), and ``<cp hex/>``
is the character it encodes. Every file is made up here."""

from __future__ import annotations

from pathlib import Path

from mtqa.bilingual import check_file, segments
from mtqa.cli import main
from mtqa.engine import Checker

DOUBLED = "repetition/doubled-word"
CODES = "source/placeholder-mismatch"


def _xliff2(source: str, target: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>{source}</source>
        <target>{target}</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


PROTECTED = _xliff2('Tapez <sm id="k" translate="no"/>the the<em startRef="k"/> puis validez.',
                    'Type <sm id="k" translate="no"/>the the<em startRef="k"/> then confirm confirm.')


def _rules(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "ui.xlf"
    path.write_text(text, encoding="utf-8")
    report = check_file(Checker(languagetool="off"), str(path))
    return [(f.rule_id, f.text) for f in report.findings]


def test_text_between_a_no_translate_sm_and_its_em_is_not_checked(tmp_path: Path) -> None:
    found = _rules(tmp_path, PROTECTED)
    assert [r for r, _ in found].count(DOUBLED) == 1
    assert not [t for _, t in found if "the" in t.split()]


def test_a_protected_span_lost_from_the_target_is_a_code_lost(tmp_path: Path) -> None:
    lost = _xliff2('Tapez <sm id="k" translate="no"/>OK<em startRef="k"/> puis validez.', "Type OK then confirm.")
    assert [r for r, _ in _rules(tmp_path, lost)].count(CODES) == 1


def test_fix_keeps_the_protected_span_and_every_other_byte(tmp_path: Path) -> None:
    path = tmp_path / "ui.xlf"
    path.write_text(PROTECTED, encoding="utf-8")
    assert main(["check", str(path), "--fix", "--isolated", "--languagetool", "off", "-q"]) in (0, 1)
    assert path.read_text(encoding="utf-8") == PROTECTED.replace("confirm confirm", "confirm")


def test_cp_is_read_as_its_character() -> None:
    text = _xliff2('Signal<cp hex="0007"/> reçu.', 'Signal<cp hex="0007"/> received.')
    [seg] = segments(text, "xliff", "bell.xlf")
    assert seg.source.text == "Signal\x07 reçu." and seg.target is not None and seg.target.text == "Signal\x07 received."
    assert seg.target.codes == []
    at = text.index('<cp hex="0007"/> received')
    assert seg.target.span(6, 7) == (at, at + len('<cp hex="0007"/>'))


def test_a_cp_that_is_no_character_stays_a_code(tmp_path: Path) -> None:
    text = _xliff2('Signal<cp hex="D800"/> reçu <cp hex="zz"/>.', 'Signal<cp hex="D800"/> received <cp hex="zz"/>.')
    [seg] = segments(text, "xliff", "bad.xlf")
    assert seg.target is not None and len(seg.target.codes) == 2 and "\ud800" not in seg.target.text
    assert main(["check", _write(tmp_path, text), "--isolated", "--languagetool", "off", "-q"]) in (0, 1)


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.xlf"
    path.write_text(text, encoding="utf-8")
    return str(path)
