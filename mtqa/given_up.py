"""Patterns given up for a document, and the time its user-pack patterns took, shared by the
rules of one document and by the documents of one file.

A user's pack pattern that backtracks (`calques`, `formulas`) is searched with a time limit,
and one that runs out is given up for the rest of the document, so that it costs a document one
time limit rather than one a paragraph. A pattern merely slow (under the limit at each search)
is never cut by it, so a pack of fifty such patterns cost a long story minutes: the user
patterns of a document also share a total `budget` (the configuration's `user-pattern-budget`),
and once they have taken it the rest of them are not searched in the document, with one note
naming the pack files and the time each took. Built-in patterns are never charged nor cut.

A bilingual file's segments are each a Document of their own, so the bilingual check makes one
`GivenUp` per file (`scope="file"`) and puts it in each segment's `Document.meta` under `KEY`;
the Checker puts one in a plain document's for the length of its check. The rules read it with
`of`. A document's findings then depend on the file it is part of and never on other files (nor
on the order of files across `--jobs` workers).
"""

from __future__ import annotations

KEY = "given_up"
BUDGET = 5.0  # seconds a document's (a bilingual file's) user-pack patterns may take in all


class GivenUp:
    """What was given up so far, by kind ("calques", "calques-context", "formulas"...): each a
    live set the rule adds to, so that the next segment of the file skips it; and the time the
    user-pack patterns took, by pack file, against the budget."""

    __slots__ = ("_kinds", "budget", "scope", "spent", "said")

    def __init__(self, budget: float = BUDGET, scope: str = "document") -> None:
        self._kinds: dict[str, set] = {}
        self.budget = budget
        self.scope = scope  # "document", or "file": a bilingual file's segments
        self.spent: dict[str, float] = {}  # user pack file -> seconds its patterns took here
        self.said = False  # whether the note of the budget run out was made

    def of_kind(self, kind: str) -> set:
        return self._kinds.setdefault(kind, set())

    @property
    def over(self) -> bool:
        """Whether the user patterns have taken the budget: the rest are not searched."""
        return sum(self.spent.values()) >= self.budget

    def charge(self, pack_file: str, seconds: float) -> str | None:
        """Add what a user pattern of `pack_file` took; the note to make, once, when this puts
        the user patterns over the budget (None otherwise)."""
        self.spent[pack_file] = self.spent.get(pack_file, 0.0) + seconds
        if self.said or not self.over:
            return None
        self.said = True
        took = ", ".join(f"{path} {secs:.2f} s" for path, secs in sorted(self.spent.items(), key=lambda kv: -kv[1]))
        return (f"user-pack patterns took {sum(self.spent.values()):.2f} s, past the user-pattern-budget of "
                f"{self.budget:g} s ({took}); no user-pack pattern is searched in the rest of the {self.scope}")


def of(doc) -> GivenUp:
    """The document's (or its file's) `GivenUp`; a fresh one for a document checked outside a Checker."""
    shared = doc.meta.get(KEY)
    return shared if isinstance(shared, GivenUp) else GivenUp()


def rest(doc) -> str:
    """What a pattern given up now is not searched in: "the rest of the file" or "... document"."""
    shared = doc.meta.get(KEY)
    return f"the rest of the {shared.scope if isinstance(shared, GivenUp) else 'document'}"
