"""`accents.fold_letters` takes a short cut for ASCII words: it must answer as the general path does."""

from __future__ import annotations

import itertools
import unicodedata

from mtqa.accents import fold_letters
from mtqa.text.fold import without_marks


def _general(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFC", without_marks(s)).casefold() if c.isalnum())


def test_ascii_short_cut_agrees_with_the_general_path() -> None:
    ascii_chars = [chr(i) for i in range(128)]
    words = ["".join(p) for p in itertools.product(ascii_chars, repeat=2)]
    words += ["d'Avenir", "Saint-Jean-sur-Richelieu", "MONTREAL", "Trois-Rivieres2", "", "  ", "K\tk"]
    for w in words:
        assert fold_letters.__wrapped__(w) == _general(w), repr(w)


def test_words_beyond_ascii_still_lose_accents_and_case() -> None:
    assert fold_letters("d’Avenir") == "davenir"
    assert fold_letters("Québec") == "quebec"
    assert fold_letters("\u212aelowna") == "kelowna"  # the Kelvin sign folds to k
    assert fold_letters("Straße") == "strasse"
