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
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from mtqa import pack_cache

_LOCK = threading.Lock()
_CACHE: dict[str, Lexicon | None] = {}
MISSING = "needs the optional extra mtqa[words] (wordfreq) for word frequencies"


# Below this Zipf value words are kept without their frequency, in a compact sorted store
# (a dict of all 320,000 words costs a tenth of a second to build and ~20 MB): the rules only
# need to know that such a word exists and is rare.
COMMON_ZIPF = 2.5
RARE_ZIPF = 1.0  # what zipf() reports for a listed word rarer than COMMON_ZIPF


class SortedWords:
    """A large set of words held as one sorted string, its offsets and an index of prefixes.

    Loading it creates a few objects instead of one string per word: the ~270,000 rare words
    cost ~5 MB and no time to load, against ~20 MB and a tenth of a second as a frozenset.
    A lookup is exact (the word itself is compared at the end) and takes a microsecond or
    two: a binary search in C over the words' first eight bytes, then a comparison with the
    few words that share them. A word that changes when lowercased is answered at once when every
    stored word is lowercase (wordfreq's lists are).
    """

    __slots__ = ("_text", "_starts", "_keys", "_lower_only")

    def __init__(self, text: str, starts: array, keys: array, lower_only: bool) -> None:
        self._text = text  # the words in order of their UTF-8 bytes, each followed by "\n"
        self._starts = starts  # where each word starts, then len(text)
        self._keys = keys  # each word's first 8 UTF-8 bytes (zero-padded) as a big-endian number
        self._lower_only = lower_only

    @classmethod
    def of(cls, words: Iterable[str]) -> SortedWords:
        ordered = sorted(set(words), key=str.encode)
        starts = array("I", [0])
        for w in ordered:
            starts.append(starts[-1] + len(w) + 1)
        keys = array("Q", [_prefix_key(w) for w in ordered])
        return cls("".join(w + "\n" for w in ordered), starts, keys, all(w == w.lower() for w in ordered))

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, i: int) -> str:
        return self._text[self._starts[i] : self._starts[i + 1] - 1]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or (self._lower_only and word.lower() != word):
            return False
        key = _prefix_key(word)
        lo = bisect_left(self._keys, key)
        hi = bisect_right(self._keys, key, lo)  # at most a few dozen words share 8 bytes
        return any(self[i] == word for i in range(lo, hi))

    def stored(self) -> tuple[str, bytes, bytes, bool]:
        """What `restore` reads back (for the cache)."""
        return self._text, self._starts.tobytes(), self._keys.tobytes(), self._lower_only

    @classmethod
    def restore(cls, text: str, starts: bytes, keys: bytes, lower_only: bool) -> SortedWords:
        offsets, prefixes = array("I"), array("Q")
        offsets.frombytes(starts)
        prefixes.frombytes(keys)
        return cls(text, offsets, prefixes, lower_only)


def _prefix_key(word: str) -> int:
    return int.from_bytes(word.encode()[:8].ljust(8, b"\0"), "big")


_NO_WORDS = SortedWords("", array("I", [0]), array("Q"), True)


@dataclass(frozen=True)
class Lexicon:
    """A language's words with their frequency (Zipf scale; exact from COMMON_ZIPF up)."""

    zipf_of: dict[str, float]
    rare: SortedWords = _NO_WORDS

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lowercase word: 0 when the list does not know it, RARE_ZIPF when rare."""
        z = self.zipf_of.get(word)
        if z is not None:
            return z
        return RARE_ZIPF if word in self.rare else 0.0

    def __contains__(self, word: str) -> bool:
        return word in self.zipf_of or word in self.rare

    def unknown(self, words: set[str]) -> set[str]:
        """The members of `words` the list does not know (a set operation against the common
        words, then a lookup of the few left among the rare ones)."""
        rare = self.rare
        return {w for w in words.difference(self.zipf_of) if w not in rare}


def english() -> Lexicon | None:
    """The English lexicon, loaded on first use, or None without wordfreq."""
    with _LOCK:
        if "en" not in _CACHE:
            _CACHE["en"] = _load("en")
        return _CACHE["en"]


def _load(lang: str) -> Lexicon | None:
    path = _data_file(lang)
    if path is not None:
        try:
            content = path.read_bytes()
        except OSError:
            content = None
        if content is not None:
            # Built once per content of wordfreq's file: the common words' dict, the rare words stored.
            try:
                zipf_of, *rare = pack_cache.load(content, _CACHE_SCHEMA, lambda: _stored(_decode(content)))
            except ValueError:  # not the file format expected: wordfreq's own reader, below
                pass
            else:
                return Lexicon(zipf_of, SortedWords.restore(*rare))
    buckets = _read_buckets(lang)
    return None if buckets is None else _built(buckets)


# What a cached lexicon was built with: change it when `_built` changes.
_CACHE_SCHEMA = f"lexicon 2 common>={COMMON_ZIPF}"


def _stored(buckets: list[list[str]] | None) -> tuple:
    if buckets is None:
        raise ValueError("not a wordfreq cBpack file")  # not cached; _load falls back below
    lex = _built(buckets)
    return (lex.zipf_of, *lex.rare.stored())


def _built(buckets: list[list[str]]) -> Lexicon:
    # Buckets of the "large" list are centibels: bucket i holds words of frequency 10^(-i/100),
    # so Zipf = 9 - i/100. Rarer buckets first, so a word listed twice keeps its higher value.
    from itertools import chain

    cut = int(round((9.0 - COMMON_ZIPF) * 100))
    zipf_of: dict[str, float] = {}
    for i in range(min(cut, len(buckets) - 1), -1, -1):
        if buckets[i]:
            zipf_of.update(dict.fromkeys(buckets[i], round(9.0 - i / 100.0, 2)))
    rare = SortedWords.of(w for w in chain.from_iterable(buckets[cut + 1 :]) if "\n" not in w)
    return Lexicon(zipf_of, rare)


def _data_file(lang: str) -> Path | None:
    """wordfreq's "large" data file for `lang`, without importing wordfreq."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"large_{lang}.msgpack.gz"


def _decode(content: bytes) -> list[list[str]] | None:
    """The frequency buckets of a gzipped msgpack "cBpack" (a header, then one list of words
    per centibel), as wordfreq's own reader reads it; None for anything else."""
    try:
        import gzip

        import msgpack

        data = msgpack.unpackb(gzip.decompress(content), raw=False)
    except Exception:  # noqa: BLE001 - an unexpected file: the caller uses the library itself
        return None
    if isinstance(data, list) and data and data[0] == {"format": "cB", "version": 1}:
        return data[1:]
    return None


def _read_buckets(lang: str) -> list[list[str]] | None:
    """wordfreq's "large" list for `lang`, as its list of frequency buckets.

    Importing wordfreq costs about 0.3 s (it compiles its tokenizers); its data file is read
    directly instead. Any surprise falls back to wordfreq's public API.
    """
    path = _data_file(lang)
    if path is None:
        return None
    try:
        buckets = _decode(path.read_bytes())
    except OSError:
        buckets = None
    if buckets is not None:
        return buckets
    import wordfreq

    return wordfreq.get_frequency_list(lang, "large")
