"""Offsets and LSP positions: mtqa's spans count code points; LSP counts lines and code units.

LSP 3.17 ends a line at "\\n", "\\r\\n" or "\\r" only, so a form feed, U+2028 or a NEL (U+0085,
which mojibake leaves in news copy) stays inside its line here, where `str.splitlines` would cut
it. A position's `character` counts the negotiated encoding's code units: UTF-16 by default (an
emoji is two), UTF-8 (bytes) or UTF-32 (code points). Nothing here imports pygls.
"""

from __future__ import annotations

import array
import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_BREAK = re.compile(r"\r\n|\r|\n")


# The characters that take more than one code unit, by the encoding: UTF-16 counts one unit
# more for an astral character; UTF-8 one byte more from U+0080, U+0800 and U+10000 on (a lone
# surrogate, written with surrogatepass, is three bytes as its code point says).
_WIDER = {UTF16: ("[\U00010000-\U0010ffff]",),
          UTF8: ("[^\x00-\x7f]", "[^\x00-\u07ff]", "[\U00010000-\U0010ffff]")}


class LineIndex:
    """Where each line of a text starts, to turn code-point offsets into positions and back.

    A position counts from its line's start, and the characters wider than one code unit are
    found once for the text (`_wide`) and counted by bisection: counting them in the slice
    from the line's start at each position was quadratic on a long line (a pasted line of
    900,000 characters with 30,000 findings: hours to publish its diagnostics, review49)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        # a "\r\n" is one break: the line ends before it, whatever the offset inside it
        self._ends = [m.start() for m in _BREAK.finditer(text)] + [len(text)]
        self._wider: dict[str, list[array.array]] = {}

    def _wide(self, encoding: str) -> list[array.array]:
        """For each class of `_WIDER[encoding]`, the offsets of its characters in the text, in order."""
        # compared, not looked up (lsprotocol's PositionEncodingKind is a str enum that equals
        # "utf-16" but does not hash as it); a name not known is LSP's default, UTF-16
        key = next((k for k in (*_WIDER, UTF32) if k == encoding), UTF16)
        if key not in self._wider:
            ascii_only = self.text.isascii()
            self._wider[key] = [array.array("q", () if ascii_only else (m.start() for m in re.finditer(p, self.text)))
                                for p in _WIDER.get(key, ())]
        return self._wider[key]

    def _units(self, start: int, end: int, encoding: str) -> int:
        """How many code units of `encoding` text[start:end] takes."""
        extra = 0
        for offsets in self._wide(encoding):
            if offsets:
                extra += bisect.bisect_left(offsets, end) - bisect.bisect_left(offsets, start)
        return end - start + extra

    def position(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """The 0-based (line, character) of code-point `offset`."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, self._units(start, min(offset, self._ends[line]), encoding)

    def offset(self, line: int, character: int, encoding: str = UTF16) -> int:
        """The code-point offset of a client's position (a line past the end: the text's end). A
        position inside a character, which a client should not send, rounds down; past the
        line's end, the line's end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._ends[line]
        units = max(0, character)
        lo, hi = start, end  # the last offset whose units from the line's start are within `units`
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._units(start, mid, encoding) <= units:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def end(self, encoding: str = UTF16) -> tuple[int, int]:
        """The position just past the last character."""
        return self.position(len(self.text), encoding)


def apply_change(text: str, start: tuple[int, int] | None, end: tuple[int, int] | None, new_text: str,
                 encoding: str = UTF16) -> str:
    """`text` after one of didChange's content changes: a range replaced, or (no range) all of it."""
    if start is None or end is None:
        return new_text
    index = LineIndex(text)
    a, b = index.offset(*start, encoding), index.offset(*end, encoding)
    return text[:a] + new_text + text[max(a, b):]
