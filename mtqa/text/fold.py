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


def base_letters(s: str) -> str:
    """`s` without its combining marks and with the Latin letters that have no decomposition
    written as their base letters (Łukasz → Lukasz, Søren → Soren, Đoković → Dokovic, Strauß →
    Strauss, Ærø → Aero), case kept: the form an engine or keyboard leaves when it drops them.

    NFKD splits é into e and a mark, but ł ø đ ħ ı ß æ œ þ ð are letters of their own; each is
    read through anyascii (ISC licence, imported only when a word holds one). Only Latin
    letters are folded: a Greek or Cyrillic word is another script, not an accent dropped.
    A letter that becomes two (Æ → AE) keeps only its first capital unless the word is in
    capitals, so that the form is the word an English text would write (Aero)."""
    bare = unicodedata.normalize("NFC", without_marks(s))
    if bare.isascii():
        return bare
    from anyascii import anyascii

    out = []
    shouting = bare.isupper()
    for c in bare:
        if c.isascii() or not c.isalpha() or not unicodedata.name(c, "").startswith("LATIN"):
            out.append(c)
            continue
        rep = anyascii(c)
        if not rep.isalpha():
            out.append(c)  # no letter to fold to: kept as written
        elif shouting:
            out.append(rep.upper())
        else:
            out.append(rep[0] + rep[1:].lower())
    return "".join(out)
