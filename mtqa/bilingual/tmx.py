"""TMX 1.4: one Segment per ``<tu>``, its id the ``tuid`` (or ``#n``, its position, when absent).

The source is the ``<tuv>`` in the header's ``srclang`` (with ``srclang="*all*"``, the first
variant that is not English); the target is the English ``<tuv>``, or each of them when a unit
has several (then named ``tuid@lang``). A file whose source language
is English, or that has no English variant at all, is refused (mtqa checks translations into
English). Inline ``<bpt> <ept> <ph> <it> <ut>`` are placeholders keyed by element and ``i``/``x``
(or their content when they have neither); ``<hi>`` and ``<sub>`` wrap text. A ``<note>`` of the
unit or of a variant may hold an ``mtqa: ignore`` directive (see `mtqa.bilingual.ignore`).
"""

from __future__ import annotations

from typing import Any, Iterator

from mtqa.bilingual import ignore
from mtqa.bilingual.segment import Segment, SideBuilder
from mtqa.bilingual.xliff import CODES, code_key
from mtqa.bilingual.xmlscan import add_text, events, is_english, lang_of, nested_side, same_language
from mtqa.errors import InputError


def read(text: str, name: str) -> Iterator[Segment]:
    """Yield the segments of a TMX file, streaming."""
    reader = _Reader(text, name)
    for ev in events(text, name):
        if ev.kind == "start":
            reader.start(ev)
        elif ev.kind == "end":
            yield from reader.end(ev)
        elif ev.kind == "data":
            reader.data(ev)
    reader.finish()


class _Reader:
    """The walk's state between events: the header's source language, the unit being read, its
    variants, and the inline code being read inside a ``<seg>``.

    One method per kind of event keeps each decision small, as `xliff` reads its files; the
    order of the tests inside `start` and `end` matters (an inline code's content first, then
    what a ``<seg>`` holds, then the file's structure)."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name
        self.root_seen = False
        self.src_lang: str | None = None
        self.tu_id: Any = None
        self.units = 0  # units seen, for those without a tuid (named #n by position)
        self.english_seen = False
        self.variants: list[tuple[str | None, SideBuilder]] = []
        self.current: Any = None  # the SideBuilder of the <seg> being read
        self.lang: str | None = None
        self.in_seg = False
        self.code: tuple | None = None  # (tag, attributes, start) of the inline code being read
        self.code_depth = 0
        self.code_text: list[str] = []
        self.note: list[str] | None = None  # the text of the <note> being read
        self.notes: list[str] = []  # the unit's notes (its ignore directive)

    def start(self, ev: Any) -> None:
        if not self.root_seen:
            self.root(ev)
        elif self.code is not None:
            self.code_depth += 1
        elif self.in_seg:
            self.inline(ev)
        else:
            self.structure(ev)

    def root(self, ev: Any) -> None:
        if ev.name != "tmx":
            raise InputError(f"{self.name}: not a TMX file (root element <{ev.name}>)")
        self.root_seen = True

    def inline(self, ev: Any) -> None:
        """An element inside a ``<seg>``: a code to protect, or a wrapper around text."""
        if ev.name in ("seg", "tuv", "tu", "body"):
            raise nested_side(self.name, self.text, ev, "seg", "TMX")
        if ev.name in CODES:
            self.code, self.code_depth, self.code_text = (ev.name, ev.attrs, ev.start), 1, []

    def structure(self, ev: Any) -> None:
        """An element outside any ``<seg>``: the header, a unit, a variant, a segment opening."""
        if ev.name == "header":
            self.src_lang = ev.attrs.get("srclang")
            if self.src_lang and self.src_lang != "*all*" and is_english(self.src_lang):
                raise InputError(f"{self.name}: the header declares source language {self.src_lang!r}; mtqa checks "
                                 f"translations into English from another language")
        elif ev.name == "tu":
            self.units += 1
            self.tu_id = ev.attrs.get("tuid") or f"#{self.units}"
            self.variants, self.notes = [], []
        elif ev.name == "note" and self.tu_id is not None:
            self.note = []
        elif ev.name == "tuv":
            self.lang = lang_of(ev.attrs)
        elif ev.name == "seg":
            self.in_seg = True
            self.current = SideBuilder(ev.end)

    def end(self, ev: Any) -> Iterator[Segment]:
        if self.code is not None:
            self.close_code(ev)
        elif ev.name == "seg":
            self.in_seg = False
            self.variants.append((self.lang, self.current))
        elif ev.name == "note" and self.note is not None:
            self.notes.append("".join(self.note))
            self.note = None
        elif ev.name == "tu":
            directive = ignore.directive(self.notes)
            for seg in _pair(self.tu_id, self.variants, self.src_lang, self.name):
                seg.ignore = directive
                self.english_seen = self.english_seen or seg.target is not None
                yield seg
            self.tu_id = None

    def close_code(self, ev: Any) -> None:
        """An inline code ends with its own element; without an id, its content tells it apart."""
        self.code_depth -= 1
        if self.code_depth == 0:
            assert self.code is not None
            tag, attrs, start = self.code
            key = code_key(tag, attrs)
            if key == tag:  # no id: the native code itself tells codes apart
                key = f"{tag}:{''.join(self.code_text)}"
            self.current.code(key, self.text[start:ev.end], start, ev.end)
            self.code = None

    def data(self, ev: Any) -> None:
        if self.code is not None:
            self.code_text.append(ev.text)
        elif self.note is not None:
            self.note.append(ev.text)
        elif self.in_seg:
            add_text(self.current, ev, self.text)

    def finish(self) -> None:
        """Refuse a file that held no element, or units none of which has an English variant."""
        if not self.root_seen:
            raise InputError(f"{self.name}: empty XML file")
        if self.units and not self.english_seen:
            raise InputError(f"{self.name}: no English variant (<tuv xml:lang=\"en…\">) in any unit; mtqa checks "
                             f"translations into English")


def _pair(tu_id: str, variants: list, src_lang: str | None, name: str) -> list[Segment]:
    """The unit's segments: its source variant with each English one. A memory may hold several
    English variants (en-GB and en-US, or two of one language from merged memories); each is a
    target of its own, named ``tuid@lang`` (``tuid@lang#n`` for a language's n-th), since
    checking only the first would pass whatever the others say. No English variant: one segment
    with no target (a note names it)."""
    source = None
    english: list[tuple[str, Any]] = []
    for lang, side in variants:
        if lang is None:
            raise InputError(f"{name}: a variant of unit {tu_id!r} has no xml:lang")
        if is_english(lang):
            english.append((lang, side))
        elif source is None and (not src_lang or src_lang == "*all*" or same_language(lang, src_lang)):
            source = side.build(lang)
    if not variants:
        return []
    if source is None:
        source = SideBuilder(0).build(src_lang)
    if len(english) <= 1:
        return [Segment(tu_id, source, english[0][1].build(english[0][0]) if english else None)]
    seen: dict[str, int] = {}
    out = []
    for lang, side in english:
        seen[lang] = n = seen.get(lang, 0) + 1
        out.append(Segment(f"{tu_id}@{lang}" + (f"#{n}" if n > 1 else ""), source, side.build(lang), unit=tu_id))
    return out
