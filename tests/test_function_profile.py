"""mtqa.function_profile (the document signal's function-word profile) and
benchmarks/function_profile_fit.py (its ratios): what counts as a listed word, how a text is read
with the shipped ratios, and that the module is rewritten in place and cross-fitted by site."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from script_loader import load_script

from mtqa import function_profile, translationese

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fit():
    return load_script("mtqa_test_function_profile_fit", ROOT / "benchmarks" / "function_profile_fit.py")


def test_the_list_holds_the_signal_s_function_words_and_every_word_has_its_ratios() -> None:
    assert translationese.FUNCTION_WORDS <= set(function_profile.CLOSED_CLASS)
    assert len(function_profile.CLOSED_CLASS) == 156 == len(set(function_profile.CLOSED_CLASS))
    assert set(function_profile.RATIOS) == set(function_profile.CLOSED_CLASS)


@pytest.mark.parametrize(("line", "events"), [
    # bad for the pronoun: the country's "US", mid-sentence "May" and "Will" are names
    ("The US told us.", {"the|W": 1, "us|P": 1}),
    ("Ask May and Will about it", {"and|W": 1, "about|F": 1, "it|P": 1}),
    # good look-alikes that stay listed: a sentence's first word, after a colon or an opening quote; "I"
    ("Done. “The rink closes", {"the|W": 1}),
    ("He said: This is it, I think", {"he|F": 1, "said|P": 1, "this|F": 1, "is|F": 1, "it|P": 1, "i|W": 1}),
    # a line in capitals: case tells nothing, every token is read lowercased
    ("WHAT THE US SAID", {"what|F": 1, "the|F": 1, "us|F": 1, "said|P": 1}),
    # words that merely start like a listed word are other words
    ("Theme Inn hosts", {}),
])
def test_events_keep_case_where_it_tells_a_name_from_a_listed_word(line: str, events: dict) -> None:
    assert function_profile.events([line]) == Counter(events)


def test_a_text_s_rate_is_the_mean_ratio_over_its_events() -> None:
    line = "The US told us."
    want = (function_profile.RATIOS["the"][1] + function_profile.RATIOS["us"][2]) / 2
    assert function_profile.mean_ratio([line]) == pytest.approx(want)
    assert function_profile.mean_ratio(["Council votes 4–2"]) is None


def test_the_document_rate_falls_back_to_the_clean_mean_without_a_listed_word() -> None:
    text = " ".join(f"Council{i} votes" for i in range(120))
    got = translationese.rates([text], lambda _w: 4.0)
    assert got is not None and got["function_word_profile"] == translationese.NORMS["function_word_profile"][0]


def _entries(fit, own: Counter) -> list:
    e = fit.Entry
    return [e("tune/a1.txt", "a", True, own), e("tune/a2.txt", "a", False, Counter({"the|W": 5})),
            e("tune/b1.txt", "b", True, Counter({"us|W": 6, "the|W": 1})),
            e("tune/b2.txt", "b", False, Counter({"the|W": 6, "us|W": 1})),
            e("tune/c1.txt", "c", True, Counter({"us|W": 4})), e("tune/c2.txt", "c", False, Counter({"per|W": 4}))]


def test_an_excerpt_is_read_with_ratios_learned_without_its_site(fit) -> None:
    few = fit.cross_fitted(_entries(fit, Counter({"us|W": 1})))
    many = fit.cross_fitted(_entries(fit, Counter({"us|W": 50})))
    assert few["tune/a1.txt"] == pytest.approx(many["tune/a1.txt"])
    assert few["tune/b2.txt"] != pytest.approx(many["tune/b2.txt"])
    assert fit.learn(_entries(fit, Counter({"us|W": 50})))["us|W"] > 0 > fit.learn(_entries(fit, Counter()))["per|W"]


def test_the_module_is_rewritten_in_place(fit) -> None:
    text = (ROOT / "mtqa" / "function_profile.py").read_text(encoding="utf-8")
    table = {e: 0.5 for e in fit.EVENTS}
    got = fit.module_text(text, table, "0123456789abcdef")
    assert 'CORPUS_DIGEST = "0123456789abcdef"' in got
    assert '    "us": (0.5000, 0.5000, 0.5000),\n' in got
    assert got.count("RATIOS: dict[") == 1 and len(got.splitlines()) == len(text.splitlines())
    with pytest.raises(SystemExit):
        fit.module_text("no ratios here", table, "0")


def test_the_shipped_ratios_match_the_corpus(fit) -> None:
    """The gate's condition: the ratios in mtqa/function_profile.py were written from the corpus as it is."""
    assert fit.stale() is None


class _CountingTokens(list):
    """A line's tokens that count every token read (by index, slice or iteration)."""

    reads = 0

    def __getitem__(self, k):
        _CountingTokens.reads += len(range(*k.indices(len(self)))) if isinstance(k, slice) else 1
        return super().__getitem__(k)

    def __iter__(self):
        _CountingTokens.reads += len(self)
        return super().__iter__()


@pytest.mark.parametrize("piece", ["The ", "“The ", "( The — ", "said The "])
def test_a_long_line_of_title_case_listed_words_is_read_once(monkeypatch, piece: str) -> None:
    """Stop 46: whether each title-case listed word starts its sentence copied the line up to it
    (`tokens[:i]`), so a line of n such words read ~n²/2 tokens (a pasted phrase in the fuzz
    spent 6 s of one check there). Now each reads back over the marks before it only."""
    real = function_profile.TOKEN

    class _Counting:
        @staticmethod
        def findall(line: str) -> list[str]:
            return _CountingTokens(real.findall(line))

    monkeypatch.setattr(function_profile, "TOKEN", _Counting)
    n = 4_000
    line = "It rose. " + piece * n
    _CountingTokens.reads = 0
    got = function_profile.events([line])
    tokens = len(real.findall(line))
    assert _CountingTokens.reads <= 6 * tokens  # the old code read ~n²/2 (millions) here
    monkeypatch.setattr(function_profile, "TOKEN", real)
    assert got == function_profile.events([line])


def _sentence_first_by_copy(tokens: list[str], i: int) -> bool:
    """The rule as it was written before stop 46 (a copy of the line before each token)."""
    for t in reversed(tokens[:i]):
        if t not in function_profile._SKIPPED_BEFORE:
            return t in function_profile._SENTENCE_ENDS or not any(u[0].isalnum() for u in tokens[:i])
    return True


@given(st.lists(st.sampled_from(["The", "US", "it", "May", ".", ",", ":", "“", "(", "—", "4", "I", "said"]),
                max_size=14))
def test_reading_back_by_index_answers_as_the_copy_did(tokens: list[str]) -> None:
    first_word = next((k for k, t in enumerate(tokens) if t[0].isalnum()), len(tokens))
    for i in range(len(tokens)):
        assert function_profile._sentence_first(tokens, i, first_word) == _sentence_first_by_copy(tokens, i)
