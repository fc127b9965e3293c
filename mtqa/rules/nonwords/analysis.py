"""The nonwords family's declared analysis: a paragraph's lowercase words, and which of them are rare.

The word rules of `forms` each judge lowercase words of ASCII letters standing on their own
(no capital beside them: "decisioned", "ofthe", "develop ment"), and each judges only the
ones rarer than Zipf 3.5 or a short list it keeps. Finding those words and setting the common
ones aside is the same work for every rule, so it is done once per paragraph here and each
rule begins with set operations on the few words left.
"""

from __future__ import annotations

import re

import msgspec

from mtqa import lexicon
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.rules.nonwords.named import ALL_PAIRS, BOUND_ENDINGS, EVERYDAY_PAIRS, GLUED_PHRASES

# A run of ASCII lowercase letters with no ASCII letter on either side: every word the rules'
# own patterns find is one of these (they add only conditions around it and a length).
_LOWER_RUN = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
# The runs the rules look for by name even when common (`named`): most paragraphs hold none.
_NAMED = (ALL_PAIRS - EVERYDAY_PAIRS) | BOUND_ENDINGS | frozenset(GLUED_PHRASES)
_NONE: frozenset[str] = frozenset()


class LowerWords(msgspec.Struct, frozen=True):
    """A paragraph's lowercase words that may be rarer than Zipf 3.5 or unlisted (`rare`: every
    other word has Zipf 3.5 or more), those of them the word list does not have (`unlisted`),
    its runs that the rules look for by name (`named`: pairs of letters other than the everyday
    ones, bound endings, glued phrases; common ones included), and all its runs of lowercase
    ASCII letters (`words`).

    `words` is found again when asked for, not kept: a section's paragraphs hold this analysis
    while the family's rules run, and their sets of every word (~4.5 MiB for a 250,000-character
    section) were the largest thing alive at a long document's peak; the rules read the smaller
    sets instead."""

    text: str
    rare: frozenset[str]
    named: frozenset[str] = _NONE
    unlisted: frozenset[str] = _NONE

    @property
    def words(self) -> frozenset[str]:
        return frozenset(_LOWER_RUN.findall(self.text))


@analysis("nonwords-lower-words", scope=PARAGRAPH)
def lower_words_of(par) -> LowerWords:
    """The paragraph's rare and unlisted lowercase words (all of them without a word list)."""
    text = par.text
    found = _LOWER_RUN.findall(text)  # each set is made from the runs found: no set of every word kept
    lex = lexicon.english()
    named = _NAMED.intersection(found) or _NONE  # one empty set shared by most paragraphs
    if lex is None:
        words = frozenset(found)
        return LowerWords(text, words, named, words)
    rare = lex.uncommon(found)
    unlisted = lex.unknown(rare) if rare else None
    return LowerWords(text, frozenset(rare), named, frozenset(unlisted) if unlisted else _NONE)
