"""Whether any of many literal strings stands in any of many texts, each text asked first
whether it holds a character the literals need.

A story that writes no accented name is searched for every accented name of a pack in every
paragraph before a rule can tell: ~120 names × ~35 paragraphs, about a millisecond a check of
an English story. Every such name holds a character outside ASCII, and that character must
stand in any text the name stands in. So each literal is filed under its first non-ASCII
character (its gate): a text is searched for a group's literals only if it holds the gate,
and English copy holds few of them. A literal without one is filed under "" and searched for
in every text. The answer is the plain search's: `any(lit in t for t in texts for lit in
literals)`.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec


class GatedLiterals(msgspec.Struct, frozen=True):
    """Literals grouped by their gate character ("" for a literal without a non-ASCII one)."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, literals: Iterable[str]) -> GatedLiterals:
        """The literals filed under their first non-ASCII character, in a fixed order."""
        by_gate: dict[str, list[str]] = {}
        for lit in sorted(set(literals)):
            gate = next((ch for ch in lit if not ch.isascii()), "")
            by_gate.setdefault(gate, []).append(lit)
        return cls(tuple((gate, tuple(lits)) for gate, lits in sorted(by_gate.items())))

    def any_in(self, texts: Iterable[str]) -> bool:
        """Whether one of the literals stands in one of `texts`."""
        texts = list(texts)
        for gate, literals in self.groups:
            for text in texts:
                if gate in text and any(lit in text for lit in literals):
                    return True
        return False
