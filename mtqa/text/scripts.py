"""The characters beyond ASCII of a paragraph, found once for the rules that look in them for
another script or a code page's debris (most paragraphs hold only curly quotes and dashes).

A rule whose pattern needs a character of some class beyond ASCII (a letter of a non-Latin
script) asks first whether one of the paragraph's characters is in it (`any_of`, a bounded
cache a character), and one that needs two such characters side by side (mojibake) whether
any two are; its pattern then runs only where it may match.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

import msgspec

from mtqa import pattern_cache
from mtqa.analysis import PARAGRAPH, analysis

_BEYOND = pattern_cache.compile(r"[^\x00-\x7F]+")


class BeyondAscii(msgspec.Struct, frozen=True):
    """A paragraph's characters beyond ASCII (a Struct, not a NamedTuple: read by name only, and
    made ~10 times faster at import)."""

    characters: frozenset[str]  # every character beyond ASCII in the paragraph
    adjacent: bool  # whether two of them stand side by side somewhere


_NONE = BeyondAscii(frozenset(), False)


@analysis("beyond-ascii", scope=PARAGRAPH)
def beyond_ascii(par) -> BeyondAscii:
    """The paragraph's characters beyond ASCII, and whether any two are side by side."""
    text = par.text
    if text.isascii():
        return _NONE
    runs = _BEYOND.findall(text, concurrent=False)
    joined = "".join(runs)
    return BeyondAscii(frozenset(joined), len(joined) > len(runs))  # a run of two or more


def member_test(one_character: Any) -> Callable[[str], bool]:
    """Whether a character matches `one_character` (a compiled or lazy pattern of one
    character, a class), remembered for the last 4,096 characters asked: the test a rule
    runs over `characters` (a few a paragraph, the same ones in every paragraph)."""

    @lru_cache(maxsize=4096)
    def member(char: str) -> bool:
        return one_character.fullmatch(char) is not None

    return member


def any_of(characters: frozenset[str], member: Callable[[str], bool]) -> bool:
    """Whether any of the characters passes `member`."""
    return any(map(member, characters))
