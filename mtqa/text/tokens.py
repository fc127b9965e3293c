"""Word tokens, and the word sets of a paragraph that rules test their trigger words against.

A rule whose pattern can only match where one of a few words stands as a whole word tests
``words & TRIGGERS`` (a set lookup) before running the pattern: most paragraphs hold none of
them, and the pattern never runs there. The sets are declared paragraph analyses, computed
once per paragraph for every rule (``ctx.analysis(lower_words, par)``).

A word here is a maximal run of ``\\w`` characters (the ``regex`` module's Unicode ``\\w``,
the same one ``\\b`` uses), so a trigger word bounded in a rule's pattern (by ``\\b``,
whitespace or punctuation) is always one element of the set. For a few case-sensitive
literals (acronyms) `contains_any` on the text is cheaper still.
"""

from __future__ import annotations


from mtqa import re_programs
from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.patterns import lazy_re

WORD = pattern_cache.compile(r"\w+")
# Word patterns the rule families share, each written once here:
# a run of letters and digits (no underscore or combining mark, unlike `WORD`), the tokens that
# names, institutions and source terms are compared by;
ALNUM_RUN = pattern_cache.compile(r"[\p{L}\p{N}]+")
# a word of letters that may hold apostrophes and hyphens ("O’Neill", "co-operate"), as case
# shapes and expanded abbreviations read them.
LETTER_WORD = pattern_cache.compile(r"\p{L}[\p{L}'’\-]*")
# a run of letters only (the word after a quotation mark, an institution's name words, a
# speech verb, a calque's trigger words);
LETTER_RUN = pattern_cache.compile(r"\p{L}+")
# runs of letters joined by single apostrophes ("don’t", "aujourd’hui"), the words that
# translationese counts and that tell a segment of prose from a label;
APOSTROPHE_WORD = pattern_cache.compile(r"\p{L}+(?:['’]\p{L}+)*")
# a run of anything but white space (`chunks` is its faster form for a whole text).
CHUNK = pattern_cache.compile(r"\S+")
_ASCII_LOWER_WORD = re_programs.compile(r"[a-z0-9_]+")  # `WORD` in lowercase ASCII text


def chunks(text: str) -> list[str]:
    """The runs of non-whitespace of `text` as `regex`'s ``\\S+`` finds them (a few times
    faster through str.split, which agrees with it but for four control characters)."""
    # The only characters str.split takes for whitespace that `regex`'s \s does not:
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return CHUNK.findall(text)
    return text.split()


def chunk_before(text: str, i: int) -> str:
    """The whitespace-separated chunk that ends before `i` (spaces between skipped); read back
    only as far as that chunk, never over the whole text before it (long paragraphs)."""
    end = i
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@analysis("words", scope=PARAGRAPH)
def words(par) -> frozenset[str]:
    """The paragraph's words as written."""
    return frozenset(WORD.findall(par.text, concurrent=False))


@analysis("lower-words", scope=PARAGRAPH)
def lower_words(par) -> frozenset[str]:
    """The paragraph's words in lower case (what a case-insensitive pattern can match)."""
    low = par.text.lower()
    # `re` finds the same words in ASCII text (its ASCII \w: letters, digits, "_") in ~2/3 the time.
    found = _ASCII_LOWER_WORD.findall(low) if low.isascii() else WORD.findall(low, concurrent=False)
    # A section keeps them all: a table sized for the distinct words (a set grown from a list
    # is up to twice as large; ~18 % of a section's word sets). A frozenset made from a set is
    # sized as one made from a dict of its keys, and is made faster. Equal words of different
    # paragraphs are not made to share one string (`word_table.one_copy`): measured, that saved
    # nothing (a 10 MB document peaked at 90.7–91.1 MiB without it, 91.5–92.0 with it).
    return frozenset(set(found))


@analysis("folded-tokens", scope=PARAGRAPH)
def folded_tokens(par) -> list[str]:
    """The paragraph's runs of letters and digits (`par.token_spans`), case-folded, in order."""
    text = par.text
    if text.isascii():  # casefold is lower there, and keeps every offset: one call, then slices
        low = text.lower()
        return [low[s:e] for s, e in par.token_spans]
    return [text[s:e].casefold() for s, e in par.token_spans]


def contains_any(text: str, literals) -> bool:
    """Whether any of a few literal strings occurs in `text` (a case-sensitive trigger test:
    cheaper than a word set when the literals are rare, such as acronyms)."""
    return any(map(text.__contains__, literals))


def alternatives(pattern: str) -> frozenset[str]:
    """The words of a plain alternation ("a|b|c"), lower-cased: a rule's trigger set."""
    return frozenset(w.lower() for w in pattern.split("|"))


# A short run of lower-case words and figures that ends its line with no sentence's end: a file
# name or a tag the page left after a sentence ("… together. harbour fire 2"), not the rest of it.
# Compiled on first use (`re` parses a pattern in Python): a check reaches them only after a period.
_LOWER_TAIL = lazy_re(r"[ ]+[a-z0-9][a-z0-9_\-]*(?:[ ]+[a-z0-9_\-]+){0,4}[ ]*(?:\n|$)")
# A link's label of one to three lower-case words that ends its line on an arrow: a list page's
# teaser link after a finished sentence ("… classes. read more »", "… vote. continue reading ›").
_LINK_TAIL = lazy_re(r"[ ]+[a-z]+(?:[ ]+[a-z]+){0,2}[ ]*(?:[»›→]|(?<=[ ])>)[ ]*(?:\n|$)")


def lowercase_line_tail(text: str, pos: int) -> bool:
    """Whether what follows `pos` (a period) to the end of its line is only a few lower-case
    words or figures with no sentence's end: a page's file name or tag after a finished sentence,
    or a teaser's link label ending on an arrow (unless a « opens on the line: then the » closes
    a quotation, and the words before it are the sentence's own)."""
    if _LOWER_TAIL.match(text, pos) is not None:
        return True
    if _LINK_TAIL.match(text, pos) is None:
        return False
    return "«" not in text[text.rfind("\n", 0, pos) + 1: pos]
