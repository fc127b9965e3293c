"""The English lexicon: read straight from wordfreq's data, it must agree with wordfreq's own API."""

from __future__ import annotations

import pytest

from mtqa import lexicon

wordfreq = pytest.importorskip("wordfreq")


def test_buckets_read_directly_match_the_public_api() -> None:
    assert list(lexicon._buckets("en")) == wordfreq.get_frequency_list("en", "large")


def test_every_listed_word_has_its_bucket_frequency() -> None:
    """The compact table (hashes and buckets) answers as a dict of the whole list would."""
    lex = lexicon.english()
    seen: set[str] = set()
    for i, bucket in enumerate(wordfreq.get_frequency_list("en", "large")):
        expected = round(9.0 - i / 100.0, 2) if 9.0 - i / 100.0 >= lexicon.COMMON_ZIPF - 1e-9 else lexicon.RARE_ZIPF
        for word in bucket:
            if word not in seen:
                seen.add(word)
                assert lex.zipf(word) == expected, word
    assert len(lex) == len(seen)


def test_unknown_agrees_with_membership() -> None:
    lex = lexicon.english()
    words = {"the", "government", "sovereigntist", "zzyzzx", "strongfulnessity", "Government", "cthe", ""}
    assert lex.unknown(words) == {w for w in words if w not in lex}
    assert lex.unknown(words) == {"zzyzzx", "strongfulnessity", "Government", "cthe", ""}
    # keep= looks up only the words it accepts: the unknown capitalised one is left out
    assert lex.unknown(words, keep=str.islower) == {"zzyzzx", "strongfulnessity", "cthe"}


def test_a_string_with_a_listed_words_bytes_is_not_taken_for_it() -> None:
    """CPython hashes a string's stored bytes: "of" (two 1-byte characters) and the one
    2-byte character with those bytes hash alike. The table's keys digest the UTF-8 bytes,
    which differ."""
    lex = lexicon.english()
    listed = {w for bucket in wordfreq.get_frequency_list("en", "large") for w in bucket}
    pairs = [(w, chr(ord(w[0]) | ord(w[1]) << 8)) for w in sorted(listed) if len(w) == 2 and w.isascii()]
    twins = [(w, twin) for w, twin in pairs if twin not in listed and hash(twin) == hash(w)]
    assert twins, "no listed two-letter word has an unlisted twin"
    for w, twin in twins[:50]:
        assert w in lex and twin not in lex and lex.zipf(twin) == 0.0
        assert lex.unknown({w, twin}) == {twin}


@pytest.mark.parametrize("word", ["the", "government", "admiral", "premier", "sovereigntist", "zzyzzx"])
def test_zipf_values_agree_with_wordfreq_for_common_words(word: str) -> None:
    lex = lexicon.english()
    expected = wordfreq.zipf_frequency(word, "en", wordlist="large")
    got = lex.zipf(word)
    if expected >= lexicon.COMMON_ZIPF or expected == 0:
        assert got == pytest.approx(expected, abs=0.011)
    else:
        assert got == lexicon.RARE_ZIPF and word in lex


def test_loaded_once_and_shared() -> None:
    assert lexicon.english() is lexicon.english()


def test_word_list_not_loaded_until_a_rule_needs_it(monkeypatch) -> None:
    from mtqa import Checker

    monkeypatch.setattr(lexicon, "_CACHE", {})
    Checker(languagetool="off", select=["typography"]).check("The mayor met the controlarity team.")
    assert not lexicon.loaded()
    Checker(languagetool="off", select=["nonwords/unknown-word"]).check("The mayor met the controlarity team.")
    assert lexicon.loaded()


def test_no_word_is_kept_as_a_string_but_the_common_ones() -> None:
    """The table holds hashes: strings only for the few thousand most common words."""
    lex = lexicon.english()
    assert not hasattr(lex, "__dict__")
    assert len(lex._common) < len(lex) / 10


def test_missing_wordfreq_gives_none(monkeypatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert lexicon._load("en") is None


def test_a_damaged_data_file_hands_over_to_wordfreq(tmp_path) -> None:
    import gzip

    import msgpack

    good = wordfreq.get_frequency_list("en", "large")
    path = tmp_path / "large_en.msgpack.gz"
    path.write_bytes(gzip.compress(msgpack.packb([{"format": "cB", "version": 1}, *good[:3]]))[:-30])
    assert list(lexicon._stream(path, "en")) == good
    path.write_bytes(gzip.compress(msgpack.packb([{"format": "other"}, ["x"]])))
    assert list(lexicon._stream(path, "en")) == good


def test_the_built_table_is_kept_between_processes(tmp_path, monkeypatch) -> None:
    """The table's keys are the same in every process, so a second load reads the cache and
    answers exactly as the table built from wordfreq's file."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")  # built from the file here, not by a child
    built = lexicon._load("en")
    assert list((tmp_path / "lexicon").iterdir()), "the built table was not cached"

    def unread(*args):
        raise AssertionError("the word list was read again")

    monkeypatch.setattr(lexicon, "_stream", unread)  # the cache must answer
    from mtqa import pack_cache

    monkeypatch.setattr(pack_cache, "code_fingerprint", lambda: "another module of mtqa edited since")
    cached = lexicon._load("en")
    assert cached is not built and len(cached) == len(built)
    for word in ("the", "admiral", "sovereigntist", "zzyzzx", "controlarity"):
        assert cached.zipf(word) == built.zipf(word)
    assert cached.unknown({"the", "zzyzzx", "cthe"}) == built.unknown({"the", "zzyzzx", "cthe"}) == {"zzyzzx", "cthe"}


def test_uncommon_sets_aside_only_words_of_zipf_3_5_or_more() -> None:
    """`uncommon` is a pre-filter: every word it leaves out is common, and every rarer or
    unlisted word stays in."""
    lex = lexicon.english()
    words = {"the", "government", "admiral", "tabled", "sovereigntist", "zzyzzx", "ment", "ly", "Government", ""}
    rare = lex.uncommon(words)
    assert rare <= words
    assert {w for w in words if lex.zipf(w) < 3.5} <= rare
    assert all(lex.zipf(w) >= 3.5 for w in words - rare)
    assert {"the", "government"}.isdisjoint(rare) and {"sovereigntist", "zzyzzx", "ment"} <= rare
    assert lex.uncommon(iter(["the", "zzyzzx"])) == {"zzyzzx"}  # any iterable of words


def test_the_stored_form_gives_back_the_same_table() -> None:
    """Pickled (as mtqa's cache keeps it) and read back, the table answers as the one built:
    every common word's frequency, every hash and bucket, the uncommon words."""
    import pickle

    built = lexicon.Lexicon([["the", "of"], ["and"], *[[] for _ in range(200)], ["admiral"], *[[] for _ in range(700)],
                             ["sovereigntist"]])
    copy = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert _items(copy) == _items(built) and list(copy._hashes) == list(built._hashes)
    assert list(copy._buckets) == list(built._buckets)
    for word in ("the", "and", "admiral", "sovereigntist", "zzyzzx"):
        assert copy.zipf(word) == built.zipf(word)
    assert copy.uncommon({"the", "admiral", "zzyzzx"}) == built.uncommon({"the", "admiral", "zzyzzx"})
    real = lexicon.english()
    again = pickle.loads(pickle.dumps(real, protocol=pickle.HIGHEST_PROTOCOL))
    assert _items(again) == _items(real) and len(again) == len(real)


def test_a_damaged_or_outdated_cache_entry_is_rebuilt(tmp_path, monkeypatch) -> None:
    """An entry whose parts do not fit together, or pickled in an earlier form, is not read: the
    table is built again from wordfreq's file and stored afresh."""
    import pickle

    from mtqa import pack_cache

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")
    built = lexicon._load("en")
    (entry,) = (tmp_path / "lexicon").iterdir()
    hashes, buckets, words, codes, slots = built.__getstate__()
    damaged = ((hashes, buckets[:-2], words, codes, slots), (hashes, buckets, words + b"\nextra", codes, slots),
               (None, {"_hashes": built._hashes}), (hashes, buckets, words.decode(), codes))  # the form before slots
    whole = pack_cache.seal(lexicon._MAGIC, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    # parts that do not fit together, in the stored layout; a whole table pickled in band (the
    # layout before `store_pickled_views`); that layout with parts that do not fit either
    for write in [*(lambda s=s: pack_cache.store_pickled_views(entry, lexicon._MAGIC, _Stated(s)) for s in damaged),
                  lambda: pack_cache.store(entry, whole),
                  *(lambda s=s: pack_cache.store(entry, pack_cache.seal(lexicon._MAGIC, pickle.dumps(_Stated(s))))
                    for s in damaged)]:
        assert pack_cache.load_pickled_views(entry, lexicon._MAGIC) is not None
        write()
        assert pack_cache.load_pickled_views(entry, lexicon._MAGIC) is None
        rebuilt = lexicon._load("en")
        assert rebuilt is not None and len(rebuilt) == len(built) and rebuilt.zipf("the") == built.zipf("the")


def test_the_stored_table_is_read_back_as_views_of_the_entry(tmp_path, monkeypatch) -> None:
    """The cache keeps the hashes and buckets out of band and a reader gets them as views of the
    mapped entry (no copy), answering as the built table; a pickle of another protocol still
    carries them in band."""
    import pickle

    from mtqa import pack_cache

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")
    built = lexicon._load("en")
    (entry,) = (tmp_path / "lexicon").iterdir()
    read = pack_cache.load_pickled_views(entry, lexicon._MAGIC)
    assert read is not built and isinstance(read._hashes, memoryview) and read._hashes.readonly
    assert read._hashes.obj is read._buckets.obj  # both views of the one mapped entry
    assert list(read._hashes) == list(built._hashes) and list(read._buckets) == list(built._buckets)
    assert _items(read) == _items(built) and read.unknown({"the", "zzyzzx"}) == {"zzyzzx"}
    for protocol in (2, 4, 5):
        again = pickle.loads(pickle.dumps(read, protocol=protocol))
        assert list(again._hashes) == list(built._hashes) and _items(again) == _items(built)


class _Stated:
    """Pickles as a Lexicon with the state given (what an earlier or damaged entry holds)."""

    def __init__(self, state) -> None:
        self.state = state

    def __reduce__(self):
        return (object.__new__, (lexicon.Lexicon,), self.state)


def _items(lex: lexicon.Lexicon) -> dict[str, float]:
    """A lexicon's common words and their frequencies, whichever table holds them."""
    return dict(lex._common.items())


def test_the_native_common_words_answer_as_the_dict() -> None:
    """`mtqa._native.CommonWords` (the common words a first check reads with the native backend)
    gives every answer the dict (the pure-Python backend's) gives: each listed word's frequency (the same
    float objects), None or the default for the rest (words beyond ASCII, a lone surrogate, an
    empty string, near misses, objects that are not strings), the same `missing` sets and
    `items`; damaged runs are refused."""
    _native = pytest.importorskip("mtqa._native")
    real = lexicon.english()
    state = real.__getstate__()
    words, runs = state[2].decode(), memoryview(state[3]).cast("I")
    zipfs = [lexicon._ZIPF_OF_BUCKET[b] for b in runs[0::2]]
    built = _native.CommonWords(words, list(zip(zipfs, runs[1::2])))
    native = _native.CommonWords(words.encode(), list(zip(zipfs, runs[1::2])), built.slots())
    assert native.prebuilt and not built.prebuilt and dict(built.items()) == dict(native.items())
    python = dict(zip(words.split("\n"), (z for z, n in zip(zipfs, runs[1::2]) for _ in range(n))))
    assert len(native) == len(python) > 10_000 and dict(native.items()) == python
    listed = list(python)
    others = ["", "zzyzzx", "The", "the ", " the", "naïveté", "café", "\ud800", "a\udfffb", "\U0001f600", "théâtre",
              *(w.upper() for w in listed[:200]), *(w + "s" for w in listed[:200]), *(w[:-1] for w in listed[:200])]
    for word in [*listed, *others]:
        assert native.get(word) is python.get(word), word
        assert native.get(word, -1.0) == python.get(word, -1.0) and (word in native) == (word in python)
    for item in (None, 3, b"the", ("the",)):
        assert native.get(item) is None and item not in native
    for group in ([], listed[:50] + others, others, ["the", "the", "zzyzzx", "zzyzzx"], [3, b"the", "the", None]):
        expected = set(group).difference(python)
        assert native.missing(group) == expected and native.missing(iter(group)) == expected
        assert lexicon._missing(native, group) == lexicon._missing(python, group) == expected
    for bad_runs in ([(7.0, len(python) + 1)], [(7.0, len(python) - 1)], [(7.0, 2**62), (1.0, 1)]):
        with pytest.raises(ValueError):
            _native.CommonWords(words, bad_runs)
    with pytest.raises(ValueError):
        _native.CommonWords("the\nof\nthe", [(7.0, 3)])  # a word listed twice
    assert len(_native.CommonWords("", [])) == 0 and _native.CommonWords("", []).get("") is None


def test_the_native_table_takes_its_kept_slots_only_when_they_fit() -> None:
    """The slots a stored lexicon keeps (`CommonWords.slots`) are taken only whole, of this
    library's layout and with each word where the table's hash puts it (sampled); anything else
    (damaged, cut, of another layout, or laid by another hash: here rotated by a slot) is built
    afresh, and the table answers as the dict whichever it took."""
    import struct

    _native = pytest.importorskip("mtqa._native")
    state = lexicon.english().__getstate__()
    words, runs = state[2], memoryview(state[3]).cast("I")
    pairs = [(lexicon._ZIPF_OF_BUCKET[b], n) for b, n in zip(runs[0::2], runs[1::2])]
    good = state[4]
    assert good and _native.CommonWords(words, pairs, good).prebuilt
    expected = dict(_native.CommonWords(words, pairs).items())
    head, body = good[:4], good[4:]
    slots = list(struct.unpack(f"<{len(body) // 4}I", body))
    first = next(i for i, e in enumerate(slots) if e)
    listed = len(expected)

    def laid(entries) -> bytes:
        return head + struct.pack(f"<{len(entries)}I", *entries)

    twice = list(slots)
    twice[slots.index(0)] = slots[first]  # one word in two slots
    none = list(slots)
    none[first] = 0  # one word in none
    beyond = list(slots)
    beyond[first] = listed + 1  # a word that is not there
    for bad in (b"", good[:-4], good + b"\0\0\0\0", b"\0\0\0\0" + body, laid(twice), laid(none), laid(beyond),
                laid(slots[-1:] + slots[:-1])):
        table = _native.CommonWords(words, pairs, bad)
        assert not table.prebuilt and dict(table.items()) == expected
        assert all(table.get(w) == z for w, z in expected.items())


def test_a_stored_lexicon_keeps_the_native_slots(tmp_path, monkeypatch) -> None:
    """Stored whichever backend runs, a lexicon read back with the native backend takes the
    slots kept in its entry instead of building its table; with the pure-Python backend it
    reads a dict, and both answer as the table built."""
    pytest.importorskip("mtqa._native")
    from mtqa import pack_cache

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "python")
    built = lexicon._load("en")
    (entry,) = (tmp_path / "lexicon").iterdir()
    python = pack_cache.load_pickled_views(entry, lexicon._MAGIC)
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    native = pack_cache.load_pickled_views(entry, lexicon._MAGIC)
    assert type(python._common) is dict and native._common.prebuilt
    assert _items(native) == _items(python) == _items(built)


def test_the_lexicon_reads_its_common_words_into_the_backend_table(monkeypatch) -> None:
    """Read back from its state, a lexicon keeps its common words in the native table with the
    native backend and in the dict with the pure-Python one, answering the same."""
    pytest.importorskip("mtqa._native")
    real = lexicon.english()
    state = real.__getstate__()
    tables = {}
    for backend in ("native", "python"):
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        tables[backend] = lexicon._restored(state)
    assert type(tables["python"]._common) is dict
    assert type(tables["native"]._common).__module__ == "mtqa._native"
    probe = {"the", "admiral", "zzyzzx", "naïveté", "sovereigntist", "a\udfffb", "Minister"}
    for lex in tables.values():
        assert _items(lex) == _items(tables["python"])
        assert lex.uncommon(probe) == tables["python"].uncommon(probe)
        assert lex.unknown(set(probe)) == tables["python"].unknown(set(probe))
        assert all(lex.zipf(w) == tables["python"].zipf(w) for w in probe)


def test_bucket_frequencies_are_the_rounded_zipf_values() -> None:
    """Each bucket's Zipf value is the float `round(9 - i/100, 2)` gives, bit for bit (the table
    is built from whole centibels instead), and the rare bucket's is RARE_ZIPF."""
    expected = [round(9.0 - i / 100.0, 2) for i in range(lexicon._CUT + 1)]
    assert [z.hex() for z in lexicon._ZIPF_OF_BUCKET[:-1]] == [z.hex() for z in expected]
    assert lexicon._ZIPF_OF_BUCKET[-1] == lexicon.RARE_ZIPF and len(lexicon._ZIPF_OF_BUCKET) == lexicon._RARE + 1
