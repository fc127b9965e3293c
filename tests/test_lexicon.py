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
