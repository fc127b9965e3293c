"""A word table pickles its arrays out of band from protocol 5 on: mtqa's cache keeps them after
the pickle and a reader gets views of the mapped entry that answer as the table built; other
protocols, and protocol 5 without a buffer callback, carry them in band as before."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from mtqa import pack_cache
from mtqa.word_table import WordCodes

_WORDS = [("present", 3), ("current", 1), ("present", 7), ("Président", 42), ("zorb", 0)]
_MAGIC = b"test-word-table\n"


@pytest.fixture(params=[255, 300], ids=["byte codes", "wide codes"])
def table(request) -> WordCodes:
    return WordCodes([*_WORDS, ("wide", request.param)])


def _same_answers(read: WordCodes, built: WordCodes) -> None:
    assert len(read) == len(built)
    for word in ["present", "current", "Président", "zorb", "wide", "presents", "", "Present"]:
        assert read.code(word) == built.code(word)
        assert (word in read) == (word in built)


def test_stored_out_of_band_it_is_read_back_as_views(tmp_path: Path, table: WordCodes) -> None:
    entry = tmp_path / "table.bin"
    pack_cache.store_pickled_views(entry, _MAGIC, {"table": table, "names": ("A", "B")})
    read = pack_cache.load_pickled_views(entry, _MAGIC)
    assert read["names"] == ("A", "B")
    codes = read["table"]
    assert isinstance(codes._keys, memoryview) and codes._keys.readonly
    assert codes._keys.obj is codes._codes.obj  # both views of the one mapped entry
    assert codes._codes.format == table._codes.typecode
    _same_answers(codes, table)
    # a table of views pickles again, out of band or in band, and answers the same
    again = pickle.loads(pickle.dumps(codes, protocol=4))
    assert isinstance(again._keys, type(table._keys))
    _same_answers(again, table)
    _same_answers(pickle.loads(pickle.dumps(codes, protocol=5)), table)


@pytest.mark.parametrize("protocol", [2, 4, 5])
def test_in_band_pickles_answer_as_the_table(table: WordCodes, protocol: int) -> None:
    _same_answers(pickle.loads(pickle.dumps(table, protocol=protocol)), table)


def test_parts_that_do_not_fit_are_not_read(tmp_path: Path, table: WordCodes) -> None:
    """A damaged entry (parts of other lengths, an unknown item type) is a miss, never misread."""
    entry = tmp_path / "table.bin"
    keys, codes = bytes(table._keys), bytes(table._codes)

    class Damaged:
        def __init__(self, *state) -> None:
            self.state = state

        def __reduce_ex__(self, protocol):
            from mtqa import word_table

            return word_table._viewed, self.state

    for state in [(keys, codes[:-1], table._codes.typecode), (keys[:-3], codes, table._codes.typecode),
                  (keys, codes, "Q"), (keys + keys[:8], codes, table._codes.typecode)]:
        pack_cache.store_pickled_views(entry, _MAGIC, Damaged(*state))
        assert pack_cache.load_pickled_views(entry, _MAGIC) is None
    pack_cache.store_pickled_views(entry, _MAGIC, Damaged(keys, codes, table._codes.typecode))
    _same_answers(pack_cache.load_pickled_views(entry, _MAGIC), table)
