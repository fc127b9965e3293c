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

# A run of ASCII lowercase letters with no ASCII letter on either side: every word the rules'
# own patterns find is one of these (they add only conditions around it and a length).
_LOWER_RUN = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")


class LowerWords(msgspec.Struct, frozen=True):
    """A paragraph's runs of lowercase ASCII letters (`words`) and those of them that may be
    rarer than Zipf 3.5 or unlisted (`rare`: every other word has Zipf 3.5 or more)."""

    words: frozenset[str]
    rare: frozenset[str]


@analysis("nonwords-lower-words", scope=PARAGRAPH)
def lower_words_of(par) -> LowerWords:
    """The paragraph's lowercase words and the rare ones among them (all of them without a word list)."""
    words = frozenset(_LOWER_RUN.findall(par.text))
    lex = lexicon.english()
    return LowerWords(words, words if lex is None else frozenset(lex.uncommon(words)))
