"""Line and column positions in a text: offsets to 1-based (line, column), for LF, CRLF and CR.

A text utility with no mtqa imports, so that documents, formats, bilingual readers and
report renderers can all use it without importing each other.
"""

from __future__ import annotations

import bisect
from array import array

from mtqa.patterns import lazy_re

LINE_END = lazy_re(r"\r\n|\r|\n")  # compiled on first use: a check of a file never asks


class LineIndex:
    """Offset → (line, column), 1-based, for LF, CRLF and lone CR line ends."""

    def __init__(self, text: str) -> None:
        # An array of machine integers: a list of int objects cost ~36 bytes a line, 8 here.
        self.starts = starts = array("q", [0])
        if "\r" in text:
            starts.extend(m.end() for m in LINE_END.finditer(text))
        else:  # LF alone (most text): found by a substring search, not the pattern tried at every place
            find = text.find
            i = find("\n")
            while i >= 0:
                i += 1
                starts.append(i)
                i = find("\n", i)
        self.text = text

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span_position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of `start` and `end`, as `position` gives each:
        one bisection where the end is on the start's line, as most spans' ends are."""
        starts = self.starts
        line = bisect.bisect_right(starts, start)
        on_line = starts[line - 1] <= end and (line == len(starts) or end < starts[line])
        end_line = line if on_line else bisect.bisect_right(starts, end)
        return line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")
