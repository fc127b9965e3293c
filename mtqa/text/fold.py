"""Accent folding: one place for dropping combining marks, under the normal form a caller needs."""

from __future__ import annotations

import unicodedata
from typing import Literal

# The characters beyond ASCII that `regex` matches, ignoring case, to an ASCII character:
# İ and ı (i, I), the long s (s), the Kelvin sign (k). A search narrowed by the lowercase text
# (calque stretches, grammar patterns tried where their trigger words stand) cannot see them,
# so a text holding one is searched whole. tests/rules/test_calque_literals.py asks `regex` of
# every character.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def without_marks(s: str, form: Literal["NFD", "NFKD"] = "NFD") -> str:
    """`s` decomposed under `form` ("NFD" or "NFKD") with every combining mark dropped
    (Québécois → Quebecois; under NFKD compatibility forms are also unfolded: ﬁ → fi).
    ASCII text is its own decomposition under either form and holds no mark: returned as it is
    (most words of a story; each new one was normalised before)."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize(form, s) if not unicodedata.combining(c))
