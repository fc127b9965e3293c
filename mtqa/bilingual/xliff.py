"""XLIFF 1.2 and 2.x: one Segment per trans-unit (1.2) or per segment of a unit (2.x).

XLIFF 1.2: ``<file source-language target-language>`` → ``<trans-unit id>`` → ``<source>``,
``<target>`` (``<alt-trans>`` proposals are skipped). A trans-unit segmented as SDLXLIFF and Okapi
write it (``<seg-source>`` and ``<target>`` each holding one ``<mrk mtype="seg" mid>`` per
sentence) is one Segment per ``mid``, named ``unit-id#mid``, checked against its own source
sentence, with its own SDLXLIFF state and lock. XLIFF 2.x:
``<xliff srcLang trgLang>`` → ``<unit id>`` → ``<segment>`` → ``<source>``, ``<target>``; a
unit with several segments names them ``unit-id#segment-id`` (or ``#n`` when unnamed), and a
unit without an id is ``#n``, its position in the file.

Inline codes: ``<x/> <bx/> <ex/> <ph> <bpt> <ept> <it> <sc/> <ec/>`` are
placeholders (their content is native code, never words); 2.x's ``<cp hex/>`` is the character it
encodes; ``<g> <pc> <mrk> <sub>`` wrap text,
except protected text (1.2 ``<mrk mtype="protected">``, 2.x ``<mrk translate="no">`` and
``<sm translate="no"/>``…``<em/>``), which is a placeholder too: never checked, never fixed.
Other 2.x ``<sm/>``/``<em/>`` (a ``<mrk>`` split across markup) are annotations, a reviewer's
comment or a term, that one side may carry and the other not: they add no character and are
never compared.
A code's key is its element and id, so ``<x id="1"/>`` in the source matches ``<x id="1"/>``
in the target.

Units marked ``translate="no"`` are skipped, and so is every unit inside a ``<file>`` or ``<group>``
so marked (the attribute is inherited, as both versions define it) unless the unit says
``translate="yes"``. A unit's ``<note>`` (1.2) or ``<notes><note>`` (2.x) may hold an
``mtqa: ignore`` directive for its segments (see `mtqa.bilingual.ignore`). States and locks
(1.2 ``<target state>``, 2.x ``<segment state subState>``, SDLXLIFF ``<sdl:seg conf locked>``,
memoQ's ``mq:status`` and Phrase's ``m:confirmed`` on a trans-unit, a ``locked`` attribute on a
unit or segment) are read into each Segment (see `mtqa.bilingual.states`). Languages: the target language must be English (mtqa checks English); a ``<target xml:lang>``
that contradicts the file's target language is an error, as is a source declared English.
"""

from __future__ import annotations

from typing import Any, Iterator

from mtqa.bilingual import ignore, states
from mtqa.bilingual.segment import Segment, SideBuilder
from mtqa.bilingual.xmlscan import add_text, events, is_english, lang_of, nested_side, same_language
from mtqa.errors import InputError
from mtqa.formats import PLACEHOLDER
from mtqa.lines import LineIndex

CODES = frozenset("x bx ex ph bpt ept it ut sc ec cp".split())
WRAPPERS = frozenset("g pc mrk sub hi".split())
UNIT = {"1": "trans-unit", "2": "segment"}
# Elements of the file's structure, never inside a source or target (a side's content is text and inline elements).
STRUCTURE = frozenset(("source", "target", "seg-source", "segment", "trans-unit", "unit", "file", "body"))
SKIPPED = frozenset(("alt-trans", "ignorable", "originalData", "matches",
                     "context-group", "count-group", "prop-group"))


def check_languages(name: str, source_lang: str | None, target_lang: str | None, where: str = "the file") -> None:
    """Refuse a file whose target is not English, or whose source is English too."""
    if target_lang and not is_english(target_lang):
        raise InputError(f"{name}: {where} declares target language {target_lang!r}; mtqa checks translations "
                         f"into English")
    if source_lang and is_english(source_lang):
        raise InputError(f"{name}: {where} declares source language {source_lang!r}; mtqa checks translations "
                         f"into English from another language")


def read(text: str, name: str) -> Iterator[Segment]:
    """Yield the segments of an XLIFF file (1.2 or 2.x), streaming."""
    reader = _Reader(text, name)
    for ev in events(text, name):
        if ev.kind == "start":
            reader.start(ev)
        elif ev.kind == "end":
            yield from reader.end(ev)
        elif ev.kind == "data":
            reader.data(ev)
    if reader.version is None:
        raise InputError(f"{name}: empty XML file")


class _Reader:
    """The walk's state between events: where in the file we are, and the unit being read.

    One method per kind of event keeps each decision small; the order of the tests inside
    `start` and `end` matters (skipped content first, then an inline code, then a side)."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name
        self.version: str | None = None  # "1" or "2" once the root element is read
        self.src_lang: str | None = None
        self.tgt_lang: str | None = None
        self.stack: list[str] = []
        self.skip_depth = 0  # >0 while inside an element whose content is not segment text
        self.unit_id: str | None = None
        self.seg_id: str | None = None
        self.sides: dict[str, SideBuilder] = {}
        self.side: str | None = None  # the side being read ("source" or "target"), or None
        self.code: tuple[str, int] | None = None  # (key, start) of the inline code being read
        self.code_depth = 0
        self.unit_start = 0
        self.units = 0  # units seen, for those without an id (named #n by position)
        self.pending: list = []  # the segments of the unit being read (XLIFF 2: a unit may have several)
        self.files = 0  # <file> elements seen (XLIFF 1.2), to name the one in the wrong languages
        self.translate = ["yes"]  # the inherited translate value of each open <file>/<group> (and the root)
        self.note: list[str] | None = None  # the text of the unit's <note> being read
        self.notes: list[str] = []  # the unit's notes read so far (its ignore directive)
        self.unit_locked = False  # a `locked` attribute on the unit (memoQ, Phrase)
        self.seg_state: tuple[str | None, bool] = (None, False)  # the segment's state and lock, as read
        self.sdl_segs: list[tuple[str | None, str | None, bool]] = []  # SDLXLIFF's <sdl:seg id conf locked> of the unit
        # 1.2 segmentation: per side, the <mrk mtype="seg"> read (mid, first char, end char, codes inside)
        self.marks: dict[str, list[tuple[str, int, int, range]]] = {}
        self.mark: tuple[str, int, int, int] | None = None  # (mid, first char, first code, depth) of the one open
        # 2.x ``<sm translate="no"/>``…``<em/>``: (code key, file offset, sm id) of the protected span open
        self.protect: tuple[str, int, str] | None = None

    @property
    def segment_tag(self) -> str:
        return UNIT[self.version or "1"]

    def start(self, ev: Any) -> None:
        self.stack.append(ev.name)
        if self.version is None:
            self.root(ev)
        elif self.skip_depth:
            self.skip_depth += 1
        elif self.code is not None:
            self.code_depth += 1
        elif self.side is not None:
            self.inline(ev)
        else:
            self.structure(ev)

    def root(self, ev: Any) -> None:
        if ev.name != "xliff":
            raise InputError(f"{self.name}: not an XLIFF file (root element <{ev.name}>)")
        self.version = "2" if ev.attrs.get("version", "").startswith("2") else "1"
        if self.version == "2":
            self.src_lang, self.tgt_lang = ev.attrs.get("srcLang"), ev.attrs.get("trgLang")
            check_languages(self.name, self.src_lang, self.tgt_lang)

    def inline(self, ev: Any) -> None:
        """An element inside a source or target: a code to protect or a wrapper around text."""
        assert self.side is not None
        if ev.name in STRUCTURE:
            raise nested_side(self.name, self.text, ev, self.side, "XLIFF")
        if self.protect is not None:  # inside <sm translate="no"/>…<em/>: nothing is read until its <em/>
            if ev.name == "em" and ev.attrs.get("startRef") == self.protect[2]:
                self.close_protected(ev.end)
            return
        if ev.name == "sm" and protected(ev.attrs):
            self.protect = (code_key("sm", ev.attrs), ev.start, ev.attrs.get("id") or "")
        elif ev.name == "cp":
            self.code_point(ev)
        elif ev.name == "mrk" and ev.attrs.get("mtype") == "seg" and self.mark is None:
            builder = self.sides[self.side]
            self.mark = (ev.attrs.get("mid") or "", len(builder.chars), len(builder.codes), len(self.stack))
        elif ev.name in CODES or (ev.name == "mrk" and protected(ev.attrs)):
            self.code, self.code_depth = (code_key(ev.name, ev.attrs), ev.start), 1
        elif ev.name in ("g", "pc"):
            self.sides[self.side].code(code_key(ev.name, ev.attrs), self.text[ev.start:ev.end], ev.start, ev.end,
                                       placeholder=False)

    def close_protected(self, end: int) -> None:
        """A protected span of 2.x markers ends (its ``<em/>``, or its side): one placeholder
        for all of it, markup and text, compared with the other side's by the marker's id."""
        assert self.protect is not None and self.side is not None
        key, start, _ = self.protect
        self.sides[self.side].code(key, self.text[start:end], start, end)
        self.protect = None

    def code_point(self, ev: Any) -> None:
        """2.x ``<cp hex="0007"/>``, a character XML cannot hold: read as that character (a
        control character left in a target is an error the rules can see); a ``hex`` that is no
        code point (or a surrogate, which no text can print) is a code like any other."""
        assert self.side is not None
        try:
            point = int(ev.attrs.get("hex", ""), 16)
        except ValueError:
            point = -1
        if not 0 <= point <= 0x10FFFF or 0xD800 <= point <= 0xDFFF:  # no character (a lone surrogate would not print)
            self.sides[self.side].code(code_key(ev.name, ev.attrs), self.text[ev.start:ev.end], ev.start, ev.end)
            return
        self.sides[self.side].unit(chr(point), ev.start, ev.end)

    def structure(self, ev: Any) -> None:
        """An element outside any side: a file, unit or segment opening, a side, or skipped content."""
        translate = ev.attrs.get("translate") or self.translate[-1]
        if ev.name in ("file", "group"):
            self.translate.append(translate)
        if ev.name in ("trans-unit", "unit"):
            self.notes, self.sdl_segs, self.unit_locked = [], [], states.is_locked(ev.attrs)
            if translate == "no":
                self.skip_depth = 1  # not for translation: nothing to check
                return
        if not self.open_about_units(ev):
            self.open_unit_part(ev)

    def open_about_units(self, ev: Any) -> bool:
        """A note, a 1.x file's languages or an SDLXLIFF segment definition: what is said about the
        units rather than their text. False for any other element."""
        if ev.name == "note":  # a unit's note is read for its directive; any other is skipped
            self.skip_depth = 1
            if self.stack[-2] in ("trans-unit", "unit") or self.stack[-3:-1] == ["unit", "notes"]:
                self.note = []
        elif ev.name == "file" and self.version == "1":
            self.open_file(ev)
        elif ev.name == "seg" and self.stack[-2:-1] == ["seg-defs"]:  # SDLXLIFF: one per segment of the unit
            self.sdl_segs.append((ev.attrs.get("id"), ev.attrs.get("conf"), states.is_locked(ev.attrs)))
        else:
            return False
        return True

    def open_file(self, ev: Any) -> None:
        """A 1.x ``<file>``: its languages, checked; in a package of several, the error names the file,
        as a file in other languages may sit among them."""
        self.src_lang, self.tgt_lang = ev.attrs.get("source-language"), ev.attrs.get("target-language")
        self.files += 1
        if self.files == 1:
            check_languages(self.name, self.src_lang, self.tgt_lang)
            return
        try:
            check_languages(self.name, self.src_lang, self.tgt_lang, "")
        except InputError:
            line, _ = LineIndex(self.text).position(ev.start)
            original = ev.attrs.get("original")
            where = f"<file> {original!r} at line {line}" if original else f"the <file> at line {line}"
            check_languages(self.name, self.src_lang, self.tgt_lang, where)

    def open_unit_part(self, ev: Any) -> None:
        """A 2.x unit, a segment, one of its sides, or content skipped whole."""
        if ev.name == "unit" and self.version == "2":
            self.units += 1
            self.unit_id = ev.attrs.get("id") or f"#{self.units}"
        elif ev.name == self.segment_tag:
            self.open_segment(ev)
        elif ev.name in ("source", "target", "seg-source") and len(self.stack) >= 2 and self.stack[-2] == self.segment_tag:
            self.open_side(ev)
        elif ev.name in SKIPPED:
            self.skip_depth = 1

    def open_segment(self, ev: Any) -> None:
        """A segment (1.x: the trans-unit itself, counted as a unit): its id, state and lock, and no sides yet."""
        if self.version == "1":
            self.units += 1
            self.unit_id = ev.attrs.get("id") or f"#{self.units}"
        else:
            self.seg_id = ev.attrs.get("id")
        state = ev.attrs.get("state") or states.vendor_state(ev.attrs)
        if state and ev.attrs.get("subState"):
            state = f"{state} ({ev.attrs['subState']})"
        self.seg_state = (state, states.is_locked(ev.attrs))
        self.sides, self.marks = {}, {}
        self.unit_start = ev.start

    def open_side(self, ev: Any) -> None:
        self.side = side = ev.name
        self.sides[side] = SideBuilder(ev.end)
        side_lang = lang_of(ev.attrs)
        expected = self.tgt_lang if side == "target" else self.src_lang
        if side_lang and expected and not same_language(side_lang, expected):
            raise InputError(f"{self.name}: mismatched languages: the {side} of unit {self.unit_id!r} is "
                             f"{side_lang!r}, the file says {expected!r}")
        if side == "target":
            check_languages(self.name, None, side_lang, f"the target of unit {self.unit_id!r}")
            if self.version == "1" and ev.attrs.get("state") and self.seg_state[0] is None:
                self.seg_state = (ev.attrs["state"], self.seg_state[1])  # a memoQ or Phrase status wins

    def end(self, ev: Any) -> Iterator[Segment]:
        self.stack.pop()
        if self.skip_depth:
            self.skip_depth -= 1
            if not self.skip_depth and self.note is not None:
                self.notes.append("".join(self.note))
                self.note = None
        elif ev.name in ("file", "group") and self.side is None and len(self.translate) > 1:
            self.translate.pop()
        elif self.code is not None:
            self.close_code(ev)
        elif self.side is not None and ev.name == self.side and (not self.stack or self.stack[-1] == self.segment_tag):
            if self.protect is not None:  # an <sm/> whose <em/> never came: protected to the side's end
                self.close_protected(ev.start)
            self.side = None
        elif self.mark is not None and ev.name == "mrk" and len(self.stack) < self.mark[3]:
            self.close_mark()
        else:
            yield from self.close_unit(ev)

    def close_code(self, ev: Any) -> None:
        self.code_depth -= 1
        if self.code_depth == 0:
            assert self.code is not None and self.side is not None
            key, start = self.code
            self.sides[self.side].code(key, self.text[start:ev.end], start, ev.end)
            self.code = None

    def close_mark(self) -> None:
        """A ``<mrk mtype="seg">`` ends: the characters and codes read inside it are one segment's."""
        assert self.mark is not None and self.side is not None
        mid, first, first_code, _ = self.mark
        builder = self.sides[self.side]
        self.marks.setdefault(self.side, []).append((mid, first, len(builder.chars), range(first_code, len(builder.codes))))
        self.mark = None

    def marked_segments(self) -> list | None:
        """A 1.2 trans-unit segmented as SDLXLIFF and Okapi write it: ``<seg-source>`` and
        ``<target>`` each hold one ``<mrk mtype="seg" mid>`` per sentence, paired by ``mid``, and
        SDLXLIFF's ``<sdl:seg id>`` gives each its state and lock. One entry per source segment
        (its target None when the target has no such ``mid``); None when the unit is not so
        segmented, or its target does not follow the source's segments (a target ``mid`` the source
        lacks, words outside every marker): then it is read whole, as one segment."""
        src_marks, tgt_marks = self.marks.get("seg-source"), self.marks.get("target")
        if not src_marks or not tgt_marks or "target" not in self.sides:
            return None
        target = self.sides["target"].build(self.tgt_lang)
        by_mid = {mid: (a, b, codes) for mid, a, b, codes in tgt_marks}
        inside = set().union(*(range(a, b) for _, a, b, _ in tgt_marks))
        outside = "".join(ch for i, ch in enumerate(target.text) if i not in inside)
        if not set(by_mid) <= {mid for mid, *_ in src_marks} or outside.replace(PLACEHOLDER, "").strip():
            return None
        source = self.sides["seg-source"].build(self.src_lang)
        sdl = {sid: (conf, locked) for sid, conf, locked in self.sdl_segs}
        state, locked = self.seg_state
        out = []
        for mid, a, b, codes in src_marks:
            tgt = by_mid.get(mid)
            conf, seg_locked = sdl.get(mid, (None, False))
            out.append((mid, (source.part(a, b, codes), target.part(*tgt) if tgt else None),
                        (conf or state, seg_locked or locked)))
        return out

    def close_unit(self, ev: Any) -> Iterator[Segment]:
        """A segment's end keeps its two sides; a unit's end yields its segments, named by position
        within the unit when it holds more than one."""
        if ev.name == self.segment_tag and self.unit_id is not None:
            marked = self.marked_segments() if self.version == "1" else None
            if marked:
                self.pending.extend(marked)
            else:
                sdl_state, sdl_locked = _sdl(self.sdl_segs)
                state, locked = self.seg_state
                self.pending.append((self.seg_id, _sides(self.sides, self.src_lang, self.tgt_lang, self.unit_start),
                                     (sdl_state or state, locked or sdl_locked)))
            self.sides, self.marks, self.seg_state = {}, {}, (None, False)
        if ev.name == ("trans-unit" if self.version == "1" else "unit") and self.pending:
            unit_id, many = self.unit_id, len(self.pending) > 1
            assert unit_id is not None  # a segment is kept only once its unit has an id
            directive = ignore.directive(self.notes)
            for n, (sid, (source, target), (state, locked)) in enumerate(self.pending, 1):
                yield Segment(f"{unit_id}#{sid or n}" if many else unit_id, source, target, ignore=directive,
                              state=state, locked=locked or self.unit_locked)
            self.pending = []

    def data(self, ev: Any) -> None:
        if self.note is not None and self.skip_depth == 1:
            self.note.append(ev.text)
        elif self.side is not None and self.code is None and self.protect is None and not self.skip_depth:
            add_text(self.sides[self.side], ev, self.text)


def protected(attrs: dict) -> bool:
    """A marker whose text must stay as it is: 1.2 ``mtype="protected"``, 2.x ``translate="no"``."""
    return attrs.get("mtype") == "protected" or attrs.get("translate") == "no"


def _sdl(segs: list[tuple[str | None, str | None, bool]]) -> tuple[str | None, bool]:
    """A trans-unit's state and lock from SDLXLIFF's segment definitions when it is read as one
    segment (its target not marked per segment): locked only when every one is (an unlocked part
    may still be edited); one state when all agree, else the states joined with ``+`` (a filter
    keeps the unit if it names any)."""
    if not segs:
        return None, False
    confs = list(dict.fromkeys(c for _, c, _ in segs if c))
    return ("+".join(confs) if confs else None), all(lk for _, _, lk in segs)


def code_key(tag: str, attrs: dict) -> str:
    """What tells an inline code apart from the others (its id, by tag family); TMX uses it too."""
    ident = attrs.get("id") or attrs.get("rid") or attrs.get("startRef") or attrs.get("i") or attrs.get("x") or ""
    family = {"bx": "g", "ex": "g", "ec": "sc", "ept": "bpt"}.get(tag, tag)
    return f"{family}#{ident}" if ident else tag


def _sides(sides: dict, src_lang, tgt_lang, start: int):
    source = (sides.get("source") or SideBuilder(start)).build(src_lang)
    target = sides["target"].build(tgt_lang) if "target" in sides else None
    return source, target
