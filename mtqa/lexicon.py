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
_CACHE: dict[str, Lexicon | None] = {}
MISSING = "needs the optional extra mtqa[words] (wordfreq) for word frequencies"


# Below this Zipf value words are kept in a plain set (building a dict of all 320,000 words
# costs a tenth of a second): the rules only need to know that such a word exists and is rare.
COMMON_ZIPF = 2.5
RARE_ZIPF = 1.0  # what zipf() reports for a listed word rarer than COMMON_ZIPF


@dataclass(frozen=True)
class Lexicon:
    """A language's words with their frequency (Zipf scale; exact from COMMON_ZIPF up)."""

    zipf_of: dict[str, float]
    rare: frozenset[str] = frozenset()

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lowercase word: 0 when the list does not know it, RARE_ZIPF when rare."""
        z = self.zipf_of.get(word)
        if z is not None:
            return z
        return RARE_ZIPF if word in self.rare else 0.0

    def __contains__(self, word: str) -> bool:
        return word in self.zipf_of or word in self.rare

    def unknown(self, words: set[str]) -> set[str]:
        """The members of `words` the list does not know, by set operations (no Python loop per word)."""
        return words.difference(self.zipf_of).difference(self.rare)


def english() -> Lexicon | None:
    """The English lexicon, loaded on first use (about 0.2 s), or None without wordfreq."""
    with _LOCK:
        if "en" not in _CACHE:
            _CACHE["en"] = _load("en")
        return _CACHE["en"]


def _load(lang: str) -> Lexicon | None:
    buckets = _read_buckets(lang)
    if buckets is None:
        return None
    # Buckets of the "large" list are centibels: bucket i holds words of frequency 10^(-i/100),
    # so Zipf = 9 - i/100. Rarer buckets first, so a word listed twice keeps its higher value.
    from itertools import chain

    cut = int(round((9.0 - COMMON_ZIPF) * 100))
    zipf_of: dict[str, float] = {}
    for i in range(min(cut, len(buckets) - 1), -1, -1):
        if buckets[i]:
            zipf_of.update(dict.fromkeys(buckets[i], round(9.0 - i / 100.0, 2)))
    rare = frozenset(chain.from_iterable(buckets[cut + 1 :]))
    return Lexicon(zipf_of, rare)


def _read_buckets(lang: str) -> list[list[str]] | None:
    """wordfreq's "large" list for `lang`, as its list of frequency buckets.

    Importing wordfreq costs about 0.3 s (it compiles its tokenizers); its data file is read
    directly instead, as wordfreq's own reader does (a gzipped msgpack "cBpack": a header,
    then one list of words per centibel). Any surprise falls back to wordfreq's public API.
    """
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        import gzip
        from pathlib import Path

        import msgpack

        path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"large_{lang}.msgpack.gz"
        with gzip.open(path, "rb") as fh:
            data = msgpack.load(fh, raw=False)
        if isinstance(data, list) and data and data[0] == {"format": "cB", "version": 1}:
            return data[1:]
    except Exception:  # noqa: BLE001 - an unexpected file: use the library itself
        pass
    import wordfreq

    return wordfreq.get_frequency_list(lang, "large")
