"""`mtqa.text.whole_words`: a word written whole in any case, told as the case-blind pattern tells it."""

from __future__ import annotations

import random
import re
import sys

from mtqa.text import whole_words
from mtqa.text.whole_words import CASE_TWINS_OF_ASCII, CaseBlindStory, writes_whole_word

# made-up pieces: the word in several cases, glued to letters, digits, hyphens, underscores,
# apostrophes, accented and non-Latin letters, and the four characters the fast path avoids
_PIECES = ["curl", "CURL", "Curl", "cUrL", "curls", "curling", "x", "é", "-", "_", "7", "’", "'", " ", "\n",
           ".", "ß", "Ω", "日", "\u0301", "İ", "ı", "ſ", "\u212a", "kurl", "sa", "isle", "ISLE", "ask"]
_WORDS = ["curl", "Curl", "isle", "ask", "sa", "k", "curl’s", "curl-ing", "é"]


def _pattern(story: str, word: str) -> bool:
    return re.search(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", story, re.IGNORECASE) is not None


def test_the_answer_is_the_case_blind_patterns_on_random_stories() -> None:
    rng = random.Random(40)
    for _ in range(6000):
        story = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        word = rng.choice(_WORDS)
        assert writes_whole_word(story, word) is _pattern(story, word), (story, word)


def test_one_story_answers_every_word_asked_of_it_as_the_pattern() -> None:
    rng = random.Random(14)
    for _ in range(1500):
        story = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        blind = CaseBlindStory(story)
        for word in rng.sample(_WORDS, 4):
            assert blind.writes_whole_word(word) is _pattern(story, word), (story, word)


def test_the_fast_path_is_taken_and_right_where_no_case_twin_stands(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the case-blind pattern was run")

    monkeypatch.setattr(whole_words.re, "search", refuse)
    assert writes_whole_word("The Curling club met; CURL, they said.", "curl")
    assert not writes_whole_word("The curling club met at curl-side, on re-curl and curl_2.", "curl")
    assert writes_whole_word("Ça va: the “curl” went wide.", "curl")


def test_the_four_case_twins_are_every_character_the_fast_path_must_avoid() -> None:
    ascii_blind = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = []
    for cp in range(0x80, sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if ascii_blind.fullmatch(c) or len(low) != 1 or low.isascii():
            found.append(c)
    assert tuple(found) == CASE_TWINS_OF_ASCII


def test_a_story_with_a_case_twin_is_searched_with_the_pattern() -> None:
    assert writes_whole_word("The \u212aelvin scale.", "kelvin")  # the Kelvin sign is a k to the pattern
    assert writes_whole_word("A ſtorey high.", "storey")
    assert not writes_whole_word("A ſtoreys high.", "storey")
