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

_DIRECTIVE = re.compile(r"\bmtqa:[ \t]*ignore\b(?P<colon>:?)(?P<names>[^\r\n]*)", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z0-9_*][A-Za-z0-9_.*/-]*")
_ITEM = re.compile(r"[ \t]*(,?)[ \t]*([^,\s]+)")
ALL = ("ALL",)


def directive(notes: list[str] | tuple[str, ...]) -> tuple[str, ...] | None:
    """The rules a segment's notes ignore: ALL for a bare ``mtqa: ignore``, the names given, or
    None when no note holds a directive. Several directives add up."""
    names: list[str] = []
    found = False
    for note in notes:
        for m in _DIRECTIVE.finditer(note):
            found = True
            named = _names(m.group("names"), bool(m.group("colon")))
            if not named:
                return ALL
            names.extend(named)
    if not found:
        return None
    return tuple(dict.fromkeys(names)) or ALL


def _names(text: str, colon: bool) -> list[str]:
    """The names of a list: an item after a comma (or the first after a colon) is a name, known
    or not; an item after a space is one only when it names a rule or family (else prose begins,
    and ``mtqa: ignore the spelling`` is a bare directive)."""
    out: list[str] = []
    for m in _ITEM.finditer(text):
        comma, item = m.group(1), m.group(2)
        listed = bool(comma) if out else colon
        if not listed and (not _NAME.fullmatch(item) or unknown((item,))):
            break
        out.append(item)
    return out


def covers(names: tuple[str, ...], rule_id: str) -> bool:
    """Whether a directive's names silence this rule."""
    from mtqa.registry import matches_id

    return names == ALL or any(matches_id(n.rstrip("/") or n, rule_id) for n in names)


def unknown(names: tuple[str, ...]) -> list[str]:
    """The names of a directive that match no rule or family (each silences nothing)."""
    from mtqa.errors import ConfigError
    from mtqa.registry import check_patterns

    bad = []
    for name in () if names == ALL else names:
        try:
            check_patterns([name.rstrip("/") or name], "")
        except ConfigError:
            bad.append(name)
    return bad
