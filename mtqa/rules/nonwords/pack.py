"""The nonwords pack (`rules/nonwords.toml`): the words the copy's trade knows that the word list
does not, and the two-letter words English has (every other lowercase pair is odd).
"""

from __future__ import annotations

import msgspec

from mtqa.packs import pack_compiler
from mtqa.rules.nonwords.named import ALL_PAIRS, EVERYDAY_PAIRS


PACK = "nonwords"
SCHEMA = {"known": {"words": [str]}, "two_letter": {"words": [str]}}


class NonwordsData(msgspec.Struct, frozen=True):
    known: frozenset[str]
    two_letter: frozenset[str] = frozenset()
    odd_pairs: frozenset[str] = ALL_PAIRS  # every lowercase pair of letters not in two_letter
    # Whether two_letter lists every everyday pair ("of", "to"): then a paragraph's `named`
    # runs (`lower_words_of`) hold every odd pair it has.
    everyday_listed: bool = False


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> NonwordsData:
    header = raw.get("pack", {}) or {}
    words = [*raw.get("known", {}).get("words", []), *header.get("known_words", [])]
    pairs = raw.get("two_letter", {}).get("words", [])
    two_letter = frozenset(w.casefold() for w in pairs)
    return NonwordsData(frozenset(w.casefold() for w in words), two_letter, ALL_PAIRS - two_letter,
                        EVERYDAY_PAIRS <= two_letter)
