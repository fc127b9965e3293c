"""The document model: decoded text, locale, format, optional source and reference.

The user's text is never rewritten. Formats (plain, Markdown, HTML) produce paragraphs of
prose that map every character back to an offset of the decoded input, and line/column
are computed from those offsets, so a finding lands on the exact place in the file the
user opened whatever the format, line endings (LF, CRLF, CR) or characters (columns count
code points, so a character outside the BMP is one column, and a tab is one column).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mtqa.errors import InputError
from mtqa.segment import Paragraph, count_words

_LINE_END = re.compile(r"\r\n|\r|\n")
LOCALES = ("en-CA", "en-US", "en-GB", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-IN")
DEFAULT_LOCALE = "en-CA"


def check_locale(locale: str) -> str:
    """Return the canonical spelling of a supported locale, or raise ConfigError-like InputError."""
    for known in LOCALES:
        if known.lower() == locale.replace("_", "-").lower():
            return known
    raise InputError(f"unknown locale {locale!r} (supported: {', '.join(LOCALES)})")


def decode(data: bytes, name: str = "<input>", encoding: str = "utf-8") -> tuple[str, bool]:
    """Decode bytes strictly; return (text, had_bom). Errors name the file and byte offset."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL byte), not text")
    bom = False
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig") and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        bom = True
        encoding = "utf-8"
    try:
        return data.decode(encoding), bom
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if bom else 0)
        raise InputError(
            f"{name}: not valid {encoding} at byte {offset} (0x{data[exc.start]:02x}); "
            f"pass --encoding if the file uses another encoding"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def read_file(path: str | Path, encoding: str = "utf-8") -> tuple[str, bool]:
    """Read and decode a file; every failure is an InputError naming the path."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, str(path), encoding)


class LineIndex:
    """Offset → (line, column), 1-based, for LF, CRLF and lone CR line ends."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _LINE_END.finditer(text))]
        self.text = text

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


@dataclass
class Document:
    """Text to check, with what the rules need to know about it.

    Args:
        text: the decoded input, exactly as the user has it.
        locale: the story's locale (en-CA by default).
        format: "plain", "markdown" or "html".
        path: where it came from, for reports ("-" for stdin).
        source: the original (e.g. French) text, when given.
        reference: a reference translation, when given.
    """

    text: str
    locale: str = DEFAULT_LOCALE
    format: str = "plain"
    path: str | None = None
    source: str | None = None
    reference: str | None = None
    bom: bool = False
    meta: dict = field(default_factory=dict)

    @cached_property
    def _parsed(self):
        from mtqa.formats import parse

        return parse(self.text, self.format)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self._parsed.paragraphs

    @property
    def directives(self):
        """Inline suppression directives found in the input (see mtqa.suppress)."""
        return self._parsed.directives

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def words(self) -> int:
        return sum(count_words(p.text) for p in self.paragraphs)

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)
