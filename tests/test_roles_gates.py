"""The roles analysis's short cuts held to what they replace: `_ends_sentence` to a search of
`_SENTENCE_END`, `_at_most_words` to a count of every word, on every ASCII last character and on
random look-alikes (closers, spaces of every kind, line breaks, letters beyond ASCII)."""

from __future__ import annotations

import random

from mtqa import roles

_PIECES = ["The", "mayor", "said", ".", "!", "?", "…", "”", "’", '"', "'", ")", "]", " ", "  ", "\t", "\n", "\u00a0",
           "\u2009", "\u3000", "\x1c", "\x1f", "\x85", "\u180e", "\u200b", "é", "Ω", "٣", "3", ",", ":", "-", "—", "a.m",
           "ﬁ", "İ"]


def _texts() -> list[str]:
    rng = random.Random(14)
    out = ["", " ", ".", "\n", ".\n", "a.\n", "a\n", "a .", "a. ”", "a.”\n", "…)", "a?] \t"]
    out += [f"Troops left{chr(c)}" for c in range(128)]
    out += [f"Troops left.{chr(c)}" for c in range(128)]
    out += [f"Troops left{chr(c)}\n" for c in range(128)]
    out += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return out


def test_ends_sentence_is_the_search() -> None:
    for text in _texts():
        assert roles._ends_sentence(text) == (roles._SENTENCE_END.search(text) is not None), repr(text)


def test_at_most_words_is_the_count() -> None:
    for text in _texts():
        for n in (0, 1, 2, 6, 14, 24):
            assert roles._at_most_words(text, n) == (len(text.split()) <= n), (repr(text), n)


def test_the_gates_decide_both_ways() -> None:
    # each short cut answers without the search on some input, and the search is still reached
    assert roles._ends_sentence("He left.") and not roles._ends_sentence("He left")
    assert roles._ends_sentence("He left.”  ") and not roles._ends_sentence("He left ”")


def _headline_as_written_first(stripped: str) -> bool:
    """The headline test in its first order: the words counted before the ending is read."""
    return (roles._at_most_words(stripped, roles._HEADLINE_MAX_WORDS) and not roles._ends_sentence(stripped)
            and not roles._INNER_SENTENCE.search(stripped) and not roles._dateline(stripped))


def test_a_line_is_classified_as_with_its_words_counted_first() -> None:
    lines = [*_texts(), "OTTAWA — The minister said", "Troops leave Kyiv", "Troops leave Kyiv.",
             "By Jane Doe", "Updated Jan. 7, 2026", "Photo: Jane Doe/The Canadian Press",
             " ".join(["word"] * 24), " ".join(["word"] * 25), "One. Two three"]
    headlines = 0
    for line in lines:
        role, _cred = roles._classify(line)
        stripped = line.strip()
        if role in (roles.LayoutRole.HEADLINE, roles.LayoutRole.BODY):
            expected = _headline_as_written_first(stripped)
            assert (role is roles.LayoutRole.HEADLINE) == expected, repr(line)
            headlines += expected
    assert headlines > 10
