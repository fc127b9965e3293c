"""Per-segment suppression: an ``mtqa: ignore`` directive in a segment's note or comment.

Translation teams keep remarks on a segment where their tools show them: an XLIFF ``<note>``,
a TMX ``<note>``, a PO translator (``#``) or extracted (``#.``) comment. The directive is read
as ruff reads ``# noqa``:

- ``mtqa: ignore`` silences every rule on that segment;
- ``mtqa: ignore: repetition/doubled-word, typography/`` (or without the second colon) silences the rules and families named
  (the selection syntax of ``--ignore``), comma- or space-separated; the list ends at the end
  of the line, or where prose begins: a word after a space that names no rule
  (``mtqa: ignore: quotes/ house style``).

A name that matches no rule silences nothing and is reported in the notes, as a typo in an
``mtqa-disable`` comment is. Only the segment's own notes count (not its file's or group's).
"""

from __future__ import annotations

import re
from typing import Callable

_DIRECTIVE = re.compile(r"\bmtqa:[ \t]*ignore\b(?P<colon>:?)(?P<names>[^\r\n]*)", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z0-9_*][A-Za-z0-9_.*/-]*")
_ITEM = re.compile(r"[ \t]*(,?)[ \t]*([^,\s]+)")
ALL = ("ALL",)


Payload = tuple[bool, str]  # (a colon after "ignore", the text after it) of one directive
NameTest = Callable[[str], bool]  # whether a selection pattern names a rule or family


def directive(notes: list[str] | tuple[str, ...]) -> tuple[Payload, ...] | None:
    """The directives of a segment's notes as read, or None when no note holds one. Which words
    of them name rules is told at check time (`names`), where the rules are known: the readers
    sit below the registry."""
    found = tuple((bool(m.group("colon")), m.group("names")) for note in notes for m in _DIRECTIVE.finditer(note))
    return found or None


def names(payloads: tuple[Payload, ...], is_name: NameTest) -> tuple[str, ...]:
    """The rules the directives silence: ALL for a bare ``mtqa: ignore``, else the names given
    (several directives add up)."""
    out: list[str] = []
    for colon, text in payloads:
        named = _names(text, colon, is_name)
        if not named:
            return ALL
        out.extend(named)
    return tuple(dict.fromkeys(out)) or ALL


def _names(text: str, colon: bool, is_name: NameTest) -> list[str]:
    """The names of a list: an item after a comma (or the first after a colon) is a name, known
    or not; an item after a space is one only when it names a rule or family (else prose begins,
    and ``mtqa: ignore the spelling`` is a bare directive)."""
    out: list[str] = []
    for m in _ITEM.finditer(text):
        comma, item = m.group(1), m.group(2)
        listed = bool(comma) if out else colon
        if not listed and (not _NAME.fullmatch(item) or not is_name(item.rstrip("/") or item)):
            break
        out.append(item)
    return out


def covers(silenced: tuple[str, ...], rule_id: str, matches: Callable[[str, str], bool]) -> bool:
    """Whether a directive's names silence this rule (`matches`: a pattern names the rule)."""
    return silenced == ALL or any(matches(n.rstrip("/") or n, rule_id) for n in silenced)


def unknown(silenced: tuple[str, ...], is_name: NameTest) -> list[str]:
    """The names of a directive that match no rule or family (each silences nothing)."""
    return [n for n in (() if silenced == ALL else silenced) if not is_name(n.rstrip("/") or n)]
