"""The quotes reader's speech-verb questions, asked of an index past a paragraph's first few (stop 47)."""

from __future__ import annotations

import random
import types

from mtqa.rules.quotes import paragraph_reader
from mtqa.rules.quotes.mark_positions import SpeechVerbIndex, attribution_follows
from mtqa.testing import findings

_PACK = types.SimpleNamespace(speech_verbs=frozenset({"said", "says", "told", "added", "say", "tell"}))


def test_the_index_answers_as_the_search_does() -> None:
    """Runs cut by the start or by the 60-character reach are read cut, as the search reads them."""
    rng = random.Random(47)
    pieces = ["said", "Said", "SAID", "says", " ", ", ", "”", "“", "it", "the", "xsaid", "saidx", "tol", "d",
              "é", "\n", "a" * 70, "told", "’s"]
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        index = SpeechVerbIndex(text, _PACK)
        for i in range(len(text) + 2):
            assert index.follows(i) == attribution_follows(text, i, _PACK), (text, i)


def test_a_line_of_marks_is_read_alike_with_and_without_the_index(monkeypatch) -> None:
    """The same findings whether the reader searches for every mark or indexes the paragraph."""
    text = "The harbour board met. " + "it , ”she said it , ”we " * 60 + "and so on.\n"
    indexed = findings(text, "quotes")
    monkeypatch.setattr(paragraph_reader, "_SEARCHES_BEFORE_INDEX", 10**9)
    searched = findings(text + " ", "quotes")
    assert indexed and [(f.rule_id, f.span, f.message) for f in indexed] == \
        [(f.rule_id, f.span, f.message) for f in searched]


def test_a_paragraph_asks_the_search_a_bounded_number_of_times(monkeypatch) -> None:
    """Past the first few questions the search is not run again (it cost each mark a regular
    expression search: a third of the reader's time on a pasted line of opening marks)."""
    from mtqa.rules.quotes import mark_positions

    calls = []
    real = paragraph_reader.attribution_follows

    def counted(*args):
        calls.append(args[1])
        return real(*args)

    monkeypatch.setattr(paragraph_reader, "attribution_follows", counted)
    assert mark_positions.attribution_follows is not counted
    findings("The board met. " + "it ,  ”" * 2_000 + "and so on.\n", "quotes/mixed-style")
    assert 0 < len(calls) <= paragraph_reader._SEARCHES_BEFORE_INDEX
