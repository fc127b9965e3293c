"""The English lexicon: read straight from wordfreq's data, it must agree with wordfreq's own API."""

from __future__ import annotations

import pytest

from mtqa import lexicon

wordfreq = pytest.importorskip("wordfreq")


def test_buckets_read_directly_match_the_public_api() -> None:
    assert lexicon._read_buckets("en") == wordfreq.get_frequency_list("en", "large")


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


def test_missing_wordfreq_gives_none(monkeypatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert lexicon._load("en") is None


@pytest.mark.parametrize("capital", ["", "Québec"])
def test_sorted_words_hold_exactly_their_words(capital: str) -> None:
    # Words sharing their first 8 bytes, accented letters (several bytes), a capital or none.
    words = ["zèbre", "abc", "ab", "abcd", "b", "naïve", "a-b", "o'clock", "internationalism",
             "internationals", "internat", "éléphant", "élé", capital]
    words = [w for w in words if w]
    stored = lexicon.SortedWords.of(words)
    assert len(stored) == len(words)
    for w in words:
        assert w in stored
    for w in ["", "a", "abce", "abc ", "zèbr", "zèbres", "B", "Abc", "naive", "a\nb", "ab\nabc", "zz",
              "internationalis", "internationalisms", "internatio", "interna", "élés", "québec", 42]:
        assert w not in stored, w
    again = lexicon.SortedWords.restore(*stored.stored())
    assert [again[i] for i in range(len(again))] == sorted(words, key=str.encode)
    assert all(w in again for w in words)


def test_cached_lexicon_is_the_lexicon_built_from_wordfreq(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    built = lexicon._built(lexicon._read_buckets("en"))
    cold = lexicon._load("en")  # builds and stores
    warm = lexicon._load("en")  # read back
    assert list((tmp_path / "cache" / "packs").glob("*.bin"))
    for lex in (cold, warm):
        assert lex.zipf_of == built.zipf_of
        assert lex.rare.stored() == built.rare.stored()
    sample = {"the", "admiral", "sovereigntist", "zzyzzx", "teh", "aardwolves"}
    assert warm.unknown(sample) == built.unknown(sample) == {w for w in sample if w not in built}
