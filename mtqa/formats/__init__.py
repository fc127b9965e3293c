"""Input formats: each turns the decoded input into paragraphs of prose with an offset map.

FORMATS maps a format name to the module that parses it; `detect` picks one from a file
name. A parser returns a Parsed (paragraphs + inline suppression directives).
"""

from __future__ import annotations

import importlib
from typing import Callable, Iterator

import msgspec

from mtqa.errors import InputError
from mtqa.segment import Paragraph

# Stands for something in the input that is not prose (inline code, an image, a URL) so that
# the words around it neither run together nor get read as the thing itself.
PLACEHOLDER = "\ufffc"

FORMATS = {"plain": "mtqa.formats.plain", "markdown": "mtqa.formats.markdown", "html": "mtqa.formats.html"}
EXTENSIONS = {
    ".txt": "plain", ".text": "plain", "": "plain",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


class Directive(msgspec.Struct):
    """An inline suppression: `action` is disable / enable / disable-next-line.

    `offset` is where the directive stands in the document; `rules` empty means all rules.
    """

    action: str
    rules: tuple[str, ...]
    offset: int
    line: int = 0


class Parsed:
    """What a parser found: paragraphs and inline suppression directives.

    A parser may give, instead of the list of paragraphs, a `stream` that makes them afresh on
    each call: a long document is then checked a section at a time without every paragraph in
    memory at once (`iter_paragraphs`). `paragraphs` makes the list (once) when asked.
    """

    def __init__(self, paragraphs: list[Paragraph] | None = None, directives: list[Directive] | None = None, *,
                 stream: Callable[[], Iterator[Paragraph]] | None = None) -> None:
        if paragraphs is None and stream is None:
            raise ValueError("a parser gives paragraphs or a stream of them")
        self._paragraphs = paragraphs
        self.directives: list[Directive] = directives if directives is not None else []
        self._stream = stream

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph, as one list kept from then on."""
        if self._paragraphs is None:
            assert self._stream is not None
            self._paragraphs = list(self._stream())
        return self._paragraphs

    def iter_paragraphs(self) -> Iterator[Paragraph]:
        """The paragraphs in order: those of `paragraphs` once it is made, else fresh ones
        from the stream that nothing keeps."""
        if self._paragraphs is not None or self._stream is None:
            return iter(self.paragraphs)
        return self._stream()


# Characters a replacement may not carry into a marked-up source unescaped.
_MARKUP_CHARS = {"markdown": frozenset("*_`[]<>\\&"), "html": frozenset("<>&")}


def edit_fits_source(par: Paragraph, start: int, end: int, replacement: str, text: str, fmt: str) -> bool:
    """Whether replacing par.text[start:end] by `replacement` is a plain edit of the source too.

    False when the span's source has markup between its characters (an emphasis marker, a tag,
    a link destination; whitespace alone is fine), when a character of the span comes from an
    entity or an escape (`&nbsp;` is a choice the author wrote out), or the replacement holds
    characters that mean markup in the format. The engine turns such fixes into display-only suggestions, so that
    `--fix` never breaks Markdown or HTML.
    """
    if par.offsets is None:
        return True
    special = _MARKUP_CHARS.get(fmt)
    if special and any(ch in special for ch in replacement):
        return False
    offsets = par.offsets
    ends = par.ends
    if ends is not None and any(ends[i] - offsets[i] != 1 and not _space_for_a_run(par.text[i], text[offsets[i]:ends[i]])
                                for i in range(start, end)):
        return False  # an entity or an escape (&nbsp;, \*): the author's markup, not ours to rewrite
    if any(not _same_character(par.text[i], text[offsets[i]:offsets[i] + 1]) for i in range(start, end)):
        return False  # the paragraph is not where its mapping says in the source: never edit blind
    for i in range(start, end - 1):
        gap_start = ends[i] if ends is not None else offsets[i] + 1
        gap_end = offsets[i + 1]
        if gap_end > gap_start and not text[gap_start:gap_end].isspace():
            return False
    return True


def _space_for_a_run(read: str, source: str) -> bool:
    """Whether a space read stands for a run of whitespace in the source (HTML collapses one
    to a space, as a browser renders it): editing the space edits the run, no markup lost."""
    return read == " " and source.isspace()


def _same_character(read: str, source: str) -> bool:
    """Whether a paragraph's character is the source character it maps to (whitespace read as a
    space, a NUL as U+FFFD, as the readers read them)."""
    return read == source or (read.isspace() and source.isspace()) or (read == "\ufffd" and source == "\x00")


def parse(text: str, fmt: str) -> Parsed:
    try:
        module = importlib.import_module(FORMATS[fmt])
    except KeyError:
        raise InputError(f"unknown input format {fmt!r} (known: {', '.join(sorted(FORMATS))})") from None
    return module.parse(text)


def detect(path: str | None, default: str = "plain") -> str:
    """The format for a path, by extension; unknown extensions are read as plain text."""
    if not path or path == "-":
        return default
    import os

    ext = os.path.splitext(path)[1].lower()
    return EXTENSIONS.get(ext, default)
