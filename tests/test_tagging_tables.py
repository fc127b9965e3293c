"""The tagger's compact tables answer exactly as the libraries they are built from.

The Brill lexicon is kept as word numbers (`mtqa.word_table`) instead of TextBlob's dict, and
lemminflect's answers (a word's classes, "has a plural of its own", "is a past participle")
are computed once for every word it lists and kept in mtqa's cache. Each table is compared
here, entry by entry, with the library reading its own files.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest

from mtqa import tagging, word_table

pytest.importorskip("textblob")
lemminflect = pytest.importorskip("lemminflect")


def _cached_tagger(monkeypatch, tmp_path) -> tagging.Tagger:
    """A tagger loaded afresh with its tables built into (or read from) a cache in tmp_path."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")  # built here (tests/test_cold_cache.py: by a child)
    monkeypatch.setattr(tagging, "_LOADED", {})
    tg = tagging.tagger()
    assert tg is not None
    return tg


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tagging.Tagger:
    mp = pytest.MonkeyPatch()
    try:
        return _cached_tagger(mp, tmp_path_factory.mktemp("tagger-cache"))
    finally:
        mp.undo()


def test_every_lexicon_entry_keeps_its_tag(built: tagging.Tagger) -> None:
    """As TextBlob reads en-lexicon.txt (each line "word TAG ...", a later line winning)."""
    from textblob import _text

    lexicon = _text.Lexicon(path=os.path.join(os.path.dirname(_text.__file__), "en", "en-lexicon.txt"))
    entries = dict(lexicon.items())
    assert len(entries) > 90_000
    for word, tag in entries.items():
        assert built.lexicon_tag(word) == tag, word
    for absent in ("zorblified", "Zorblified", "", "the ", "mINISTER"):
        assert absent not in entries and built.lexicon_tag(absent) is None


def _lemminflect_words() -> list[str]:
    from lemminflect import config

    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as fh:
        words = {line.split(",", 1)[0] for line in fh}
    return sorted(words)


def test_word_classes_agree_with_lemminflect(built: tagging.Tagger) -> None:
    """Every tenth word of lemminflect's list (asking lemminflect for all of them takes about
    15 s) and a sample capitalised, plus words it does not list: the table answers as
    lemminflect's own functions do."""
    words = _lemminflect_words()
    assert len(words) > 60_000
    extra = ["zorblified", "Minister", "MINISTER", "Come", "İstanbul", "\u212aing", "", "n't", "'s"]
    live = tagging._LemminflectClasses()
    for word in words[::10] + [w.capitalize() for w in words[1::29]] + extra:
        assert built.readings(word) == live.readings(word), word
        assert built.has_distinct_plural(word) == live.has_distinct_plural(word), word
        assert built.is_participle(word) == live.is_participle(word), word
        assert built.is_uncountable_too(word) == live.is_uncountable_too(word), word


def test_the_cached_tables_load_without_lemminflect_or_numpy(built: tagging.Tagger, tmp_path) -> None:
    """A second process reads the tables from the cache: lemminflect (and numpy) stay out. The
    first builds them itself (as it does when no child process can build them)."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path), MTQA_BUILD_IN_PROCESS="1")
    env.pop("MTQA_NO_CACHE", None)
    code = ("import json, sys; from mtqa import tagging; tg = tagging.tagger(); "
            "answers = [sorted(tg.readings('present')), tg.is_participle('come'), tg.has_distinct_plural('minister'), "
            "[t.tag for t in tg.tag('He should current it.')]]; "
            "print(json.dumps([answers, 'lemminflect' in sys.modules, 'numpy' in sys.modules]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                      check=True).stdout) for _ in range(2)]
    assert runs[0][0] == runs[1][0] == [["ADJ", "NOUN", "VERB"], True, True, ["PRP", "MD", "JJ", "PRP", "."]]
    assert runs[0][1] is True  # the first process built the table from lemminflect
    assert runs[1][1:] == [False, False]


def test_without_a_cache_lemminflect_answers_itself(monkeypatch) -> None:
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    monkeypatch.setattr(tagging, "_LOADED", {})
    tg = tagging.tagger()
    assert tg is not None
    assert isinstance(tg._classes, tagging._LemminflectClasses)
    assert tg.readings("present") >= {"ADJ", "NOUN", "VERB"} and tg.is_participle("come")
    assert tg.lexicon_tag("minister") == "NN"


@pytest.mark.parametrize("backend", ["python", "native"])
def test_a_damaged_cache_entry_is_rebuilt(monkeypatch, tmp_path, backend) -> None:
    if backend == "native" and not _native_built():
        pytest.skip("the native tagger is not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    _cached_tagger(monkeypatch, tmp_path)
    entries = sorted((tmp_path / "tagger").glob("en-*"))  # the lexicon and the word classes
    assert [e.name.split("-")[1] for e in entries] == ["classes", "lexicon"]
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[:-10])
    tg = _cached_tagger(monkeypatch, tmp_path)
    assert tg.backend == backend
    assert tg.lexicon_tag("minister") == "NN" and tg.has_distinct_plural("minister")


def test_the_tables_are_read_back_as_views_and_a_former_layout_is_rebuilt(monkeypatch, tmp_path) -> None:
    """The word tables' arrays are kept out of band and read back as views of the entry; an entry
    pickled in band under the former magic is a miss: built afresh, in the current layout."""
    from mtqa import pack_cache

    monkeypatch.setenv("MTQA_SCAN_BACKEND", "python")  # the Python tagger reads both entries
    built = _cached_tagger(monkeypatch, tmp_path)
    entries = sorted((tmp_path / "tagger").glob("en-*"))
    values = [pack_cache.load_pickled_views(e, tagging._MAGIC) for e in entries]
    classes, lexicon = values[0][0], values[1]["lexicon"]
    assert all(isinstance(t._keys, memoryview) for t in (classes, lexicon))
    for entry, value in zip(entries, values):
        pack_cache.store_pickled(entry, b"mtqa-tagger\n", value)  # the layout before views
    tg = _cached_tagger(monkeypatch, tmp_path)
    assert isinstance(tg._classes._codes._keys, memoryview) is False  # built here, not read back
    assert [pack_cache.load_pickled_views(e, tagging._MAGIC) is not None for e in entries] == [True, True]
    for word in ("minister", "present", "come", "zorblified"):
        assert tg.lexicon_tag(word) == built.lexicon_tag(word)
        assert tg.readings(word) == built.readings(word) and tg.is_participle(word) == built.is_participle(word)


def _native_built() -> bool:
    try:
        from mtqa._native import BrillTagger  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _native_built(), reason="the native tagger is not built")
def test_with_the_native_tagger_the_python_lexicon_is_not_loaded(monkeypatch, tmp_path) -> None:
    """The native tagger answers `lexicon_tag` from its own lexicon: from a warm cache the
    Python copy (a `_TagTable`) is not made, until a text Rust cannot take is tagged in Python."""
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    _cached_tagger(monkeypatch, tmp_path)  # a cold cache: the native tagger's rules are read with it
    made: list[tagging._TagTable] = []

    class Recorded(tagging._TagTable):
        def __init__(self, *args) -> None:
            made.append(self)
            super().__init__(*args)

    monkeypatch.setattr(tagging, "_TagTable", Recorded)
    tg = _cached_tagger(monkeypatch, tmp_path)
    assert tg.backend == "native"
    assert [t.tag for t in tg.tag("He should current it.")] == ["PRP", "MD", "JJ", "PRP", "."]
    assert (tg.lexicon_tag("minister"), tg.lexicon_tag("zorblified")) == ("NN", None)
    assert made == []
    assert [t.tag for t in tg.tag("The minister\udc80 said it.")][:2] == ["DT", "NN"]  # in Python
    assert len(made) == 1


def test_word_codes_keep_the_last_code_of_a_word_and_know_no_other() -> None:
    table = word_table.WordCodes([("present", 3), ("current", 1), ("present", 7), ("Present", 300)])
    assert len(table) == 3
    assert table.code("present") == 7 and table.code("Present") == 300 and table.code("current") == 1
    assert table.code("presents") == -1 and "presents" not in table and "current" in table and 3 not in table
