"""`mtqa.text.truncation.cut_short` looks for a line's end within its reach only (stop 47)."""

from __future__ import annotations

import random

from mtqa.text import truncation
from mtqa.text.truncation import cut_short


class _Line(str):
    """A text that records the spans its `find` is asked to search."""

    searched: list[int]

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else min(end, len(self))
        self.searched.append(hi - lo)
        return super().find(sub, start, end)


def test_the_line_end_is_looked_for_within_reach_only() -> None:
    """Stop 47: the quotes analysis asks once for each quotation mark left open on a line; the
    search for the line's end ran to the end of the line each time, so a pasted line of 34,000
    open marks read ~4 G characters (quadratic). Now no search goes past the reach."""
    text = _Line("it ,  “" * 40_000)
    text.searched = []
    assert not any(cut_short(text, i) for i in range(6, len(text), 7 * 97))
    assert text.searched and max(text.searched) <= truncation._REACH + 1


def _old_cut_short(text: str, start: int) -> bool:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > truncation._REACH:
        return False
    return truncation._CUT_END.search(text[start:end]) is not None


def test_the_same_answers_as_a_search_to_the_line_end() -> None:
    rng = random.Random(47)
    pieces = ["word ", "“", "\n", "…", "...", " Read more", " |", "[…]", "x" * 120, " " * 40]
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for start in {0, len(text) // 2, max(0, len(text) - 3), len(text)}:
            assert cut_short(text, start) == _old_cut_short(text, start), (text, start)


def test_a_teaser_cut_short_is_still_found() -> None:
    assert cut_short("He said “those who came in […] Read more\nNext", 9)
    assert not cut_short("He said “those who came in and stayed.\nNext", 9)
