"""The views of a text that triggers match on (see mtqa.scan.triggers): computed once per scan,
in Python, so every backend matches on exactly the same strings."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def lower(text: str, casefolded: str | None = None) -> str:
    """Case-folded one character to one character (offsets unchanged). `casefolded`: the
    text's ``casefold()`` when the caller has it already (a scan makes it once)."""
    folded = text.casefold() if casefolded is None else casefolded
    if len(folded) == len(text):
        return folded  # casefold never shortens: same length means every character kept its place
    return "".join(map(_lower_char, text))


@lru_cache(maxsize=4096)
def _lower_char(c: str) -> str:
    f = c.casefold()
    if len(f) == 1:
        return f
    low = c.lower()
    return low if len(low) == 1 else c


def folded(text: str, low: str | None = None) -> str:
    """`lower` with accents stripped from letters (é → e), one character to one."""
    low = lower(text) if low is None else low
    if low.isascii():
        return low
    return low.translate(_ACCENTS)


class _AccentTable(dict):
    """str.translate table built on demand: a letter whose decomposition is a base letter and
    combining marks maps to the base letter; anything else maps to itself."""

    def __missing__(self, code: int) -> int:
        value = _strip(code)
        self[code] = value
        return value


_ACCENTS = _AccentTable()


@lru_cache(maxsize=None)
def _strip(code: int) -> int:
    decomposed = unicodedata.normalize("NFD", chr(code))
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return ord(decomposed[0])
    return code


def phrase_in_view(phrase: str, view: int) -> str:
    """A phrase as it appears in view `view` (0 exact, 1 lower, 2 folded)."""
    if view == 0:
        return phrase
    low = lower(phrase)
    return low if view == 1 else folded(phrase, low)


def expanding(text: str, casefolded: str | None = None) -> str:
    """The characters of `text` whose case folding is longer than one character (ß → ss),
    sorted: the ``lower`` view keeps them unfolded, so token comparisons treat them apart.
    `casefolded`: as for `lower`."""
    if len(text.casefold() if casefolded is None else casefolded) == len(text):
        return ""
    return "".join(sorted({c for c in set(text) if len(c.casefold()) > 1}))
