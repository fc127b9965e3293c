"""Real bilingual files for the tests, each with inline markup and known errors in its targets."""

from __future__ import annotations

from pathlib import Path


def write_file(folder: Path, name: str, text: str) -> Path:
    """`text` written as UTF-8 bytes (no newline translation) to `folder/name`."""
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def states_by_segment(report, rule: str) -> dict[str, str | None]:
    """Each segment that `rule` found something in, with the state its finding shows."""
    return {f.extra["segment"]: f.extra.get("segment_state") for f in report.findings if f.rule_id == rule}

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr-CA" target-language="en-CA" datatype="plaintext" original="story.txt">
    <body>
      <trans-unit id="date">
        <source>Le vote aura lieu le 8 janvier à <x id="1"/> Ottawa.</source>
        <target>The vote is set for Jan. 18 in <x id="1"/> Ottawa.</target>
      </trans-unit>
      <trans-unit id="doubled">
        <source>Cliquez <g id="2">ici</g> pour lire &amp; partager.</source>
        <target>Click <g id="2">here</g> to read &amp; share in in Canada.</target>
      </trans-unit>
      <trans-unit id="lost-code">
        <source>Bonjour <ph id="3">%s</ph>, bienvenue.</source>
        <target>Hello, welcome.</target>
      </trans-unit>
      <trans-unit id="code-words">
        <source>Appuyez sur <ph id="4">the the</ph> pour <x id="5"/> continuer.</source>
        <target>Press <ph id="4">the the</ph> to <x id="5"/> continue.</target>
        <alt-trans><target>Press press the the button button.</target></alt-trans>
      </trans-unit>
      <trans-unit id="split-doubled">
        <source>Il est allé <g id="6">en</g> ville.</source>
        <target>He went to the <g id="6">the</g> city.</target>
      </trans-unit>
      <trans-unit id="untranslated">
        <source>Rien à traduire.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Le prix a augmenté de <pc id="1">5 %</pc> <ph id="2"/> hier.</source>
        <target>The price rose <pc id="1">5%</pc> <ph id="2"/> yesterday yesterday.</target>
      </segment>
      <segment id="s2">
        <source>Deuxième phrase <ph id="3"/>.</source>
        <target>Second sentence.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment>
        <source>Rien.</source>
        <target>Nothing.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"
          creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="tu-7">
      <tuv xml:lang="fr-FR"><seg>Il a dit <bpt i="1">&lt;b&gt;</bpt>nous resterons<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="en-US"><seg>He said <bpt i="1">&lt;b&gt;</bpt>we will will stay<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Écrivez à <ph x="1">{email}</ph>.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Write to us.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

PO = r'''# French messages translated into English
msgid ""
msgstr ""
"Language: en_CA\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: app.py:10
#, python-format
msgid "Bonjour %(name)s, vous avez des messages."
msgstr "Hello %(nom)s, you have messages."

msgctxt "menu"
msgid "Fichier"
msgstr "File file"

msgid "Le \"chat\" a dit"
msgstr ""
"The \"cat\" said said "
"nothing."

msgid "%d fichier supprimé"
msgid_plural "%d fichiers supprimés"
msgstr[0] "%d file deleted"
msgstr[1] "Files deleted deleted"

msgid "Non traduit"
msgstr ""

#~ msgid "Ancien"
#~ msgstr "Old old"
'''


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th occurrence of `needle`, computed from the file text alone."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1
