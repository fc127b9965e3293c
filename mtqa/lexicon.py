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
from bisect import bisect_left
from itertools import chain, repeat
from typing import Any, Callable, Iterable, Iterator, Sequence, SupportsIndex

from mtqa.word_table import word_key

_LOCK = threading.Lock()
_CACHE: dict[str, Lexicon | None] = {}
MISSING = "needs the optional extra mtqa[words] (wordfreq) for word frequencies"


# From this Zipf value up a word's frequency is kept exactly (to the centibel); the rules
# only need to know that a rarer word exists and is rare.
COMMON_ZIPF = 2.5
RARE_ZIPF = 1.0  # what zipf() reports for a listed word rarer than COMMON_ZIPF
# Words this common are also kept as strings, with their frequency, so that most of a
# paragraph's words are known by one set difference, and most of a text's frequencies read
# from a dict, before any hash is looked up (about 15,000 words).
_FAST_ZIPF = 3.5

# wordfreq's buckets are centibels: bucket i holds words of frequency 10^(-i/100), so
# Zipf = 9 - i/100. Every bucket rarer than the cut is stored as the cut + 1 ("rare").
_CUT = int(round((9.0 - COMMON_ZIPF) * 100))
_RARE = _CUT + 1
# Bucket i's Zipf, 9 - i/100 to the centibel: (900 - i) / 100 is that decimal's nearest float,
# the float `round(9.0 - i / 100.0, 2)` gives (tests/test_lexicon.py), made ~7 times faster
# (651 `round` calls were ~0.2 ms of every import)
_ZIPF_OF_BUCKET = tuple(k / 100 for k in range(900, 900 - _CUT - 1, -1)) + (RARE_ZIPF,)
_BUCKET_BITS = _RARE.bit_length()


class Lexicon:
    """A language's words with their frequency (Zipf scale; exact from COMMON_ZIPF up).

    Compact on purpose: the 320,000 English words as Python strings in a dict and a set took
    about 35 MB of a process; here every word is one 64-bit key in a sorted array (looked up
    by bisection) with its frequency bucket beside it, about 3 MB. The key (`mtqa.word_table.word_key`) is a 64-bit
    BLAKE2b digest of the word's UTF-8 bytes: the same in every process, so the built table
    is kept in mtqa's cache (`english`) instead of being rebuilt by each process (about
    0.5 s CPU). Two other strings share a key about once in 10^19 pairs: a word outside the
    list passes for a listed one about once in 10^13 lookups.
    """

    __slots__ = ("_hashes", "_buckets", "_common")

    def __init__(self, buckets: Iterable[Iterable[str]]) -> None:
        """`buckets`: wordfreq's frequency list, most frequent first (bucket i = Zipf 9 - i/100)."""
        keys: list[int] = []
        common: set[str] = set()
        fast = int(round((9.0 - _FAST_ZIPF) * 100))
        for i, bucket in enumerate(buckets):
            b = min(i, _RARE)
            keys.extend([(word_key(w) << _BUCKET_BITS) | b for w in bucket])
            if i <= fast:
                common.update(bucket)
        keys.sort()  # by hash, then by bucket: a word listed twice keeps its most frequent bucket
        hashes, zbuckets = array("q"), array("H")
        mask = (1 << _BUCKET_BITS) - 1
        last = None
        for key in keys:
            h = key >> _BUCKET_BITS
            if h != last:
                hashes.append(h)
                zbuckets.append(key & mask)
                last = h
        self._hashes: Sequence[int] = hashes  # an array here, a view of the cache's bytes when read back
        self._buckets: Sequence[int] = zbuckets
        self._common: dict[str, float] | Any = {}  # Any: the native table when read back (`_common_table`)
        self._common = {w: self.zipf(w) for w in common}  # what the table says, collisions and all

    def __getstate__(self) -> tuple[bytes, bytes, bytes, bytes, bytes]:
        """The table as five flat values: the hashes' and buckets' bytes, the common words as
        one UTF-8 string (grouped by bucket), the runs of that string's buckets ((bucket,
        count) pairs' bytes) and the native table's slots for those words (`CommonWords.slots`;
        empty without the native library). A process's first check reads it back from mtqa's
        cache: 15,000 words unpickled one by one into a dict took ~3 ms of it, one string split
        and zipped with a frequency per word ~1.8, with the frequencies repeated run by run
        ~1.4; the native table built from the string ~0.45, from its kept slots ~0.1."""
        by_bucket: dict[int, list[str]] = {}
        for w, _ in self._common.items():
            by_bucket.setdefault(self._buckets[self._index(w)], []).append(w)
        runs = array("I")
        for bucket in sorted(by_bucket):
            runs.extend((bucket, len(by_bucket[bucket])))
        words = "\n".join(w for bucket in sorted(by_bucket) for w in by_bucket[bucket]).encode("utf-8", "surrogatepass")
        return bytes(self._hashes), bytes(self._buckets), words, runs.tobytes(), _slots_for(words, runs)

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple:
        """From protocol 5 on, the hashes and buckets go to pickle as buffers, which mtqa's
        cache keeps out of band (`pack_cache.store_pickled_views`) and reads back as views of
        the mapped file, not copies; earlier protocols pickle `__getstate__`'s bytes."""
        state: tuple = self.__getstate__()
        if int(protocol) >= 5:  # an array, or a view of the cache's bytes: both are buffers
            from pickle import PickleBuffer  # only a cache entry written imports `pickle`

            state = (PickleBuffer(self._hashes), PickleBuffer(self._buckets), *state[2:])  # type: ignore[arg-type]
        return _restored, (state,)

    def __setstate__(self, state: tuple[bytes, bytes, bytes, bytes, bytes]) -> None:
        hashes, buckets, words, runs, slots = state
        # Views of the unpickled bytes, not arrays copied from them (~1 ms of a first check)
        self._hashes, self._buckets = memoryview(hashes).cast("q"), memoryview(buckets).cast("H")
        pairs = memoryview(runs).cast("I")
        count = words.count(b"\n") + 1 if words else 0
        if len(self._hashes) != len(self._buckets) or len(pairs) % 2 or sum(pairs[1::2]) != count:
            raise ValueError("a damaged lexicon: its parts differ in length")
        self._common = _common_table(words, list(map(_ZIPF_OF_BUCKET.__getitem__, pairs[0::2])), pairs[1::2], slots)

    def _index(self, word: str) -> int:
        """Where `word` is in the table, or -1."""
        h = word_key(word)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        return i if i < len(hashes) and hashes[i] == h else -1

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lowercase word: 0 when the list does not know it, RARE_ZIPF when rare."""
        z = self._common.get(word)
        if z is not None:
            return z
        i = self._index(word)
        return 0.0 if i < 0 else _ZIPF_OF_BUCKET[self._buckets[i]]

    def zipfs(self, words: list[str]) -> list[float]:
        """`zipf` of each of `words`, in order: the common words' read from their table in one
        pass at C speed, only the rarer ones looked up one by one (a text's content words, most
        of them common, cost ~0.25 µs each through `zipf`)."""
        found = list(map(self._common.get, words))
        for i, z in enumerate(found):
            if z is None:
                found[i] = self.zipf(words[i])
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0

    def __len__(self) -> int:
        return len(self._hashes)

    def uncommon(self, words: Iterable[str]) -> set[str]:
        """The members of `words` that may be rarer than Zipf 3.5 (unlisted ones included): one
        set difference, no lookup, so a rule that only judges rarer words sets the rest aside
        at once. Every word left out has `zipf` 3.5 or more."""
        return _missing(self._common, words)

    def unknown(self, words: set[str], keep: Callable[[str], bool] | None = None) -> set[str]:
        """The members of `words` the list does not know: common words leave by one set
        difference, the rest are looked up without a Python-level loop over the table.
        `keep`: only the words it accepts are looked up (the others are left out of the answer);
        a lookup costs a few µs, so a caller that needs only some words says which."""
        rest = list(_missing(self._common, words) if keep is None else filter(keep, _missing(self._common, words)))
        if not rest:
            return set()
        hashes = self._hashes
        n = len(hashes)
        wanted = list(map(word_key, rest))
        at = map(bisect_left, repeat(hashes), wanted)
        return {w for w, h, i in zip(rest, wanted, at) if i >= n or hashes[i] != h}


def _missing(common: Any, words: Iterable[str]) -> set[str]:
    """The members of `words` that the common words' table does not list: a set difference
    with the dict (C's fast path, for an exact dict only), or the native table's answer."""
    return set(words).difference(common) if type(common) is dict else common.missing(words)


def _common_table(words: bytes, zipfs: list[float], counts: Sequence[int], slots: bytes = b"") -> Any:
    """The common words (`words`, UTF-8, joined by newlines, in runs of one frequency:
    `counts[i]` words of `zipfs[i]`) as a table: the native one when the native backend runs
    (a first check built ~15,000 Python strings and a dict of them in ~1.7 ms; the native
    table answers as the dict, and takes its slots as kept, `slots`, when they fit), else a dict."""
    native = _native_common_words()
    if native is not None:
        return native(words, list(zip(zipfs, counts)), slots or None)
    common = words.decode("utf-8", "surrogatepass").split("\n") if words else []
    return dict(zip(common, chain.from_iterable(map(repeat, zipfs, counts))))


def _slots_for(words: bytes, runs: array) -> bytes:
    """The native table's slots for `words` (what `_common_table` gives back to it), or empty
    bytes without the native library: made when the lexicon is stored, whichever backend runs."""
    try:
        from mtqa._native import CommonWords
    except ImportError:
        return b""
    if not hasattr(CommonWords, "slots"):  # a library built before it kept slots
        return b""
    try:
        return CommonWords(words, [(0.0, n) for n in runs[1::2]]).slots()
    except ValueError:  # a lone surrogate (not UTF-8): the dict's table only
        return b""


def _native_common_words() -> Any:
    """`mtqa._native.CommonWords` when the native backend runs (as the native tagger is used), else None."""
    from mtqa.errors import ConfigError
    from mtqa.scan_backend import backend_name

    try:
        if backend_name() != "native":
            return None
        from mtqa._native import CommonWords
    except (ImportError, RuntimeError, ConfigError):  # not built, or MTQA_SCAN_BACKEND says what cannot be
        return None
    return CommonWords if hasattr(CommonWords, "slots") else None  # a library built before it took UTF-8 and slots


def _restored(state: tuple) -> Lexicon:
    """A Lexicon from its pickled state (what `Lexicon.__reduce_ex__` names)."""
    lex = Lexicon.__new__(Lexicon)
    lex.__setstate__(state)
    return lex


def english() -> Lexicon | None:
    """The English lexicon, loaded on first use, or None without wordfreq: from mtqa's cache
    (a few ms) when this wordfreq file was read before, else built from it (about 0.5 s).
    Once loaded it is read without the lock: the rules ask ~300 times a check, and a dict
    lookup is atomic."""
    try:
        return _CACHE["en"]
    except KeyError:
        pass
    with _LOCK:
        if "en" not in _CACHE:
            _CACHE["en"] = _load("en")
        return _CACHE["en"]


def loaded() -> bool:
    """Whether the English lexicon is in memory (a check that never needs it never loads it)."""
    return "en" in _CACHE


_MAGIC = b"mtqa-lexicon-views\n"  # the layout of `pack_cache.store_pickled_views`


def _load(lang: str) -> Lexicon | None:
    """The lexicon from mtqa's cache, else built from wordfreq's file and cached. The entry's
    key is this module's file and wordfreq's (names, sizes, times) and Python's version, not
    all of mtqa's sources: the 3 MB table is not rebuilt and stored again at every edit."""
    path = _data_file(lang)
    if path is None:
        return None
    from mtqa import cache_child, pack_cache

    entry = pack_cache.stamped_entry("lexicon", lang, [str(path), __file__])
    if entry is None:  # caching off, or no file where wordfreq keeps it: read the list uncached
        return Lexicon(_stream(path, lang))
    lex = pack_cache.load_pickled_views(entry, _MAGIC)
    if lex is None and cache_child.fill(entry):  # built by a child: reading the list costs ~6 MB here
        lex = pack_cache.load_pickled_views(entry, _MAGIC)
    if lex is None:
        lex = Lexicon(_stream(path, lang))
        pack_cache.store_pickled_views(entry, _MAGIC, lex)
    return lex


def _data_file(lang: str):
    """wordfreq's "large" list file for `lang` (a Path), or None without wordfreq."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    from pathlib import Path

    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"large_{lang}.msgpack.gz"


def _buckets(lang: str) -> Iterator[list[str]] | None:
    """wordfreq's "large" list for `lang`, one frequency bucket at a time; None without wordfreq."""
    path = _data_file(lang)
    return None if path is None else _stream(path, lang)


def _stream(path, lang: str) -> Iterator[list[str]]:
    """The buckets of wordfreq's data file, read as wordfreq's own reader does (a gzipped
    msgpack "cBpack": a header, then one list of words per centibel) but a bucket at a time,
    so the whole list of strings is never held at once, and without importing wordfreq
    (0.3 s: it compiles its tokenizers). Any surprise in the file hands over to wordfreq's
    public API from the bucket where it happened."""
    done = 0
    try:
        import gzip

        import msgpack

        with gzip.open(path, "rb") as fh:
            unpacker = msgpack.Unpacker(fh, raw=False)
            n = unpacker.read_array_header()
            if n and unpacker.unpack() == {"format": "cB", "version": 1}:
                for _ in range(n - 1):
                    bucket = unpacker.unpack()
                    yield bucket
                    done += 1
                return
    except Exception:  # noqa: BLE001 - an unexpected file: use the library itself
        pass
    import wordfreq

    yield from wordfreq.get_frequency_list(lang, "large")[done:]
