"""Quotation marks counted in a text, whatever its language: whether they pair up."""

from __future__ import annotations

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
