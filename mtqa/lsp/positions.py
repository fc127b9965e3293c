"""Offsets and LSP positions: mtqa's spans count code points; LSP counts lines and code units.

LSP 3.17 ends a line at "\\n", "\\r\\n" or "\\r" only, so a form feed, U+2028 or a NEL (U+0085,
which mojibake leaves in news copy) stays inside its line here, where `str.splitlines` would cut
it. A position's `character` counts the negotiated encoding's code units: UTF-16 by default (an
emoji is two), UTF-8 (bytes) or UTF-32 (code points). Nothing here imports pygls.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_BREAK = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    """How many code units of `encoding` `text` takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _chars(line: str, units: int, encoding: str) -> int:
    """The code points of `line` that its first `units` code units cover (a position inside a
    character, which a client should not send, rounds down; past the end, the line's end)."""
    if encoding == UTF32:
        return min(units, len(line))
    seen = 0
    for i, ch in enumerate(line):
        width = _units(ch, encoding)
        if seen + width > units:
            return i
        seen += width
    return len(line)


class LineIndex:
    """Where each line of a text starts, to turn code-point offsets into positions and back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        # a "\r\n" is one break: the line ends before it, whatever the offset inside it
        self._ends = [m.start() for m in _BREAK.finditer(text)] + [len(text)]

    def position(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """The 0-based (line, character) of code-point `offset`."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, _units(self.text[start:min(offset, self._ends[line])], encoding)

    def offset(self, line: int, character: int, encoding: str = UTF16) -> int:
        """The code-point offset of a client's position (a line past the end: the text's end)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._ends[line]
        return start + _chars(self.text[start:end], max(0, character), encoding)

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
