"""The TOML parser, imported on first use: a check whose packs come from the cache and whose
directory has no configuration file never parses TOML (mtqa.pack_cache)."""

from __future__ import annotations

import sys
from types import ModuleType

from mtqa.patterns import lazy_re


def tomllib() -> ModuleType:
    """The stdlib `tomllib` (`tomli` before Python 3.11): `loads` and `TOMLDecodeError`."""
    if sys.version_info >= (3, 11):
        import tomllib as parser
    else:  # pragma: no cover
        import tomli as parser
    return parser


# read only when a TOML file fails to parse: compiled then (`re` parses a pattern in Python)
_AT = lazy_re(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = lazy_re(r"\s*\(at end of document\)\s*$")


def error_position(exc: Exception, text: str) -> tuple[str, int | None, int | None]:
    """A TOMLDecodeError as (what is wrong, line, column), 1-based. The parser says where in
    its message ("at line 2, column 6"; `lineno`/`colno` from Python 3.14); a file that stops
    inside a value is "at end of document": then the last line holding anything is named, with
    the column after its last character, since the value left open is at or before it."""
    message = str(getattr(exc, "msg", None) or exc)
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    m = _AT.search(message)
    if m:
        message, line, column = message[: m.start()], int(m.group(1)), int(m.group(2))
    m = _AT_END.search(message)
    if m or (line is None and "end of document" in message):
        message = (message[: m.start()] if m else message) + " at the end of the file"
        lines = text.splitlines()
        filled = [i for i, row in enumerate(lines) if row.strip()]
        if filled:
            line, column = filled[-1] + 1, len(lines[filled[-1]].rstrip()) + 1
        else:
            line, column = 1, 1
    return message, line, column
