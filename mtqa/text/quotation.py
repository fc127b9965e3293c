"""Quotation marks counted in a text, whatever its language: whether they pair up."""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable

_DOUBLE_MARKS = "“”„‟\"«»「」『』"
_PAIRED_MARKS = (("«", "»"), ("「", "」"), ("『", "』"))


def quotation_runs_past(source: str | None) -> bool:
    """Whether the source's quotation marks fail to pair up: an odd number of double marks, or
    an unequal count of a directional pair (« », 「 」). A segment of a longer text then quotes
    words that start before it or go on after it, and a translation that leaves a quotation
    open, or closes one it never opened, follows its source rather than losing a mark.
    """
    if not source:
        return False
    if sum(source.count(c) for c in _DOUBLE_MARKS) % 2:
        return True
    return any(source.count(a) != source.count(b) for a, b in _PAIRED_MARKS)


# The quotations a story's own voice is read without: curly, straight and French double marks.
_QUOTATION_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))


def quotation_spans(text: str, straight_within_line: bool = False, open_to_end: bool = False) -> list[tuple[int, int]]:
    """The spans of the quotations of `text`, each from its opening mark to the first closing
    mark after it (what ``“[^”]*”|"[^"]*"|«[^»]*»`` finds, left to right); with
    `straight_within_line` a straight quotation only within its line; with `open_to_end` a
    quotation left open runs to the text's end (``“[^”]*”?|…``: a quote that goes on in the next
    paragraph). Each closing mark is looked for once: a mark left open has no closing after it,
    so no later mark of its kind has one either. Linear, where the pattern reads to the text's
    end again for every open mark."""
    spans: list[tuple[int, int]] = []
    open_kinds = {opening: closing for opening, closing in _QUOTATION_PAIRS}
    nexts = {opening: text.find(opening) for opening in open_kinds}
    i = 0
    while True:
        live = [(at, opening) for opening, at in nexts.items() if at >= 0]
        if not live:
            return spans
        at, opening = min(live)
        close = text.find(open_kinds[opening], at + 1)
        if close < 0 and open_to_end:
            spans.append((at, len(text)))
            return spans
        if close < 0:
            del nexts[opening]  # none after this one: none after any later one of its kind
            continue
        if straight_within_line and opening == '"' and text.find("\n", at + 1, close) >= 0:
            i = at + 1  # the line ends before the closing mark: this one opens nothing
        else:
            spans.append((at, close + 1))
            i = close + 1
        nexts = {kind: (found if found >= i else text.find(kind, i)) for kind, found in nexts.items()}


def blank_quotations(text: str, straight_within_line: bool = False, open_to_end: bool = False) -> str:
    """`text` with every quotation (see quotation_spans) blanked out, same length, so offsets stay
    the text's: a speaker's words are theirs, not the story's own voice."""
    pieces: list[str] = []
    pos = 0
    for start, end in quotation_spans(text, straight_within_line, open_to_end):
        pieces += [text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def inside_quote(text: str) -> Callable[[int], bool]:
    """Whether position i is inside a quotation of `text` (curly or straight marks, guillemets),
    as a function of i, asked at rising positions: the marks of each stretch are counted once
    (the whole text before each position, counted afresh, costs a paragraph asked at many
    positions its length again for each, as calques/state-first-person asks of every "my country")."""
    counts = dict.fromkeys("“”\"«»", 0)
    counted = 0

    def inside(i: int) -> bool:
        nonlocal counted
        for mark in counts:
            counts[mark] += text.count(mark, counted, i)
        counted = i
        return counts["“"] > counts["”"] or counts['"'] % 2 == 1 or counts["«"] > counts["»"]

    return inside


def _counts_before(text: str, marks: str) -> Callable[[str, int], int]:
    """How many of a mark (one of `marks`) stand in `text` before position i, as a function of
    (mark, i) in any order of positions: each mark's offsets are found once, on the first question
    (counting the text before each position afresh costs a paragraph its length again per question),
    and each question is a binary search."""
    offsets: dict[str, list[int]] = {}

    def before(mark: str, i: int) -> int:
        if not offsets:
            for m in marks:
                found, at = [], text.find(m)
                while at >= 0:
                    found.append(at)
                    at = text.find(m, at + 1)
                offsets[m] = found
        return bisect_left(offsets[mark], i)

    return before


def inside_quote_ignoring_guillemets(text: str) -> Callable[[int], bool]:
    """Whether position i is inside a curly or straight quotation of `text`, as a function of i
    (any order of positions). Unlike `inside_quote`, guillemets are not read: words between « and »
    count as outside (titles/spelled-out-rank reads ranks inside them)."""
    before = _counts_before(text, '“”"')
    return lambda i: before("“", i) > before("”", i) or before('"', i) % 2 == 1


def inside_quote_pooling_guillemets(text: str) -> Callable[[int], bool]:
    """Whether position i is inside a quotation of `text`, as a function of i (any order of
    positions). Unlike `inside_quote`, curly marks and guillemets are counted together, openings
    (“ «) against closings (” »), so a quotation opened with « and closed with ” is closed (as
    grammar/subjectless-sentence reads them); straight marks pair among themselves."""
    before = _counts_before(text, '“”«»"')
    return lambda i: (before("“", i) + before("«", i) > before("”", i) + before("»", i)
                      or before('"', i) % 2 == 1)
