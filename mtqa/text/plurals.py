"""The regular plural of an English noun, spelled by rule: one helper for the rules and scripts
that need a noun's plural form to look it up (a word list, a frequency table, a term list)."""

from __future__ import annotations


def regular_plural(noun: str) -> str:
    """The regular plural of a lowercase noun ("box" → "boxes", "city" → "cities", "day" → "days").
    An irregular noun gets the rule's form, which a lookup then does not find."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"
