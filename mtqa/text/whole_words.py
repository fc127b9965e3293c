"""Whether a story writes a word whole, in any case, without a case-blind pattern over it.

`re.search(r"(?<![\\w\\-])WORD(?![\\w\\-])", story, re.IGNORECASE)` tries its look-behind at
every character of the story: ~5 ms over 250,000 characters, once a word asked, and a word is
asked of the whole story from every section of a long one. For a word of ASCII characters the
same answer comes from the story lowercased: `str.lower` maps every character but four to one
character, and maps a character to an ASCII letter only where the pattern's case-blind
comparison would also take it for that letter, except for those four (İ, ı, ſ and the Kelvin
sign, which the comparison takes for i, i, s and k). So, in a story without them, the word's
case-blind places are its places in the lowercased story, at the same offsets, and each is
then held to the pattern's boundaries, read from the story itself. A story with one of the
four, or a word beyond ASCII, is searched with the pattern as before.

`story_case_blind` (a document analysis) keeps one lowercased copy of the story for every word
a check asks about (lowercasing 250,000 characters costs about a fifth of one such search).
"""

from __future__ import annotations

import re

from mtqa.analysis import analysis
from mtqa.patterns import lazy_re

# The characters beyond ASCII that `re.IGNORECASE` equates with an ASCII letter, or that
# `str.lower` maps to more than one character or to ASCII (a test derives them from every
# code point).
CASE_TWINS_OF_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")

_NOT_AFTER_WORD = lazy_re(r"(?<![\w\-])")  # compiled on first use: no `re` parsing at start-up
_NOT_BEFORE_WORD = lazy_re(r"(?![\w\-])")


def writes_whole_word(story: str, word: str) -> bool:
    """Whether `word` stands in `story` in any case with no word character or hyphen on
    either side: what `re.search(rf"(?<![\\w\\-]){re.escape(word)}(?![\\w\\-])", story,
    re.IGNORECASE)` tells."""
    return CaseBlindStory(story).writes_whole_word(word)


class CaseBlindStory:
    """A story and, once a word is first asked about, its lowercased copy (None when the story
    holds one of `CASE_TWINS_OF_ASCII`: every word is then searched with the pattern)."""

    __slots__ = ("story", "_lowered")

    def __init__(self, story: str) -> None:
        self.story = story
        self._lowered: str | None | bool = False  # False: not made yet

    def writes_whole_word(self, word: str) -> bool:
        """`writes_whole_word(self.story, word)`."""
        story = self.story
        lowered = self._lowered
        if lowered is False:
            lowered = self._lowered = None if any(c in story for c in CASE_TWINS_OF_ASCII) else story.lower()
        if not word or not word.isascii() or lowered is None:
            return re.search(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", story, re.IGNORECASE) is not None
        assert isinstance(lowered, str)
        wanted = word.lower()
        n = len(wanted)
        at = lowered.find(wanted)
        while at >= 0:
            if _NOT_AFTER_WORD.match(story, at) and _NOT_BEFORE_WORD.match(story, at + n):
                return True
            at = lowered.find(wanted, at + 1)
        return False


@analysis("case-blind-story")
def story_case_blind(doc) -> CaseBlindStory:
    """The whole story (`doc.text`, also when it is checked in sections), for case-blind word
    look-ups that share its lowercased copy."""
    return CaseBlindStory(doc.text)
