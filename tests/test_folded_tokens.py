"""`folded_tokens` lowercases an ASCII paragraph once and slices it, and case-folds any other
paragraph once where that keeps its length: the same strings as each token case-folded on its
own, in ASCII and beyond (ß, the Kelvin sign, dotted İ, ligatures, final sigma)."""

from __future__ import annotations

import random

from mtqa.document import Document
from mtqa.text.tokens import folded_tokens


def test_folded_tokens_are_each_token_casefolded() -> None:
    rng = random.Random(5)
    pieces = ["The", "CAQ", "s", "Straße", "\u212aelvin", "İstanbul", "ﬁne", "Roy's", "2024", "ÉLISE", "a-b", "x_y",
              "٣", "said", "NATO", "ǅ", "ΟΔΟΣ", "Québec", "“Yes”", "ŉ"]
    ascii_seen = other_seen = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", ", ", ". ", "’", "-", "\n"]) for _ in range(rng.randint(1, 12)))
        for par in Document(text).paragraphs:
            assert folded_tokens(par) == [par.text[s:e].casefold() for s, e in par.token_spans], par.text
            ascii_seen += par.text.isascii()
            other_seen += not par.text.isascii()
    assert ascii_seen > 100 and other_seen > 100


def test_case_folding_reads_no_context_and_never_shrinks() -> None:
    """What the one fold of a whole paragraph relies on: every character folds to one or more
    characters, and a text folds as its characters do one by one (no context, unlike `lower`'s
    final sigma)."""
    assert min(len(chr(c).casefold()) for c in range(0x110000)) == 1
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x250)] + list("ΣσςΟΔİıﬁẞǅ\u0307\u0345ΐ")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        assert text.casefold() == "".join(ch.casefold() for ch in text), text
