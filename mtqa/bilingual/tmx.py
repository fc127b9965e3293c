"""TMX 1.4: one Segment per ``<tu>``, its id the ``tuid`` (or ``#n``, its position, when absent).

The source is the ``<tuv>`` in the header's ``srclang`` (with ``srclang="*all*"``, the first
variant that is not English); the target is the English ``<tuv>``. A file whose source language
is English, or that has no English variant at all, is refused (mtqa checks translations into
English). Inline ``<bpt> <ept> <ph> <it> <ut>`` are placeholders keyed by element and ``i``/``x``
(or their content when they have neither); ``<hi>`` and ``<sub>`` wrap text.
"""

from __future__ import annotations

from typing import Any, Iterator

from mtqa.bilingual.segment import Segment, SideBuilder
from mtqa.bilingual.xliff import CODES, code_key
from mtqa.bilingual.xmlscan import add_text, events, is_english, lang_of, nested_side, same_language
from mtqa.errors import InputError


def read(text: str, name: str) -> Iterator[Segment]:
    """Yield the segments of a TMX file, streaming."""
    root_seen = False
    src_lang = None
    tu_id: Any = None
    n = 0
    english_seen = False
    variants: list[tuple[str | None, SideBuilder]] = []
    current: Any = None  # the SideBuilder of the <seg> being read
    lang = None
    in_seg = False
    code: tuple | None = None
    code_depth = 0
    code_text: list[str] = []
    for ev in events(text, name):
        if ev.kind == "start":
            if not root_seen:
                if ev.name != "tmx":
                    raise InputError(f"{name}: not a TMX file (root element <{ev.name}>)")
                root_seen = True
            elif code is not None:
                code_depth += 1
            elif in_seg:
                if ev.name in ("seg", "tuv", "tu", "body"):
                    raise nested_side(name, text, ev, "seg", "TMX")
                if ev.name in CODES:
                    code, code_depth, code_text = (ev.name, ev.attrs, ev.start), 1, []
            elif ev.name == "header":
                src_lang = ev.attrs.get("srclang")
                if src_lang and src_lang != "*all*" and is_english(src_lang):
                    raise InputError(f"{name}: the header declares source language {src_lang!r}; mtqa checks "
                                     f"translations into English from another language")
            elif ev.name == "tu":
                n += 1
                tu_id = ev.attrs.get("tuid") or f"#{n}"
                variants = []
            elif ev.name == "tuv":
                lang = lang_of(ev.attrs)
            elif ev.name == "seg":
                in_seg = True
                current = SideBuilder(ev.end)
        elif ev.kind == "end":
            if code is not None:
                code_depth -= 1
                if code_depth == 0:
                    tag, attrs, start = code
                    key = code_key(tag, attrs)
                    if key == tag:  # no id: the native code itself tells codes apart
                        key = f"{tag}:{''.join(code_text)}"
                    current.code(key, text[start:ev.end], start, ev.end)
                    code = None
            elif ev.name == "seg":
                in_seg = False
                variants.append((lang, current))
            elif ev.name == "tu":
                seg = _pair(tu_id, variants, src_lang, name)
                if seg is not None:
                    english_seen = english_seen or seg.target is not None
                    yield seg
        elif ev.kind == "data":
            if code is not None:
                code_text.append(ev.text)
            elif in_seg:
                add_text(current, ev, text)
    if not root_seen:
        raise InputError(f"{name}: empty XML file")
    if n and not english_seen:
        raise InputError(f"{name}: no English variant (<tuv xml:lang=\"en…\">) in any unit; mtqa checks "
                         f"translations into English")


def _pair(tu_id: str, variants: list, src_lang: str | None, name: str) -> Segment | None:
    source = target = None
    for lang, side in variants:
        if lang is None:
            raise InputError(f"{name}: a variant of unit {tu_id!r} has no xml:lang")
        if is_english(lang):
            if target is None:
                target = side.build(lang)
        elif source is None and (not src_lang or src_lang == "*all*" or same_language(lang, src_lang)):
            source = side.build(lang)
    if source is None:
        if not variants:
            return None
        source = SideBuilder(0).build(src_lang)
    return Segment(tu_id, source, target)
