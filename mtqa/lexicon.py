"""English word frequencies, loaded once and only when a rule asks for them.

The non-word rules need to know whether a lowercase string is an English word at all, and
how common it is. wordfreq (code Apache-2.0, data CC-BY-SA 4.0) gives the frequency of
about 320,000 English words measured over news, books, subtitles, Wikipedia and the web;
it is an optional extra (``mtqa[words]``), so when it is missing `english()` returns None
and the rules that need it are recorded as skipped.

Frequencies are on the Zipf scale: log10 of occurrences per billion words (``the`` ≈ 7.7,
``admiral`` ≈ 4, a word seen once in a hundred million words ≈ 1). A word absent from
the list has Zipf 0.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

_LOCK = threading.Lock()
_CACHE: dict[str, "Lexicon | None"] = {}
MISSING = "needs the optional extra mtqa[words] (wordfreq) for word frequencies"


@dataclass(frozen=True)
class Lexicon:
    """A language's words with their frequency (Zipf scale)."""

    zipf_of: dict[str, float]

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lowercase word, 0 when the list does not know it."""
        return self.zipf_of.get(word, 0.0)

    def __contains__(self, word: str) -> bool:
        return word in self.zipf_of


def english() -> Lexicon | None:
    """The English lexicon, loaded on first use (about 0.2 s), or None without wordfreq."""
    with _LOCK:
        if "en" not in _CACHE:
            _CACHE["en"] = _load("en")
        return _CACHE["en"]


def _load(lang: str) -> Lexicon | None:
    try:
        import wordfreq
    except ImportError:
        return None
    # Buckets of the "large" list are centibels: bucket i holds words of frequency 10^(-i/100),
    # so Zipf = 9 - i/100.
    buckets = wordfreq.get_frequency_list(lang, "large")
    zipf_of: dict[str, float] = {}
    for i, bucket in enumerate(buckets):
        z = round(9.0 - i / 100.0, 2)
        for w in bucket:
            zipf_of.setdefault(w, z)
    return Lexicon(zipf_of)
