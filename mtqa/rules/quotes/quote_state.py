"""What the quotes analysis records: the marks' glyphs and roles, each resolved mark (`Mark`),
each issue met (`Issue`) and one paragraph's state (`ParState`). Every module of the analysis
and the rules that read it share these.
"""

from __future__ import annotations

import msgspec

from mtqa.finding import Fix


OPEN2, CLOSE2, STRAIGHT2 = "“", "”", '"'
OPEN1, CLOSE1, STRAIGHT1 = "‘", "’", "'"


# Roles of a resolved double mark.
OPEN, CLOSE = "open", "close"


class Mark(msgspec.Struct):
    """A double (or single) mark as the state machine resolved it."""

    pos: int
    char: str
    role: str  # OPEN or CLOSE
    partner: int = -1  # index of the matching mark in text, -1 if none


class Issue(msgspec.Struct):
    rule: str
    start: int
    end: int
    message: str
    fix: Fix | None = None
    suggestions: tuple[str, ...] = ()
    confidence: float | None = None


class ParState(msgspec.Struct):
    marks: list[Mark] = msgspec.field(default_factory=list)  # resolved double marks, in order
    issues: list[Issue] = msgspec.field(default_factory=list)
    open_at_end: list[int] = msgspec.field(default_factory=list)  # positions of marks still open
    first_orphan_close: Issue | None = None  # an orphan closing mark before any opening one
    straight_apos: list[int] = msgspec.field(default_factory=list)
    curly_apos: list[int] = msgspec.field(default_factory=list)


def double_glyph(style_char: str, role: str) -> str:
    if style_char == STRAIGHT2:
        return STRAIGHT2
    return OPEN2 if role == OPEN else CLOSE2
