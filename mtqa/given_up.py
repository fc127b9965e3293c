"""Patterns given up after their search timed out, shared by the documents of one file.

A user's pack pattern that backtracks (`calques`, `formulas`) is searched with a time limit,
and one that runs out is given up for the rest of the document, so that it costs a document one
time limit rather than one a paragraph. A bilingual file's segments are each a Document of their
own, so that alone let such a pattern cost one time limit a segment (200 segments: 100 s). The
bilingual check therefore makes one `GivenUp` per file and puts it in each segment's
`Document.meta` under `KEY`; the rules read it with `of`. A plain document has none: each call
of `of` gives it a fresh one, the document's own. A document's findings then depend on the file
it is part of and never on other files (nor on the order of files across `--jobs` workers).
"""

from __future__ import annotations

KEY = "given_up"


class GivenUp:
    """What was given up so far, by kind ("calques", "calques-context", "formulas"...): each a
    live set the rule adds to, so that the next segment of the file skips it."""

    __slots__ = ("_kinds",)

    def __init__(self) -> None:
        self._kinds: dict[str, set] = {}

    def of_kind(self, kind: str) -> set:
        return self._kinds.setdefault(kind, set())


def of(doc) -> GivenUp:
    """The file's `GivenUp` where the document is one of a file's segments, else a fresh one."""
    shared = doc.meta.get(KEY)
    return shared if isinstance(shared, GivenUp) else GivenUp()


def rest(doc) -> str:
    """What a pattern given up now is not searched in: "the rest of the file" or "... document"."""
    return "the rest of the file" if isinstance(doc.meta.get(KEY), GivenUp) else "the rest of the document"
