"""names/near-known-name finds a document's near-miss surname with str.find and two fixed
patterns (`word_spans`), not a pattern parsed per word: held to that pattern's matches on
random texts of the word, look-alikes glued to letters, digits, marks and letters beyond
ASCII, hyphenated repeats (overlaps) and "government" tails."""

from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

from mtqa.rules.names.misspelt_names import word_spans

_WORDS = ["Legualt", "Legal", "Ab-Ab", "Éloi"]
_PIECES = [*_WORDS, " ", "  ", "x", "É", "7", "\u0301", "-", "’", "'", "s", "’s", "'s", " government", " governments",
           "Legualtx", "xLegualt", "Legual", "egualt", "Ab", "Ab-", ",", ".", "\n", "٣", "ǅ", "Ⅻ", "_"]


def _by_pattern(text: str, word: str, before_government: bool) -> list[tuple[int, int]]:
    tail = r"(?=['’]?s? government)" if before_government else ""
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])" + tail)
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(_WORDS), st.booleans())
def test_word_spans_are_the_patterns_matches(pieces: list[str], word: str, before_government: bool) -> None:
    text = "".join(pieces)
    assert list(word_spans(text, word, before_government)) == _by_pattern(text, word, before_government)


def test_word_spans_on_look_alikes() -> None:
    # the repeat overlaps itself (one match); a combining mark is no letter (a match)
    text = "Ab-Ab-Ab, 7Ab-Ab xAb-Ab Ab-Ab7 Ab-Ab\u0301 Ab-Ab’s government"
    assert list(word_spans(text, "Ab-Ab")) == _by_pattern(text, "Ab-Ab", False) == [(0, 5), (31, 36), (38, 43)]
    assert list(word_spans(text, "Ab-Ab", True)) == [(38, 43)]


def test_word_spans_before_government_on_look_alikes() -> None:
    text = "Legal government, Legal's government, Legal’s government, Legals government, Legal x government, " \
           "Legal’’s government, Legal ss government, Legal's  government, Legal governments, Legal\ngovernment"
    got = list(word_spans(text, "Legal", True))
    assert got == _by_pattern(text, "Legal", True)
    # "Legals" goes on in a letter; "x", a doubled apostrophe, "ss", two spaces or a newline break the tail
    assert [text[e:e + 13] for _, e in got] == [" government, ", "'s government", "’s government", " governments,"]
