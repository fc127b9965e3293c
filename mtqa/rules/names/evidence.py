"""What the story says around a person's mentions that more than one names rule weighs: whether a
mention sits in a plain-ASCII caption (whose accents were stripped with the rest of the line),
where a given name starts, whether the story calls two people relatives, and which paragraphs
hold a name at all (found at C speed over the whole story).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Iterator

from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, LineRoles
from mtqa.rules.names.analysis import Mention
from mtqa.segment import Paragraph


_CAPTION_ROLES = (LayoutRole.CAPTION, LayoutRole.CREDIT)


def in_plain_caption(par: Paragraph, layout: LineRoles, index: int) -> bool:
    """Whether `par.text[index]` is in a caption or credit line that writes no letter outside
    ASCII (the caption and its credit together)."""
    if layout.role(par, index) not in _CAPTION_ROLES:
        return False
    text = par.text
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : end if end >= 0 else len(text)].isascii()


def given_name_at(mentions: list[Mention], given: str) -> Iterator[tuple[Mention, int]]:
    """Each mention with where `given`, its given name, starts in the paragraph (the last one
    before the surname, inside the full name); mentions where it is not found are left out."""
    for m in mentions:
        s = m.par.text.rfind(given, m.full_start, m.start)
        if s >= 0:
            yield m, s


_KIN = lazy(r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|cousin|uncle|aunt|nephew|niece)\b")


def relative_between(a: list[Mention], b: list[Mention]) -> bool:
    """Whether the story calls one of the two people a relative of the other (near either mention)."""
    for m in (*a, *b):
        text = m.par.text
        if _KIN.search(text, max(0, m.full_start - 40), min(len(text), m.end + 40)):
            return True
    return False


def holding_any(pars: list[Paragraph], story: str, keys) -> list[Paragraph]:
    """The paragraphs of `pars` that hold one of `keys` (strings without a line break) anywhere,
    in order, found by `str.find` over `story` (the paragraphs joined by line breaks): the usual
    story holds none of a few names' lowercase letters, and is read a few times at C speed
    instead of once a paragraph."""
    ends = list(accumulate(len(par.text) + 1 for par in pars))  # just past each paragraph's break
    holding: set[int] = set()
    for key in keys:
        i = story.find(key)
        while i >= 0:
            k = bisect_right(ends, i)
            holding.add(k)
            i = story.find(key, ends[k])
    return [pars[k] for k in sorted(holding)]
