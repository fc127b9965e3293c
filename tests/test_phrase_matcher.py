"""`PhraseMatcher.match_at` finds what trying every phrase of a first word in turn finds: the
longest phrase at a token, the first declared among equals, its trailing punctuation included."""

from __future__ import annotations

import random

import pytest

from mtqa.matching import PhraseMatcher, normalise, tokens


def _reference_match_at(phrases: dict, ignorecase: bool, text: str, toks: list, i: int):
    """Every phrase whose first word is token i's, longest first, compared in full (the
    formulation the grouped index replaced)."""
    cands = []
    for phrase, value in phrases.items():
        ptoks = tokens(phrase)
        if not ptoks:
            continue
        first = phrase[ptoks[0][0]:ptoks[0][1]]
        word = text[toks[i][0]:toks[i][1]]
        if (first.casefold() if ignorecase else first) != (word.casefold() if ignorecase else word):
            continue
        cands.append((len(ptoks), normalise(phrase[ptoks[0][0]:ptoks[-1][1]], ignorecase),
                      phrase[ptoks[-1][1]:].strip(), value))
    cands.sort(key=lambda c: (-c[0], -len(c[1])))
    s = toks[i][0]
    for count, norm, tail, value in cands:
        if i + count > len(toks):
            continue
        end = toks[i + count - 1][1]
        if normalise(text[s:end], ignorecase) != norm:
            continue
        if tail:
            if not text.startswith(tail, end):
                continue
            end += len(tail)
        return end, value
    return None


_WORDS = ["Minister", "minister", "of", "the", "Health", "health", "Gen.", "Lt.", "Col", "’s", "St", "John's",
          "John’s", "Bank", "Canada", "CANADA", "Quebec", "Québec", "ß", "SS", "İ", "i"]


def _phrases(rng: random.Random) -> dict[str, int]:
    out = {}
    for k in range(rng.randint(1, 40)):
        n = rng.randint(1, 4)
        out[rng.choice([" ", "  ", "\u00a0"]).join(rng.choice(_WORDS) for _ in range(n)) + rng.choice(["", "", "."])] = k
    return out


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("seed", range(60))
def test_match_at_equals_trying_every_phrase_in_turn(seed: int, ignorecase: bool) -> None:
    rng = random.Random(seed)
    phrases = _phrases(rng)
    matcher = PhraseMatcher(phrases, ignorecase=ignorecase)
    assert len(matcher) == sum(1 for p in phrases if tokens(p))
    for _ in range(20):
        text = "".join(rng.choice(_WORDS) + rng.choice([" ", "  ", "\n", ", ", ".", "-"]) for _ in range(rng.randint(1, 12)))
        toks = tokens(text)
        for i in range(len(toks)):
            assert matcher.match_at(text, toks, i) == _reference_match_at(phrases, ignorecase, text, toks, i)


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("seed", range(30))
def test_a_text_whose_words_may_start_no_phrase_has_no_match(seed: int, ignorecase: bool) -> None:
    """`may_start` over a text's tokens as the matcher compares them (case-folded when it
    ignores case) turns a text away only where `finditer` finds nothing."""
    rng = random.Random(seed)
    phrases = _phrases(rng)
    matcher = PhraseMatcher(phrases, ignorecase=ignorecase)
    turned_away = 0
    for _ in range(40):
        others = ["Ottawa", "said", "SS.", "ss", "on", "Tuesday"] * 4  # words that start fewer phrases
        text = "".join(rng.choice(_WORDS + others) + rng.choice([" ", "\n", ", ", "-"]) for _ in range(rng.randint(1, 5)))
        toks = tokens(text)
        words = [text[s:e].casefold() if ignorecase else text[s:e] for s, e in toks]
        if not matcher.may_start(words):
            turned_away += 1
            assert list(matcher.finditer(text, toks)) == [], text
    assert turned_away  # the test turns some texts away: it would prove nothing otherwise


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("seed", range(30))
def test_matches_found_from_the_tokens_keys_are_finditers(seed: int, ignorecase: bool) -> None:
    """`finditer_keyed`, handed the tokens as the matcher compares them (case-folded when it
    ignores case), finds what `finditer` finds: the same matches, overlaps resolved alike."""
    rng = random.Random(seed)
    phrases = _phrases(rng)
    matcher = PhraseMatcher(phrases, ignorecase=ignorecase)
    found = 0
    for _ in range(40):
        text = "".join(rng.choice(_WORDS + ["Ottawa", "said"]) + rng.choice([" ", "  ", "\n", ", ", ".", "-"])
                       for _ in range(rng.randint(0, 12)))
        toks = tokens(text)
        keys = [text[s:e].casefold() if ignorecase else text[s:e] for s, e in toks]
        expected = list(matcher.finditer(text, toks))
        assert matcher.finditer_keyed(text, toks, keys) == expected, text
        found += bool(expected)
    assert found


class _Value:
    """A value shared by several phrases (as a gazetteer's Hit is), compared by identity."""


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("seed", range(30))
def test_a_pickled_matcher_finds_what_it_found(seed: int, ignorecase: bool) -> None:
    """Unpickled (its candidates kept as a blob a first word, built on first use) and pickled
    again, a matcher finds the same matches, with values shared as they were, and builds only
    the first words a text asks for."""
    import pickle

    rng = random.Random(seed)
    shared = [_Value() for _ in range(3)]
    phrases = {p: rng.choice(shared) for p in _phrases(rng)}
    matcher = PhraseMatcher(phrases, ignorecase=ignorecase)
    values, copied = pickle.loads(pickle.dumps((shared, matcher)))
    assert len(copied) == len(matcher)
    assert all(blob.__class__ is bytes for blob in copied._index.values())  # nothing built yet
    again = pickle.loads(pickle.dumps(copied))
    asked: set[str] = set()
    for _ in range(20):
        text = "".join(rng.choice(_WORDS) + rng.choice([" ", "  ", "\n", ", ", ".", "-"]) for _ in range(rng.randint(1, 12)))
        toks = tokens(text)
        expected = [(s, e, shared.index(v)) for s, e, v in matcher.finditer(text, toks)]
        assert [(s, e, values.index(v)) for s, e, v in copied.finditer(text, toks)] == expected, text
        assert [(s, e, v.__class__) for s, e, v in again.finditer(text, toks)] == [(s, e, _Value) for s, e, _ in expected]
        asked |= {text[s:e].casefold() if ignorecase else text[s:e] for s, e in toks}
        assert {k for k, g in copied._index.items() if g.__class__ is not bytes} <= asked
