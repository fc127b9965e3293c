"""`regex` for mtqa's modules, its Python layer imported only when something needs it.

`import regex` runs the module's Python layer (`_regex_core` builds its property tables in
Python, `locale`...): ~60 M instructions, about 8 % of a one-file check. A check whose patterns
are all rebuilt by `mtqa.pattern_cache` needs only the C library beneath it, so mtqa's modules
import this module in the place of `regex` (``from mtqa import rx as regex``): the flags they
use are plain numbers here and `escape` is `regex`'s own (rule modules build patterns with it
at import); anything else (`compile`, `sub`, `Pattern`, `error`...) is `regex`'s very object,
imported on first use and kept in this module's namespace, so a later use costs nothing extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the type checker sees; at run time `__getattr__` gives `regex`'s own
    from regex import Match as Match
    from regex import Pattern as Pattern
    from regex import compile as compile  # noqa: A004
    from regex import error as error
    from regex import findall as findall
    from regex import finditer as finditer
    from regex import fullmatch as fullmatch
    from regex import match as match
    from regex import search as search
    from regex import split as split
    from regex import sub as sub
    from regex import subn as subn

# `regex`'s flag values (held to `regex`'s by tests); `flags | flags` gives an int, which every
# `regex` function takes as it takes its `RegexFlag`.
ASCII = A = 0x80
IGNORECASE = I = 0x2  # noqa: E741
MULTILINE = M = 0x8
DOTALL = S = 0x10
VERBOSE = X = 0x40
UNICODE = U = 0x20
VERSION0 = V0 = 0x2000
VERSION1 = V1 = 0x100

_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")  # what `regex.escape` escapes (with white space)


def escape(pattern: str, special_only: bool = True, literal_spaces: bool = False) -> str:
    """`regex.escape` for a `str` (its algorithm, held to it by a test over every code point):
    rule modules escape their word lists at import, before any pattern is used."""
    if not special_only:
        return _regex_module().escape(pattern, special_only, literal_spaces)
    out = []
    for c in pattern:
        if c == " " and literal_spaces:
            out.append(c)
        elif c in _METACHARS or c.isspace():
            out.append("\\")
            out.append(c)
        else:
            out.append(c)
    return "".join(out)


def _regex_module() -> Any:
    return importlib.import_module("regex")


def __getattr__(name: str) -> Any:
    """Anything else is `regex`'s: imported now, and kept here for the next use."""
    if name.startswith("__"):  # dunder look-ups (copy, pickle, doctest) are not `regex`'s
        raise AttributeError(name)
    value = getattr(_regex_module(), name)
    globals()[name] = value
    return value
