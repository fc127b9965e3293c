"""`folded_tokens` lowercases an ASCII paragraph once and slices it: the same strings as each
token case-folded on its own, in ASCII and beyond (ß, the Kelvin sign, dotted İ, ligatures)."""

from __future__ import annotations

import random

from mtqa.document import Document
from mtqa.text.tokens import folded_tokens


def test_folded_tokens_are_each_token_casefolded() -> None:
    rng = random.Random(5)
    pieces = ["The", "CAQ", "s", "Straße", "\u212aelvin", "İstanbul", "ﬁne", "Roy's", "2024", "ÉLISE", "a-b", "x_y",
              "٣", "said", "NATO", "ǅ"]
    ascii_seen = other_seen = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", ", ", ". ", "’", "-", "\n"]) for _ in range(rng.randint(1, 12)))
        for par in Document(text).paragraphs:
            assert folded_tokens(par) == [par.text[s:e].casefold() for s, e in par.token_spans], par.text
            ascii_seen += par.text.isascii()
            other_seen += not par.text.isascii()
    assert ascii_seen > 100 and other_seen > 100
