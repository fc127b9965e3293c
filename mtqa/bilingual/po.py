"""gettext PO: one Segment per translated string (``msgstr``; ``msgstr[n]`` for plural forms).

polib parses and validates the file (syntax errors, flags, obsolete entries); a small scanner
then finds where each string literal stands in the file, so every character of a ``msgstr``
maps to its place between the quotes (an escape such as ``\\"`` or ``\\n`` maps as a unit) and
a fix can be spliced in with the file's own escaping. The two must agree on every string, or
the file is refused rather than mis-mapped.

The source of ``msgstr`` and ``msgstr[0]`` is ``msgid``, of ``msgstr[n>0]`` ``msgid_plural``.
A segment's id is ``msgctxt|msgid`` (``msgid`` alone without a context), plus ``[n]`` for a
plural form. Format placeholders (``%s``, ``%(name)s``, ``{name}``) become placeholder codes.
The header's ``Language`` must be English when given. A translator (``#``) or extracted (``#.``)
comment may hold an ``mtqa: ignore`` directive for the entry (see `mtqa.bilingual.ignore`).
Fuzzy entries are checked (a QA pass is where a fuzzy translation gets its review, as Xbench
checks every segment by default); their state is ``fuzzy``, any other entry's ``translated``, so
``--segment-state translated`` leaves them out (`mtqa.bilingual.states`); obsolete (``#~``) entries and the header are not.
"""

from __future__ import annotations

import codecs
import itertools
import re
from typing import Iterator

from mtqa.bilingual import ignore, placeholders
from mtqa.bilingual.segment import Segment, SideBuilder
from mtqa.bilingual.xmlscan import is_english, refuse_utf8_declared_otherwise
from mtqa.errors import InputError

_CHARSET = re.compile(rb"charset=([A-Za-z0-9._-]+)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_KEYWORD = re.compile(r'[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]*"')
_CONTINUATION = re.compile(r'[ \t]*"')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def decode_po(data: bytes, name: str) -> tuple[str, str, bool]:
    """Decode a PO file by the charset of its header: (text, codec, had UTF-8 BOM)."""
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    m = _CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii") if m and m.group(1) != b"CHARSET" else "utf-8"
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        raise InputError(f"{name}: unknown charset {declared!r} in the PO header") from None
    refuse_utf8_declared_otherwise(data, codec, name, f"the PO header declares charset {declared!r}")
    try:
        return data.decode(codec), codec, bom
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {codec} at byte {exc.start + (3 if bom else 0)}") from None


class _Field:
    """A keyword's string value as the scanner reads it, each character with its file span."""

    __slots__ = ("chars", "offsets", "ends", "start")

    def __init__(self, start: int) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self.start = start

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _literal(line: str, base: int, quote: int, field: _Field, name: str, lineno: int) -> None:
    """Read the string literal opening at line[quote] into `field` (offsets: base + column)."""
    i = quote + 1
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == '"':
            return
        if ch == "\\" and i + 1 < n:
            nxt = line[i + 1]
            if nxt in _ESCAPES:
                value, j = _ESCAPES[nxt], i + 2
            elif nxt in "01234567":
                j = i + 1
                while j < n and j < i + 4 and line[j] in "01234567":
                    j += 1
                value = chr(int(line[i + 1:j], 8))
            elif nxt == "x":
                m = re.match(r"[0-9A-Fa-f]+", line[i + 2:])
                if not m:
                    raise InputError(f"{name}: line {lineno}: bad \\x escape in a PO string")
                j = i + 2 + m.end()
                value = chr(int(m.group(), 16))
            else:
                raise InputError(f"{name}: line {lineno}: unknown escape \\{nxt} in a PO string")
            field.chars.append(value)
            field.offsets.append(base + i)
            field.ends.append(base + j)
            i = j
            continue
        field.chars.append(ch)
        field.offsets.append(base + i)
        field.ends.append(base + i + 1)
        i += 1
    raise InputError(f"{name}: line {lineno}: unterminated string in the PO file")


def _scan(text: str, name: str) -> Iterator[dict]:
    """Yield each entry's fields (keyword → _Field) in file order, obsolete entries left out."""
    entry: dict = {}
    current: _Field | None = None
    lineno = 0
    for m in _LINE.finditer(text):
        raw = m.group()
        if not raw:
            break
        lineno += 1
        line = raw.rstrip("\r\n")
        base = m.start()
        km = _KEYWORD.match(line)
        if km:
            key = km.group(1)
            if (key == "msgctxt" or (key == "msgid" and "msgid" in entry)) and entry:
                yield entry
                entry = {}
            if key in entry:  # a line the scanner skipped (`msgid t"`) joined two entries:
                # polib may read it as an entry of its own, so the later value would be mapped
                # onto the earlier entry and a fix written into the wrong string
                raise InputError(f"{name}: line {lineno}: a second {key} in one PO entry (is the "
                                 f"line before it a well-formed keyword and string?)")
            current = entry[key] = _Field(base + km.end() - 1)
            entry.setdefault("_line", lineno)
            _literal(line, base, km.end() - 1, current, name, lineno)
        elif current is not None and (cm := _CONTINUATION.match(line)):
            _literal(line, base, cm.end() - 1, current, name, lineno)
        elif not line.strip() or line.lstrip().startswith("#"):
            current = None
    if entry:
        yield entry


def read(text: str, name: str) -> Iterator[Segment]:
    """Yield the translated strings of a PO file as segments."""
    po = _parse(text, name)
    source_lang = _source_language(po, name)
    first_at: dict[str, int] = {}
    for entry, fields in _located_entries(po, text, name):
        ident = _entry_id(entry, fields, name, first_at)
        yield from _entry_segments(entry, fields, ident, source_lang, name)


def _parse(text: str, name: str):
    """The file as polib reads it, which validates its syntax (a bad file is the user's input error)."""
    import polib

    try:
        return polib.pofile(text)
    except (OSError, ValueError, UnicodeError) as exc:
        raise InputError(f"{name}: not a valid PO file ({exc})") from None


def _source_language(po, name: str) -> str | None:
    """The source language the header declares, if any, once the header is known to describe a
    translation into English from another language (the only kind mtqa checks)."""
    language = po.metadata.get("Language", "").strip()
    if language and not is_english(language):
        raise InputError(f"{name}: the PO header declares Language {language!r}; mtqa checks translations into "
                         f"English")
    source_lang = po.metadata.get("X-Source-Language", "").strip() or None
    if source_lang and is_english(source_lang):
        raise InputError(f"{name}: the PO header declares source language {source_lang!r}; mtqa checks "
                         f"translations into English from another language")
    return source_lang


def _located_entries(po, text: str, name: str) -> Iterator[tuple]:
    """Each entry polib parsed (the header and obsolete entries left out) beside the fields the
    scanner found for it in the file, one pair at a time: the scanner's fields (every character
    with its file span) are kept only for the entry being checked, so a 50,000-entry file does
    not hold them all. The two must find as many entries, or the file is refused rather than
    mis-mapped (an entry the scanner missed shows as a disagreement on the next entry, or here
    at the end)."""
    entries = (e for e in po if not e.obsolete and e.msgid != "")
    scanned = (f for f in _scan(text, name) if "msgid" in f and f["msgid"].text != "")
    parsed = found = 0
    for pair in itertools.zip_longest(entries, scanned):
        if pair[0] is None or pair[1] is None:
            parsed += pair[0] is not None
            found += pair[1] is not None
            continue
        parsed += 1
        found += 1
        yield pair
    if parsed != found:
        raise InputError(f"{name}: could not locate every PO entry in the file ({found} found, "
                         f"{parsed} parsed)")


def _entry_id(entry, fields: dict, name: str, first_at: dict[str, int]) -> str:
    """The entry's segment id (``msgctxt|msgid``, or ``msgid`` alone), once its scanned fields
    agree with what polib parsed and no earlier entry has the same id. `first_at` records each
    id's line for the entries after it."""
    ctxt = entry.msgctxt or ""
    if fields["msgid"].text != entry.msgid or (fields["msgctxt"].text if "msgctxt" in fields else "") != ctxt:
        raise InputError(f"{name}: line {fields['_line']}: could not map this PO entry onto the file")
    ident = f"{ctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid
    if ident in first_at:  # msgfmt refuses it too, and two segments would answer to one id
        raise InputError(f"{name}: line {fields['_line']}: msgid {entry.msgid!r}"
                         f"{f' (context {ctxt!r})' if entry.msgctxt else ''} is defined twice "
                         f"(first at line {first_at[ident]})")
    first_at[ident] = fields["_line"]
    return ident


def _entry_segments(entry, fields: dict, ident: str, source_lang: str | None, name: str) -> Iterator[Segment]:
    """One segment per translated form of an entry (``msgstr``, or each ``msgstr[n]``): its
    source is ``msgid``, or ``msgid_plural`` for a plural form after the first; an empty
    translation has no target."""
    flags = tuple(entry.flags)
    directive = ignore.directive([entry.tcomment or "", entry.comment or ""])
    forms = sorted(k for k in fields if k.startswith("msgstr"))
    for key in forms:
        n = int(key[7:-1]) if key != "msgstr" else None
        src_field = fields["msgid_plural"] if n and "msgid_plural" in fields else fields["msgid"]
        tgt_field = fields[key]
        expected = entry.msgstr if n is None else entry.msgstr_plural.get(n, "")
        if tgt_field.text != expected:
            raise InputError(f"{name}: line {fields['_line']}: could not map this PO entry onto the file")
        target = _side(tgt_field, flags, source_lang, "en") if tgt_field.text else None
        yield Segment(ident if n is None else f"{ident}[{n}]", _side(src_field, flags, source_lang, None), target,
                      line=fields["_line"], flags=flags, ignore=directive,
                      state="fuzzy" if "fuzzy" in flags else "translated")


def _side(field: _Field, flags: tuple[str, ...], lang, default):
    """A side with its format placeholders turned into codes."""
    builder = SideBuilder(field.start + 1)
    text = field.text
    spans = placeholders.find(text, flags)
    i = 0
    for s, e, shown in spans:
        for k in range(i, s):
            builder.unit(field.chars[k], field.offsets[k], field.ends[k])
        builder.code(shown, shown, field.offsets[s], field.ends[e - 1])
        i = e
    for k in range(i, len(text)):
        builder.unit(field.chars[k], field.offsets[k], field.ends[k])
    return builder.build(lang or default)
