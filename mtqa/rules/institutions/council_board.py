"""Institutions: a municipal council called "the board", French *le conseil* rendered word for word.

A Quebec town's notice machine-translated from French calls its council "the Board" and its
councillors "board members". English has boards too (a school board, a police services board, a
board of directors), so a board is flagged only in a council's own story where no board is ever
named: every mention is bare ("the board", "board members") and there are at least two.
"""

from __future__ import annotations

import re
from typing import Iterator

from mtqa.finding import Severity
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph

# A municipality's own story: its council, its mayor or the municipality itself.
_MUNICIPAL = re.compile(r"\b(?:municipal(?:ity)?|[Mm]ayor|(?:town|city|township|municipal) council|council meetings?)\b")
_BOARD = re.compile(r"\b[Bb]oard\b")
# What makes a board another body: a word naming it before ("school board", "STM's board",
# "Board of Health"), "of" after it, or the idioms and the verb ("on board", "across the board",
# "board the bus").
_BARE_BEFORE = {"the", "a", "its", "their", "our", "this", "that", "his", "her", "other", "every", "each", "and",
                "to", "at", "with", "by", "from", "for", "in", "of", "whole", "entire", ""}
_NOT_A_BODY_BEFORE = {"on", "across", "aboard"}
_AFTER_NAMING = re.compile(r"\s+of\b|\s+(?:the|a|an|their|his|her|buses|planes?|trains?|ships?|flights?)\b")
_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ’'.]+)\s*$")


def _bare_boards(text: str) -> tuple[list[re.Match[str]], bool]:
    """The bare mentions of a board in one paragraph, and whether a board is named there."""
    bare: list[re.Match[str]] = []
    named = False
    for m in _BOARD.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        before = w.group(1).lower() if w else ""
        if before in _NOT_A_BODY_BEFORE or (before == "the" and text[max(0, m.start() - 11):m.start()].lower() ==
                                            "across the "):
            continue
        if _AFTER_NAMING.match(text, m.end()) or before not in _BARE_BEFORE:
            named = True
            continue
        bare.append(m)
    return bare, named


@rule(
    "institutions/council-as-board",
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    confidence=0.6,
)
def council_as_board(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A municipal council called "the board" (*le conseil*) in a story that names no board.

    ## Why it matters
    A reader of a town's notice looks for the council and its councillors; "the Board" sends
    them to a school board or a company's directors.

    ## Examples
    bad:  The mayor opens the meeting. The [[Board]] votes on each by-law, and [[board]] members may ask questions.
    good: The mayor opens the meeting. Council votes on each by-law, and councillors may ask questions.
    good: The mayor met the school board. The board agreed to share the gym with the town council.
    good: The mayor sits on the Board of Health; the board meets monthly, and the city council agreed.

    ## Known issues
    A council story that mentions one board, introduced once by name elsewhere and then bare, is
    quiet only if the naming is in the same story.
    """
    if not any(_MUNICIPAL.search(par.text) for par in doc.paragraphs):
        return
    found: list[tuple[Paragraph, re.Match[str]]] = []
    for par in doc.paragraphs:
        if "oard" not in par.text:
            continue
        bare, named = _bare_boards(par.text)
        if named:
            return
        found.extend((par, m) for m in bare)
    if len(found) < 2:
        return
    for par, m in found:
        yield ctx.finding(par, m.start(), m.end(), "“Board” for a municipal council (French “le conseil”)? "
                          "Write council (and councillors)")
