"""XLIFF 1.2 and 2.x: one Segment per trans-unit (1.2) or per segment of a unit (2.x).

XLIFF 1.2: ``<file source-language target-language>`` → ``<trans-unit id>`` → ``<source>``,
``<target>`` (``<alt-trans>`` proposals and ``<seg-source>`` are skipped). XLIFF 2.x:
``<xliff srcLang trgLang>`` → ``<unit id>`` → ``<segment>`` → ``<source>``, ``<target>``; a
unit with several segments names them ``unit-id#segment-id`` (or ``#n`` when unnamed), and a
unit without an id is ``#n``, its position in the file.

Inline codes: ``<x/> <bx/> <ex/> <ph> <bpt> <ept> <it> <sc/> <ec/> <sm/> <em/> <cp/>`` are
placeholders (their content is native code, never words); ``<g> <pc> <mrk> <sub>`` wrap text.
A code's key is its element and id, so ``<x id="1"/>`` in the source matches ``<x id="1"/>``
in the target.

Units marked ``translate="no"`` are skipped. Languages: the target language must be English (mtqa checks English); a ``<target xml:lang>``
that contradicts the file's target language is an error, as is a source declared English.
"""

from __future__ import annotations

from typing import Any, Iterator

from mtqa.bilingual.segment import Segment, SideBuilder
from mtqa.bilingual.xmlscan import add_text, events, is_english, lang_of, same_language
from mtqa.errors import InputError

CODES = frozenset("x bx ex ph bpt ept it ut sc ec sm em cp".split())
WRAPPERS = frozenset("g pc mrk sub hi".split())
UNIT = {"1": "trans-unit", "2": "segment"}
SKIPPED = frozenset(("alt-trans", "seg-source", "ignorable", "notes", "note", "originalData", "matches",
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
    version: Any = None  # "1" or "2" once the root element is read
    src_lang = tgt_lang = None
    stack: list[str] = []
    skip_depth = 0  # >0 while inside an element whose content is not segment text
    unit_id: Any = None
    seg_id: Any = None
    seg_count = 0
    sides: dict[str, SideBuilder] = {}
    side: Any = None  # the element name of the side being read (source/target), or None
    side_lang: str | None = None
    code: tuple | None = None  # (key, start, depth) of the code being read
    code_depth = 0
    unit_line_start = 0
    units = 0  # units seen, for those without an id (named #n by position)
    pending: list = []  # the segments of the unit being read (XLIFF 2: a unit may have several)
    for ev in events(text, name):
        if ev.kind == "start":
            stack.append(ev.name)
            if version is None:
                if ev.name != "xliff":
                    raise InputError(f"{name}: not an XLIFF file (root element <{ev.name}>)")
                v = ev.attrs.get("version", "")
                version = "2" if v.startswith("2") else "1"
                if version == "2":
                    src_lang, tgt_lang = ev.attrs.get("srcLang"), ev.attrs.get("trgLang")
                    check_languages(name, src_lang, tgt_lang)
                continue
            if skip_depth:
                skip_depth += 1
                continue
            if code is not None:
                code_depth += 1
                continue
            if side is not None:
                if ev.name in CODES:
                    code, code_depth = (code_key(ev.name, ev.attrs), ev.start), 1
                elif ev.name in ("g", "pc"):
                    sides[side].code(code_key(ev.name, ev.attrs), text[ev.start:ev.end], ev.start, ev.end, placeholder=False)
                continue
            if ev.name in ("trans-unit", "unit") and ev.attrs.get("translate") == "no":
                skip_depth = 1  # not for translation: nothing to check
                continue
            if ev.name == "file" and version == "1":
                src_lang, tgt_lang = ev.attrs.get("source-language"), ev.attrs.get("target-language")
                check_languages(name, src_lang, tgt_lang)
            elif ev.name == "unit" and version == "2":
                units += 1
                unit_id, seg_count = ev.attrs.get("id") or f"#{units}", 0
            elif ev.name == UNIT[version]:
                if version == "1":
                    units += 1
                    unit_id = ev.attrs.get("id") or f"#{units}"
                else:
                    seg_count += 1
                    seg_id = ev.attrs.get("id")
                sides = {}
                unit_line_start = ev.start
            elif ev.name in ("source", "target") and len(stack) >= 2 and stack[-2] == UNIT[version]:
                side = ev.name
                sides[side] = SideBuilder(ev.end)
                side_lang = lang_of(ev.attrs)
                expected = src_lang if side == "source" else tgt_lang
                if side_lang and expected and not same_language(side_lang, expected):
                    raise InputError(f"{name}: mismatched languages: the {side} of unit {unit_id!r} is "
                                     f"{side_lang!r}, the file says {expected!r}")
                if side == "target":
                    check_languages(name, None, side_lang, f"the target of unit {unit_id!r}")
            elif ev.name in SKIPPED:
                skip_depth = 1
        elif ev.kind == "end":
            stack.pop()
            if skip_depth:
                skip_depth -= 1
                continue
            if code is not None:
                code_depth -= 1
                if code_depth == 0:
                    key, start = code
                    sides[side].code(key, text[start:ev.end], start, ev.end)
                    code = None
                continue
            if side is not None and ev.name == side and (not stack or stack[-1] == UNIT[version]):
                side = None
                continue
            if ev.name == UNIT[version] and unit_id is not None:
                pending.append((seg_id, _sides(sides, src_lang, tgt_lang, unit_line_start)))
                sides = {}
            if ev.name == ("trans-unit" if version == "1" else "unit") and pending:
                many = len(pending) > 1
                for n, (sid, (source, target)) in enumerate(pending, 1):
                    yield Segment(f"{unit_id}#{sid or n}" if many else unit_id, source, target)
                pending = []
        elif ev.kind == "data" and side is not None and code is None and not skip_depth:
            add_text(sides[side], ev, text)
    if version is None:
        raise InputError(f"{name}: empty XML file")


def code_key(tag: str, attrs: dict) -> str:
    """What tells an inline code apart from the others (its id, by tag family); TMX uses it too."""
    ident = attrs.get("id") or attrs.get("rid") or attrs.get("startRef") or attrs.get("i") or attrs.get("x") or ""
    family = {"bx": "g", "ex": "g", "ec": "sc", "ept": "bpt"}.get(tag, tag)
    return f"{family}#{ident}" if ident else tag


def _sides(sides: dict, src_lang, tgt_lang, start: int):
    source = (sides.get("source") or SideBuilder(start)).build(src_lang)
    target = sides["target"].build(tgt_lang) if "target" in sides else None
    return source, target
