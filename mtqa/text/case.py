"""Case shapes of a paragraph: a headline in title case, a line in capitals."""

from __future__ import annotations

from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.text.tokens import LETTER_WORD

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
    words = [w for w in LETTER_WORD.findall(text, concurrent=False) if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in words if w[0].isupper())
    return 3 <= len(words) <= 30 and caps >= 0.85 * len(words)


# The most words a headline or a deck set as its own paragraph holds (`headline_paragraph`).
MAX_HEADLINE_WORDS = 25


def long_words_capitalised(text: str) -> bool:
    """Whether a headline paragraph (`headline_paragraph`) capitalises every word of four letters
    or more, three at least: title case by the habit that leaves its short words to the writer
    ("Library is now Open for Summer Hours"), which `title_case`'s share of capitals can miss
    when two or three short verbs and adverbs stay in lowercase."""
    if not headline_paragraph(text):
        return False
    long_words = [w for w in LETTER_WORD.findall(text, concurrent=False) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def headline_paragraph(text: str) -> bool:
    """Whether a paragraph is one line of at most MAX_HEADLINE_WORDS words that ends without a
    stop: a headline or a deck over the story, in sentence case or not. Its capitals follow the
    page's headline habit ("Markets mixed; Loonie lower"), which prose does not share."""
    body = text.strip()
    return (bool(body) and "\n" not in body and body[-1:] not in _SENTENCE_END + (":", ";", ",")
            and len(body.split()) <= MAX_HEADLINE_WORDS)


@analysis("shouting", scope=PARAGRAPH)
def shouting(par) -> bool:
    """A paragraph with no lower-case letter: a headline or a quote in capitals (LET US GO)."""
    return _LOWER.search(par.text) is None


# A word of a headline, and what may stand between two: a space, after an abbreviation's full stop
# ("St. Nicholas") too.
_HEADLINE_TOKEN = pattern_cache.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_HEADLINE_GAP = pattern_cache.compile(r"(?:(?<=(?<![\p{L}])\p{Lu}\p{Ll}{0,2})\.)?[ \u00a0]")
_LOWER_WORD_AHEAD = pattern_cache.compile(r"\S+(?:[ \u00a0]+\S+){0,4}?[ \u00a0]+\p{Ll}")
# Longer than any headline (thirty words, as `title_case` allows, of ten letters and a space).
MAX_HEADLINE_CHARS = 330


def headline_runs_in(text: str, at: int) -> bool:
    """Whether `at` is where a headline in title case, opening its line, runs into the sentence
    after it with no stop between (a listing page's title glued to its teaser: ``Gala Night At
    The Harbour Hall The Harbour Hall opened its doors ...``).

    Every word from the line's start to `at` is capitalised (a small word may be either, a
    number is neither), three words at least, one of them a small word after the first written
    with its capital (``At``, ``Of``: title case, which a sentence's opening words never are),
    and a lowercase word follows within six (the headline is within the line's first
    MAX_HEADLINE_CHARS characters): the headline's end and the teaser's start may share a name,
    or a capital ``The``, and neither is a word the engine doubled or a sentence it joined."""
    line_start = text.rfind("\n", 0, at) + 1
    if at - line_start > MAX_HEADLINE_CHARS:
        return False  # no headline is that long; and each call stays short on a long capitalised run
    pos, words, small_capitals = line_start, 0, 0
    while pos < at:
        m = _HEADLINE_TOKEN.match(text, pos)
        if m is None:
            return False
        w = m.group()
        small = w.lower() in SMALL_WORDS
        if not (w[0].isupper() or w[0].isdigit() or small):
            return False
        words += 1
        small_capitals += small and words > 1 and w[0].isupper()
        gap = _HEADLINE_GAP.match(text, m.end())
        if gap is None:
            return False
        pos = gap.end()
    return pos == at and words >= 3 and small_capitals > 0 and _LOWER_WORD_AHEAD.match(text, at) is not None
