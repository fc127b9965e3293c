"""The nonwords family's declared analysis: a paragraph's lowercase words, and which of them are rare.

The word rules of `forms` each judge lowercase words of ASCII letters standing on their own
(no capital beside them: "decisioned", "ofthe", "develop ment"), and each judges only the
ones rarer than Zipf 3.5 or a short list it keeps. Finding those words and setting the common
ones aside is the same work for every rule, so it is done once per paragraph here and each
rule begins with set operations on the few words left.
"""

from __future__ import annotations

import msgspec

from mtqa import lexicon
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.rules.nonwords.named import ALL_PAIRS, BOUND_ENDINGS, EVERYDAY_PAIRS, GLUED_PHRASES

# A run of ASCII lowercase letters with no ASCII letter on either side, what the pattern
# (?<![A-Za-z])[a-z]+(?![A-Za-z]) finds: every word the rules' own patterns find is one of
# these (they add only conditions around it and a length). They are found without it:
# bytes of UTF-8 kept as they are (a-z), made "A" (A-Z) or a space (everything else: each byte
# of a character beyond ASCII is 0x80 or more, so no such character leaves a letter behind).
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 65 if 65 <= b <= 90 else 32 for b in range(256))


def _letter_chunks(text: str) -> list[str]:
    """The runs of ASCII letters of `text`, each capital written "A": those in lowercase are
    the pattern's matches, in order (a run that touches a capital is no match, and holds an
    "A"). C-speed passes, about a quarter quicker than the pattern."""
    return text.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode("ascii").split()


def lower_runs(text: str) -> list[str]:
    """The pattern's matches in `text`: the runs of lowercase ASCII letters with no ASCII letter beside them."""
    return list(filter(str.islower, _letter_chunks(text)))


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
        return frozenset(lower_runs(self.text))


@analysis("nonwords-lower-words", scope=PARAGRAPH)
def lower_words_of(par) -> LowerWords:
    """The paragraph's rare and unlisted lowercase words (all of them without a word list)."""
    text = par.text
    # Each set is made from the runs found: no set of every word kept. The runs with a capital
    # are in no set of lowercase words, so they leave only where a set may hold them (`rare`).
    found = _letter_chunks(text)
    lex = lexicon.english()
    named = _NAMED.intersection(found) or _NONE  # one empty set shared by most paragraphs
    if lex is None:
        words = frozenset(filter(str.islower, found))
        return LowerWords(text, words, named, words)
    rare = set(filter(str.islower, lex.uncommon(found)))
    unlisted = lex.unknown(rare) if rare else None
    return LowerWords(text, frozenset(rare), named, frozenset(unlisted) if unlisted else _NONE)
