"""A safe, streaming XML reader that knows where every event stands in the decoded file.

XLIFF and TMX are read through defusedxml's expat parser: a DOCTYPE with an internal subset is
refused before anything in it is read, a DOCTYPE that only names a DTD is read past without
fetching it, so no external entity is ever fetched (no XXE) and no entity is ever expanded (no
billion laughs). The file is fed in chunks and no tree is built;
a reader keeps only the unit it is reading, so memory does not grow with the number of units.

Each event carries the decoded-character offsets [start, end) of what produced it in the file
(a start tag, an end tag, a run of text, an entity reference), so readers can map every
character of a segment back to the file. expat reports byte offsets of the UTF-8 it is fed;
they are turned into character offsets as the events come, in one forward pass.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtqa.errors import InputError
from mtqa.lines import LineIndex

CHUNK = 1 << 16
XML_NS = "{http://www.w3.org/XML/1998/namespace}"
_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True, slots=True)
class Event:
    """`kind` is start, end, data, comment or pi; `name` the local tag name (start/end),
    `attrs` the attributes (start), `text` the decoded text (data); [start, end) in the file."""

    kind: str
    name: str
    attrs: dict
    text: str
    start: int
    end: int


def decode_xml(data: bytes, name: str) -> tuple[str, str, bool]:
    """Decode an XML file by its BOM or declaration: (text without BOM, codec, had BOM).

    The codec writes the text back byte for byte (a BOM is written again from `had BOM`).
    An unknown or wrong encoding is an InputError naming the file.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, name, len(bom)), codec, True
    if data.startswith(b"<\x00?\x00"):
        codec = "utf-16-le"
    elif data.startswith(b"\x00<\x00?"):
        codec = "utf-16-be"
    else:
        m = _DECL.match(data[:200])
        declared = m.group(1).decode("ascii") if m else "utf-8"
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            raise InputError(f"{name}: unknown encoding {declared!r} in the XML declaration") from None
        if codec in ("utf-16", "utf-32"):
            raise InputError(f"{name}: declares {declared} but has no byte-order mark")
        refuse_utf8_declared_otherwise(data, codec, name, f"the XML declaration says {declared!r}")
    return _decode(data, codec, name, 0), codec, False


def refuse_utf8_declared_otherwise(data: bytes, codec: str, name: str, declared: str) -> None:
    """Refuse a file declared in a legacy encoding whose non-ASCII bytes are valid UTF-8: a tool
    rewrote the bytes and kept the old declaration. Read as declared, every accented letter would
    become mojibake ("Ã©"), and a fix would write the declared encoding into UTF-8 bytes. Valid
    UTF-8 sequences almost never arise from real Latin-1 or Windows-1252 text (they would need
    pairs such as "Ã©" throughout), so this is told apart reliably."""
    if codec.startswith("utf") or data.isascii():
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    first = next(i for i, b in enumerate(data) if b > 0x7F)
    line = data.count(b"\n", 0, first) + 1
    column = len(data[data.rfind(b"\n", 0, first) + 1:first].decode("utf-8")) + 1
    raise InputError(f"{name}: {declared} but the bytes are UTF-8 (first at line {line}, column {column}); "
                     f"correct the declaration to UTF-8, or convert the file to {codec}")


def _decode(data: bytes, codec: str, name: str, skip: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {codec} at byte {exc.start + skip}") from None


class _Target:
    """Collects expat callbacks as (kind, name, attrs, text, byte index) tuples."""

    def __init__(self) -> None:
        self.parser: Any = None  # the expat-backed parser, set by whoever feeds this target
        self.events: list[tuple] = []

    def _at(self) -> int:
        return self.parser.parser.CurrentByteIndex

    def start(self, tag, attrs):
        self.events.append(("start", _local(tag), attrs, "", self._at()))

    def end(self, tag):
        self.events.append(("end", _local(tag), None, "", self._at()))

    def data(self, text):
        self.events.append(("data", "", None, text, self._at()))

    def comment(self, text):
        self.events.append(("comment", "", None, text, self._at()))

    def pi(self, target, text=None):
        self.events.append(("pi", "", None, "", self._at()))

    def close(self):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def events(text: str, name: str) -> Iterator[Event]:
    """Parse `text` (a decoded XML file) and yield its events with file offsets, streaming."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    target = _Target()
    parser = DefusedXMLParser(target=target, encoding="utf-8", forbid_dtd=False)
    parser.parser.StartDoctypeDeclHandler = _doctype
    target.parser = parser
    parser.parser.buffer_text = False  # one callback per run of text, entity or line end
    # The text is fed in chunks of characters, each encoded on its own: no second copy of the file.
    # expat's byte offsets are turned back into character offsets through the chunk they fall in
    # (a chunk is dropped once every event before its end has been converted).
    chunks: list[tuple[int, int, bytes, bool]] = []  # (byte start, char start, bytes, all ASCII)
    cursor_b = cursor_c = 0  # byte and character offsets of the last position converted

    def char_at(b: int) -> int:
        nonlocal cursor_b, cursor_c
        if b < cursor_b:  # never expected: events come in file order
            raise InputError(f"{name}: could not follow the XML parser's positions")
        for b0, c0, raw, ascii_only in chunks:
            if b0 <= b <= b0 + len(raw):
                if ascii_only:  # one byte per character
                    cursor_b, cursor_c = b, c0 + b - b0
                    return cursor_c
                if not b0 <= cursor_b <= b0 + len(raw):
                    cursor_b, cursor_c = b0, c0
                cursor_c += len(raw[cursor_b - b0:b - b0].decode("utf-8"))
                cursor_b = b
                return cursor_c
        raise InputError(f"{name}: could not follow the XML parser's positions")

    pending: tuple | None = None
    byte_pos = 0
    try:
        for i in range(0, len(text) or 1, CHUNK):
            piece = text[i:i + CHUNK]
            try:
                raw = piece.encode("utf-8")
            except UnicodeEncodeError as exc:  # a library caller's str (a file is decoded first)
                raise InputError(f"{name}: not Unicode text (holds a lone surrogate at character "
                                 f"{i + exc.start + 1})") from None
            chunks.append((byte_pos, i, raw, len(raw) == len(piece)))
            while len(chunks) > 1 and chunks[0][0] + len(chunks[0][2]) < cursor_b:
                chunks.pop(0)  # every position still to convert lies at or after cursor_b
            byte_pos += len(raw)
            parser.feed(raw)
            if i + CHUNK >= len(text):
                parser.close()  # may report the last events
            batch, target.events = target.events, []
            for ev in batch:
                if pending is not None:
                    yield _event(pending, char_at(pending[4]), char_at(ev[4]), text)
                pending = ev
    except DefusedXmlException:
        raise InputError(f"{name}: has a DOCTYPE with declarations of its own; mtqa refuses DTD and entity "
                         f"declarations in XML files (external entities and entity expansion are never "
                         f"processed)") from None
    except ParseError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc})") from None
    if pending is not None:
        yield _event(pending, char_at(pending[4]), len(text), text)


def _doctype(name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool) -> None:
    """A DOCTYPE that only names its DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as TMX 1.4 and
    many tools write it) is read past: the DTD is never fetched (expat reads no external
    subset, and defusedxml refuses any external entity). One with declarations of its own
    (`[<!ENTITY ...>]`: billion laughs, XXE) is refused before any of them is read."""
    from defusedxml import DTDForbidden

    if has_internal_subset:
        raise DTDForbidden(name, sysid, pubid)


def _event(raw: tuple, start: int, end: int, text: str) -> Event:
    kind, name, attrs, data, _ = raw
    return Event(kind, name, attrs or {}, data, start, max(start, end))


# What may follow a run of text in the file without a callback of its own: the end of the CDATA
# section it was in, the start of one after it (expat reports no event for either).
_CDATA_MARKS = re.compile(r"(?:\]\]>|<!\[CDATA\[)*")
_TRAILING_CDATA_MARKS = re.compile(r"(?:\]\]>|<!\[CDATA\[)+\Z")


def add_text(builder, ev: Event, file_text: str) -> None:
    """Add a data event to a SideBuilder: literal characters map one to one (also those just
    before or inside a CDATA section), anything written otherwise (an entity, a character
    reference, CRLF read as LF) maps as one unit. A unit ends where what it writes ends, not
    after the CDATA marks that follow it: `&gt;<![CDATA[a` maps ">" to `&gt;` alone, so a fix that
    removes the ">" leaves the section's opening mark in place (it cut the mark, and the file no
    longer parsed)."""
    raw = file_text[ev.start:ev.end]
    if raw.startswith(ev.text) and _CDATA_MARKS.fullmatch(raw, len(ev.text)):
        builder.literal(ev.text, ev.start)
        return
    end = ev.end
    if raw.endswith((">", "[")):
        marks = _TRAILING_CDATA_MARKS.search(raw)
        if marks is not None and marks.start() > 0:
            end = ev.start + marks.start()
    builder.unit(ev.text, ev.start, end)


def nested_side(name: str, text: str, ev: Event, outer: str, fmt: str) -> InputError:
    """The error for a side (`<target>`, `<seg>`…) opened inside another: the formats allow only
    inline elements there, and reading both as one run of text would check words no one wrote
    as one sentence. Names the inner tag's line and column, as a validating tool would."""
    line, column = LineIndex(text).position(ev.start)
    return InputError(f"{name}: line {line}, column {column}: <{ev.name}> inside a <{outer}>; {fmt} allows only inline "
                      f"elements in a <{outer}>")


def lang_of(attrs: dict) -> str | None:
    return attrs.get(XML_NS + "lang") or attrs.get("lang")


def is_english(lang: str | None) -> bool:
    return lang is not None and lang.replace("_", "-").lower().split("-")[0] == "en"


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two language tags name the same language (en-CA and en_ca do; en and en-GB do not)."""
    if not a or not b:
        return True
    return a.replace("_", "-").lower() == b.replace("_", "-").lower()
