"""Case shapes of a paragraph: a headline in title case, a line in capitals."""

from __future__ import annotations

from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis

_WORDS = pattern_cache.compile(r"\p{L}[\p{L}'’\-]*")
_LOWER = pattern_cache.compile(r"\p{Ll}")
SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs via with".split())
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


@analysis("title-case", scope=PARAGRAPH)
def title_case(par) -> bool:
    """A short paragraph in title case without a full stop: a headline."""
    text = par.text
    if text.rstrip()[-1:] in _SENTENCE_END:
        return False
    words = [w for w in _WORDS.findall(text) if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in words if w[0].isupper())
    return 3 <= len(words) <= 30 and caps >= 0.85 * len(words)


@analysis("shouting", scope=PARAGRAPH)
def shouting(par) -> bool:
    """A paragraph with no lower-case letter: a headline or a quote in capitals (LET US GO)."""
    return _LOWER.search(par.text) is None
