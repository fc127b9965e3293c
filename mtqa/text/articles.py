"""Which indefinite article a word takes, as its spelling tells the sound it opens on."""

from __future__ import annotations

from mtqa import pattern_cache
from mtqa import rx as regex

# Vowel letters said as consonants ("you", "w"): "a" is right before these.
_VOWEL_LETTER_CONSONANT_SOUND = pattern_cache.compile(
    r"u(?:ni(?!n|mp|mag|ma|ns|d)|nan|s[aeiu]|t[ei]l|top|ter|r[aeio]|k|bi|gand|kr|v)|eu|ew|one\b|once\b|oui",
    regex.IGNORECASE)
# Latin set phrases that keep their "a": a priori, a posteriori, a fortiori.
_LATIN = frozenset({"priori", "posteriori", "fortiori"})
# Consonant letters said as vowels (silent h): "an" is right before these, and some writers
# keep "an" before an unstressed h ("an historic"), so every h-word is left alone.
_SILENT_START = ("h",)


def wants_an(word: str) -> bool | None:
    """True if lowercase `word` takes "an", False if "a", None where spelling cannot tell."""
    first = word[0]
    if word in _LATIN or len(word.split("-")[0]) == 1:
        return None  # a priori; an s-curve (a letter is said by its name)
    if first in _SILENT_START or first in "xy":
        return None  # an hour / a house; an x-ray, a yes-or-no (x and y: letter names)
    if first in "aeiou":
        return not _VOWEL_LETTER_CONSONANT_SOUND.match(word)
    return False
