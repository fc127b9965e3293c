"""A colon that marks a long vowel inside a word: ``Kahnawà:ke``, ``Akwesá:sne``, ``Tsi Tkarón:to``.

Kanien'kéha (Mohawk) and some other Indigenous orthographies write vowel length with a colon
straight after the vowel, and that vowel usually carries the stress accent. Canadian copy keeps
these names as the nations spell them, so ``Kahnawà:ke`` is one word, not ``Kahnawà`` and ``ke``
with a space lost after the colon. The form: an accented vowel (grave, acute or ogonek), the
colon, then a short lower-case tail (one to five letters) that ends the word or goes on with a
hyphen (``Kahnawà:ke-bound``). An English colon after an accented vowel before a common function
word (``André:the``) is a space lost after it, not this.
"""

from __future__ import annotations

import unicodedata

# Marks that accent a vowel in these orthographies: grave, acute, ogonek.
_ACCENTS = frozenset("\u0300\u0301\u0328")
_VOWELS = frozenset("aeiouAEIOU")
_TAIL_MAX = 5
# Function words a lost space after a colon leaves glued, which no long-vowel tail is taken for.
_ENGLISH = frozenset({"a", "an", "and", "as", "at", "he", "in", "is", "it", "of", "on", "or", "she",
                      "the", "they", "we", "was", "who"})


def _accented_vowel(ch: str) -> bool:
    decomposed = unicodedata.normalize("NFD", ch)
    return len(decomposed) > 1 and decomposed[0] in _VOWELS and any(c in _ACCENTS for c in decomposed[1:])


def is_length_colon(text: str, i: int) -> bool:
    """Whether the colon at ``text[i]`` marks a long vowel inside a word (``Kahnawà:ke``)."""
    if text[i : i + 1] != ":" or i == 0:
        return False
    vowel = i - 2 if text[i - 1] == "n" else i - 1  # "ón:", a nasal vowel's digraph
    if vowel < 0 or not _accented_vowel(text[vowel]):
        return False
    end = i + 1
    while end < len(text) and text[end].isalpha() and text[end].islower():
        end += 1
    tail = text[i + 1 : end]
    if not 1 <= len(tail) <= _TAIL_MAX or tail in _ENGLISH:
        return False
    return end == len(text) or not text[end].isalnum()


def after_length_colon(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` is the tail of a long-vowel word (``ke`` of ``Kahnawà:ke``)."""
    return start > 0 and is_length_colon(text, start - 1)
