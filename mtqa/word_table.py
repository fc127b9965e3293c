"""A compact, read-only map from words to small numbers, for word lists of 100,000 entries.

A Python dict of 100,000 strings costs 10–15 MB of a process (each key and value an object
of its own); here every word is one 64-bit key in a sorted array, looked up by bisection, with
its number in a parallel array: under 1 MB. The key is a 64-bit BLAKE2b digest of the word's
UTF-8 bytes, the same in every process, so a built table can be kept in mtqa's cache and read
back by the next process instead of rebuilt. Two different strings share a key about once in
10^19 pairs, so a word outside a 100,000-word table passes for a listed one about once in
10^14 lookups. `mtqa.lexicon` (word frequencies) and `mtqa.tagging` (part-of-speech tags,
word classes) keep their lists this way. `one_copy` shares one string among equal words.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Sequence, SupportsIndex

from mtqa.digests import blake2b


@lru_cache(maxsize=8192)
def one_copy(word: str) -> str:
    """`word`, or an equal string seen lately: the words a section of a long document keeps
    (its tokens, its word sets) share one string each instead of a copy per occurrence.
    The few thousand most recent words are enough: a story repeats its common ones."""
    return word


@lru_cache(maxsize=16384)  # a story repeats its words; the digest costs ~1.5 µs
def word_key(word: str) -> int:
    """A word's key in a table: a signed 64-bit BLAKE2b digest of its UTF-8 bytes."""
    data = word.encode("utf-8", "surrogatepass")  # a lone surrogate from a badly decoded file is a key too
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "little", signed=True)


class WordCodes:
    """Words with a small non-negative number each (a tag's index, a set of flags as bits).

    Built from (word, code) pairs; a word given twice keeps its last code, as a dict would.
    """

    __slots__ = ("_keys", "_codes")

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        latest: dict[int, int] = {}
        for word, code in pairs:
            latest[word_key(word)] = code
        keys = sorted(latest)
        codes = [latest[k] for k in keys]
        # arrays here; views of the cache's bytes when read back out of band (`__reduce_ex__`)
        self._keys: Sequence[int] = array("q", keys)
        self._codes: Sequence[int] = array("B" if max(codes, default=0) < 256 else "L", codes)

    def code(self, word: str) -> int:
        """The number of `word`, or -1 when the table does not list it."""
        h = word_key(word)
        keys = self._keys
        i = bisect_left(keys, h)
        return self._codes[i] if i < len(keys) and keys[i] == h else -1

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.code(word) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __getstate__(self) -> tuple[array, array]:
        return _as_array(self._keys, "q"), _as_array(self._codes, _typecode(self._codes))

    def __setstate__(self, state: tuple[array, array]) -> None:
        self._keys, self._codes = state

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple:
        """From protocol 5 on, the keys and codes go to pickle as buffers, which mtqa's cache
        keeps out of band (`pack_cache.store_pickled_views`) and reads back as views of the
        mapped entry, not copies (the word classes' 0.5 MB: ~0.5 ms of a first check);
        earlier protocols pickle `__getstate__`'s arrays."""
        if int(protocol) < 5:
            return object.__reduce_ex__(self, protocol)  # type: ignore[return-value]
        from pickle import PickleBuffer  # only a cache entry written imports `pickle`

        keys, codes = self._keys, self._codes
        return _viewed, (PickleBuffer(keys), PickleBuffer(codes), _typecode(codes))  # type: ignore[arg-type]


def _typecode(codes: Sequence[int]) -> str:
    """The item type of an array or a view: "B" or "L"."""
    return codes.typecode if isinstance(codes, array) else codes.format  # type: ignore[attr-defined]


def _as_array(values: Sequence[int], typecode: str) -> array:
    """`values` as an array of `typecode` (a view read back from the cache is copied once)."""
    return values if isinstance(values, array) else array(typecode, values)


def _viewed(keys: object, codes: object, typecode: str) -> WordCodes:
    """A WordCodes over two buffers (what `WordCodes.__reduce_ex__` names): views of them, not
    copies; parts that do not fit together (a damaged entry) raise ValueError."""
    if typecode != "B" and typecode != "L":
        raise ValueError(f"a damaged word table: item type {typecode!r}")
    table = WordCodes.__new__(WordCodes)
    table._keys = memoryview(keys).cast("B").cast("q")  # type: ignore[arg-type]
    table._codes = memoryview(codes).cast("B").cast(typecode)  # type: ignore[arg-type, call-overload]
    if len(table._keys) != len(table._codes):
        raise ValueError("a damaged word table: its parts differ in length")
    return table
