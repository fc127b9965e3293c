"""`lower_words` reads an ASCII paragraph with `re` and builds its set from a set: the same words
as `regex`'s ``\\w+`` over the lowercased text, in a table of the same size, in ASCII and beyond."""

from __future__ import annotations

import random
import sys

from mtqa.document import Document
from mtqa.text.tokens import WORD, lower_words
from mtqa.word_table import one_copy


def _as_before(text: str) -> frozenset[str]:
    return frozenset(dict.fromkeys(map(one_copy, WORD.findall(text.lower()))))


def test_lower_words_are_the_word_pattern_over_the_lowercased_text() -> None:
    rng = random.Random(11)
    pieces = ["The", "CAQ", "said", "x_y", "_", "2024", "a1b", "Roy's", "Straße", "\u212aelvin", "İstanbul", "ﬁne", "٣",
              "ǅ", "e\u0301t\u00e9", "\u200d", "NATO", "nato", "the", "the"]
    ascii_seen = other_seen = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", ", ", ". ", "’", "-", "\n", "", "\t"])
                       for _ in range(rng.randint(1, 30)))
        for par in Document(text).paragraphs:
            got, want = lower_words(par), _as_before(par.text)
            assert got == want, par.text
            assert sys.getsizeof(got) == sys.getsizeof(want), par.text  # the table is sized as before
            ascii_seen += par.text.isascii()
            other_seen += not par.text.isascii()
    assert ascii_seen > 100 and other_seen > 100


def test_every_ascii_character_is_a_word_character_or_not_as_the_word_pattern_says() -> None:
    every = "".join(map(chr, range(1, 128)))
    from mtqa.text import tokens

    assert tokens._ASCII_LOWER_WORD.findall(every.lower()) == WORD.findall(every.lower())
    for c in every:
        assert bool(tokens._ASCII_LOWER_WORD.fullmatch(c.lower())) == bool(WORD.fullmatch(c.lower())), repr(c)
