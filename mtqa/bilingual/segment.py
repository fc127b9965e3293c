"""The shared segment model: one translation unit, its source and its target mapped onto the file.

A reader (xliff, tmx, po) turns a file into Segments one at a time. Each side of a segment is
the plain text the rules read plus, for every character, where it stands in the decoded file
(`offsets`, `ends`), so a finding on the target lands on an exact line and column of the file
and a fix can be spliced into the file without re-serialising it.

Inline markup never reaches the rules as words: a code (XLIFF ``<x/>``, ``<ph>…</ph>``,
``<bpt>``, TMX ``<ph>``, PO ``%s``, ``{name}``) becomes one PLACEHOLDER character that maps to
the whole code in the file; a wrapper (``<g>…</g>``, ``<pc>…</pc>``, ``<mrk>``) adds no
character, its content is text. Every code (wrappers included) is recorded with a key so that
codes lost or added between source and target can be found (``source/placeholder-mismatch``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mtqa.formats import PLACEHOLDER


@dataclass(frozen=True, slots=True)
class Code:
    """An inline code: `key` compares source with target, `shown` is how the file writes it,
    `index` its position in the side's text (its PLACEHOLDER character, or where a wrapper opens)."""

    key: str
    shown: str
    index: int
    placeholder: bool = True


@dataclass
class Side:
    """One side of a segment as the rules read it, mapped to file offsets (decoded characters)."""

    text: str
    offsets: list[int]
    ends: list[int]
    codes: list[Code] = field(default_factory=list)
    lang: str | None = None
    start: int = 0  # file offset where the side's content starts (for an empty side)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of text[start:end] (end exclusive); an empty span maps to one point."""
        if not self.text:
            return self.start, self.start
        if end <= start:
            pos = self.offsets[start] if start < len(self.text) else self.ends[-1]
            return pos, pos
        return self.offsets[start], self.ends[end - 1]

    def part(self, start: int, end: int, codes: range) -> Side:
        """text[start:end] as a side of its own, mapped to the same file offsets, holding
        self.codes[codes] (those read inside it): a segment marked inside a larger unit, as
        XLIFF 1.2's ``<mrk mtype="seg">`` marks them."""
        kept = [Code(c.key, c.shown, c.index - start, c.placeholder) for c in self.codes[codes.start:codes.stop]]
        file_start = self.offsets[start] if start < len(self.text) else (self.ends[start - 1] if start else self.start)
        return Side(self.text[start:end], self.offsets[start:end], self.ends[start:end], kept, self.lang, file_start)

    def editable(self, start: int, end: int) -> bool:
        """Whether text[start:end] can be replaced in the file as plain characters: no code
        inside it and no markup between its characters."""
        for i in range(start, end):
            if self.text[i] == PLACEHOLDER and any(c.index == i and c.placeholder for c in self.codes):
                return False
            if i + 1 < end and self.ends[i] != self.offsets[i + 1]:
                return False
        return True


class SideBuilder:
    """Collects a side's characters, their file spans and its codes while a reader walks the file."""

    __slots__ = ("chars", "offsets", "ends", "codes", "start")

    def __init__(self, start: int = 0) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self.codes: list[Code] = []
        self.start = start

    def literal(self, text: str, start: int) -> None:
        """Characters written as themselves in the file from offset `start` on."""
        self.chars.extend(text)
        self.offsets.extend(range(start, start + len(text)))
        self.ends.extend(range(start + 1, start + len(text) + 1))

    def unit(self, text: str, start: int, end: int) -> None:
        """Characters written otherwise in the file (an entity, a character reference, CRLF)."""
        for ch in text:
            self.chars.append(ch)
            self.offsets.append(start)
            self.ends.append(end)

    def code(self, key: str, shown: str, start: int, end: int, placeholder: bool = True) -> None:
        """An inline code spanning file[start:end]; a placeholder code adds one PLACEHOLDER character."""
        self.codes.append(Code(key, shown, len(self.chars), placeholder))
        if placeholder:
            self.chars.append(PLACEHOLDER)
            self.offsets.append(start)
            self.ends.append(end)

    def build(self, lang: str | None = None) -> Side:
        return Side("".join(self.chars), self.offsets, self.ends, self.codes, lang, self.start)


@dataclass
class Segment:
    """One translation unit: `id` as the file names it (trans-unit/unit id, TMX tuid, PO
    msgctxt|msgid), its source, and its target (None when the file has none for it)."""

    id: str
    source: Side
    target: Side | None
    line: int = 0
    flags: tuple[str, ...] = ()
    ignore: tuple[tuple[bool, str], ...] | None = None  # its notes' `mtqa: ignore` directives as read (mtqa.bilingual.ignore), None for none
    state: str | None = None  # as the file spells it (mtqa.bilingual.states); None: the file says none
    locked: bool = False
    unit: str | None = None  # the unit it is one variant of (a TMX ``<tu>`` with several English ``<tuv>``); None: its own
