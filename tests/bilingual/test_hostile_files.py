"""Bilingual files as Windows CAT tools and hostile hands write them (stop 48's review): a UTF-8
byte-order mark and CRLF line ends, a segment whose target is empty, nested inline markup, a
placeholder standing between two words a fix would join. `--fix` removes the doubled words and
keeps every other byte: the BOM, each CRLF, each tag, the placeholder. Made-up copy only."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.cli import main

BOM = b"\xef\xbb\xbf"

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr" target-language="en" datatype="plaintext" original="s.txt">
    <body>
      <trans-unit id="empty1"><source>Bonjour.</source><target/></trans-unit>
      <trans-unit id="empty2"><source>Bonjour.</source><target></target></trans-unit>
      <trans-unit id="nested"><source>Le <g id="1">vote <g id="2">a <x id="3"/> eu</g> lieu</g>.</source>
        <target>The <g id="1">vote <g id="2">took <x id="3"/> place place</g> on on Monday</g>.</target></trans-unit>
      <trans-unit id="held"><source>Il est <x id="9"/> parti.</source>
        <target>He left in <x id="9"/> in Ottawa.</target></trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1"><source>Rien.</source><target/></segment>
      <segment id="s2"><source>Le <pc id="1">vote <pc id="2">a <ph id="3"/> eu</pc></pc>.</source>
        <target>The <pc id="1">vote <pc id="2">took <ph id="3"/> place place</pc> on on Monday</pc>.</target></segment>
      <segment id="s3"><source>Il <ph id="9"/> est.</source><target>He left in <ph id="9"/> in Ottawa.</target></segment>
    </unit>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"
          creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="e"><tuv xml:lang="fr-FR"><seg>Rien.</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>
    <tu tuid="n"><tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>vote<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>vote <hi>took <ph x="2">{x}</ph> place place</hi><ept i="1">&lt;/b&gt;</ept> on on Monday.</seg></tuv></tu>
    <tu tuid="p"><tuv xml:lang="fr-FR"><seg>Il <ph x="9">{a}</ph> est.</seg></tuv><tuv xml:lang="en-US"><seg>He left in <ph x="9">{a}</ph> in Ottawa.</seg></tuv></tu>
  </body>
</tmx>
"""

PO = r'''msgid ""
msgstr ""
"Language: en_CA\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Rien"
msgstr ""

msgid "Il est %s parti"
msgstr "He left in %s in Ottawa."

msgid "Le vote"
msgstr ""
"The <b>vote <i>took place place</i></b> "
"on on Monday."
'''


@pytest.mark.parametrize(("name", "text"), [("story.xlf", XLIFF12), ("story2.xlf", XLIFF20), ("memory.tmx", TMX),
                                            ("messages.po", PO)])
def test_fix_keeps_every_byte_but_the_doubled_words(tmp_path: Path, name: str, text: str) -> None:
    original = BOM + text.encode("utf-8").replace(b"\n", b"\r\n")
    path = tmp_path / name
    path.write_bytes(original)
    main(["check", "--isolated", "--languagetool", "off", "--fix", "-q", str(path)])
    # the doubled "place" and "on" go, one of them across a PO string's line break; the "in" on
    # either side of a placeholder is no doubled word and stays; nothing else changes
    expected = original.replace(b"place place", b"place").replace(b'"\r\n"on on', b'"\r\n"on').replace(b" on on ", b" on ")
    assert path.read_bytes() == expected
    main(["check", "--isolated", "--languagetool", "off", "--fix", "-q", str(path)])
    assert path.read_bytes() == expected  # settled
