"""Case shapes of a paragraph: a headline in title case, a line in capitals."""

from __future__ import annotations

from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis

_WORDS = pattern_cache.compile(r"\p{L}[\p{L}'’\-]*")
_LOWER = pattern_cache.compile(r"\p{Ll}")
SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs via with".split())
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def mostly_capitals(text: str) -> bool:
    """More than 1.5 capitals (str.isupper) for each lowercase letter: a heading, a byline.

    Counted character by character only when the ASCII lowercase letters, counted at C
    speed, leave it possible: in running prose they alone outnumber everything else."""
    ascii_only = text.encode("ascii", "ignore")
    lower_ascii = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LOWER))
    if len(text) - lower_ascii <= 1.5 * lower_ascii:
        return False  # capitals ≤ the other characters ≤ 1.5 × the lowercase letters
    upper = sum(map(str.isupper, text))
    return upper > 0 and upper > 1.5 * sum(map(str.islower, text))


@analysis("title-case", scope=PARAGRAPH)
def title_case(par) -> bool:
    """A short paragraph in title case without a full stop: a headline."""
    text = par.text
    if text.rstrip()[-1:] in _SENTENCE_END:
        return False
    words = [w for w in _WORDS.findall(text, concurrent=False) if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in words if w[0].isupper())
    return 3 <= len(words) <= 30 and caps >= 0.85 * len(words)


@analysis("shouting", scope=PARAGRAPH)
def shouting(par) -> bool:
    """A paragraph with no lower-case letter: a headline or a quote in capitals (LET US GO)."""
    return _LOWER.search(par.text) is None
