"""Plain text: paragraphs are blocks separated by blank lines.

When a text has no blank line at all but several lines, each line is a paragraph (copy
pasted from a CMS often has one paragraph per line). Inline suppression in plain text uses
line comments: a line that starts with ``# mtqa-disable RULE``, ``# mtqa-enable RULE`` or
``# mtqa-disable-next-line RULE``; such lines are not prose.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.formats import Directive, Parsed
from mtqa.segment import Paragraph

# Read on every plain-text check: rebuilt from mtqa's pattern cache (`regex` parses in Python).

_BLANK_SPLIT = pattern_cache.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)\s*")
_LINE_SPLIT = pattern_cache.compile(r"\r\n|\r|\n")
_DIRECTIVE = pattern_cache.compile(
    # a line's start and end are the splitter's (`^` and `$` alone know only "\n": a CRLF or CR
    # file's directives were read as prose and suppressed nothing)
    r"(?:^|(?<=\r))[ \t]*#[ \t]*mtqa-(disable-next-line|disable|enable)\b[ \t]*([^\r\n]*)(?=\r\n|\r|\n|\Z)", regex.MULTILINE
)


def parse(text: str) -> Parsed:
    # Every directive holds "mtqa-": a text without it is not searched (the pattern opens on a
    # line's start or a look-behind, which `regex` tries at every position: ~4 ms on a 39k-word
    # text; branch speed50).
    directives = [
        Directive(m.group(1), tuple(r for r in regex.split(r"[\s,]+", m.group(2).strip()) if r), m.start())
        for m in _DIRECTIVE.finditer(text)
    ] if "mtqa-" in text else []
    blanked = text
    if directives:
        # Directive lines are not prose: blank them (same length, so offsets stay put).
        chars = list(text)
        for m in _DIRECTIVE.finditer(text):
            for i in range(m.start(), m.end()):
                chars[i] = " "
        blanked = "".join(chars)
    splitter = _BLANK_SPLIT if _BLANK_SPLIT.search(blanked) else _LINE_SPLIT
    return Parsed(None, directives, stream=lambda: _paragraphs(blanked, splitter))


def _paragraphs(text: str, splitter: regex.Pattern) -> Iterator[Paragraph]:
    """The paragraphs of `text`, made one at a time as the splitter finds their ends (a list
    of every break, or of every paragraph, of a long text outweighed the text itself)."""
    index, pos = 0, 0
    for m in splitter.finditer(text):
        par = _paragraph(text, pos, m.start(), index)
        if par is not None:
            yield par
            index += 1
        pos = m.end()
    par = _paragraph(text, pos, len(text), index)
    if par is not None:
        yield par


def _paragraph(text: str, start: int, end: int, index: int) -> Paragraph | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(text[start:end], start, index=index) if end > start else None
