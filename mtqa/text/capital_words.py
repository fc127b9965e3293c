"""The words of a paragraph that start with a capital letter, found once for every rule that
looks at capitalised words.

Several rules scanned each paragraph (or the story) with a pattern of their own for a
capitalised word between non-letters (``(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+``) and then read its
neighbours; each scan costs ~100 µs on a 9,000-character story, near `regex`'s floor, and
most of it is spent looking for the capital. A paragraph's tokens (runs of letters and digits,
`Paragraph.token_spans`, which the native scan hands over) already mark where every such word
can start and end, so the tokens that start with a capital are picked from them once
(`capital_tokens`) and each rule tests only those and their neighbouring tokens.

A rule's pattern can be read this way only where its words are whole tokens (bounded by
``(?<![\\p{L}\\p{N}])`` and ``(?![\\p{L}\\p{N}])``, or by characters that are neither); one
whose words take in apostrophes or hyphens, or stop inside a token, keeps its pattern.
"""

from __future__ import annotations

from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis

_UPPER = pattern_cache.compile(r"\p{Lu}")
_LOWER_RUN = pattern_cache.compile(r"\p{Ll}+")
_LETTER = pattern_cache.compile(r"\p{L}")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@analysis("capital-tokens", scope=PARAGRAPH)
def capital_tokens(par) -> list[int]:
    """Where in `par.token_spans` the tokens that start with a capital letter (``\\p{Lu}``) are,
    in order: a rule reads each one's span and its neighbours' from `par.token_spans`."""
    text = par.text
    capitals = _ASCII_CAPITALS
    upper = _UPPER.match
    # A character beyond ASCII is asked of `regex` (whose tables the patterns used), not of
    # str.isupper (Python's own Unicode version; and Roman numerals, Ⅳ, are upper there).
    return [k for k, (s, _e) in enumerate(par.token_spans)
            if text[s] in capitals or (text[s] > "\x7f" and upper(text, s) is not None)]


def is_lower(word: str) -> bool:
    """Whether `word` is one or more lowercase letters (``\\p{Ll}+``)."""
    if word.isascii():
        return word.isalpha() and word.islower()  # [a-z]+: letters, and no capital among them
    return _LOWER_RUN.fullmatch(word) is not None


def is_titled(word: str) -> bool:
    """Whether a token that starts with a capital (one of `capital_tokens`) is that capital and
    lowercase letters only (``\\p{Lu}\\p{Ll}+``: "Paris", not "NATO", "McLeod" or "B52")."""
    return len(word) > 1 and is_lower(word[1:])


def is_letter(c: str) -> bool:
    """Whether the character `c` is a letter (``\\p{L}``)."""
    return c.isalpha() if c.isascii() else _LETTER.match(c) is not None
