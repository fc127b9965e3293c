"""quotes/unquoted-speech's evidence of speech (`_speech_evidence`, `_speech`) held to the one
pattern it was written as, on random look-alikes: contractions glued to other words, apostrophes
of both kinds, doubled or alone, letters beyond ASCII, ranges starting inside a word. A negative
contraction ("don’t") counts only in the speaker's frame (opening the stretch or a sentence, or
after a subject a speaker uses): the pattern with negations is what the evidence never exceeds,
the pattern without them what it always finds."""

from __future__ import annotations

import random

import regex

from mtqa.rules.quotes.rules import _PERSON_EVIDENCE, _THIRD_PERSON, _speech, _speech_evidence

# The pattern as it was: the first and second person and the contractions, read from each word's start.
_WRITTEN = regex.compile(
    r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our"
    r"|(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ll]et)[’']s|\p{L}+n[’']t|\p{L}+[’'](?:re|ve|ll|m))(?![\p{L}’'])"
)
# The same pattern without negative contractions: evidence whatever the frame.
_WRITTEN_NO_NEGATION = regex.compile(
    r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our"
    r"|(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ll]et)[’']s|\p{L}+[’'](?:re|ve|ll|m))(?![\p{L}’'])"
)
_PIECES = ("I", "I’m", "I'd", "it’s", "It's", "That’s", "thats", "Let’s", "don’t", "won't", "n’t", "’t", "can’t",
           "we’re", "they've", "you’ll", "x’m", "’m", "Canada’s", "me", "Me", "my", "us", "our", "you", "your",
           "we", "use", "the", "he", "She", "his", "’", "'", "''", "’’", "é", "naïve", "ré’re", "2’s", "a", "n",
           "s", "t", "re", "ll", "ve")
_GLUE = ("", " ", " ", " ", "’", "'", "-", ",", "x", "1")


def test_speech_evidence_is_the_written_pattern() -> None:
    """Fails when the contraction's word may start before the range, when a lookahead or an
    apostrophe kind is dropped, or when a contraction is missed after a first one is rejected."""
    rng = random.Random(14)
    found = framed = unframed = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        written = _WRITTEN.search(text, start, end) is not None
        sure = _WRITTEN_NO_NEGATION.search(text, start, end) is not None
        evidence = _speech_evidence(text, start, end)
        assert sure <= evidence <= written, (text, start, end)
        speech = evidence and (_PERSON_EVIDENCE.search(text, start, end) is not None
                               or not _THIRD_PERSON.search(text, start, end))
        assert _speech(text, start, end) == speech, (text, start, end)
        whole = _speech_evidence(text)
        assert (_WRITTEN_NO_NEGATION.search(text) is not None) <= whole <= (_WRITTEN.search(text) is not None), text
        found += evidence
        framed += evidence and not sure
        unframed += written and not evidence
    assert 2000 < found < 18000, found  # both answers common
    assert framed > 30 and unframed > 30, (framed, unframed)  # negations both counted and not


def test_a_negation_counts_only_in_the_speaker_s_frame() -> None:
    for text in ("Don’t expect it", "The plan is fine. Don’t expect it", "It doesn’t add up", "that won’t pass",
                 "and we can’t say", "I don't know", "there isn’t time", "This wasn't the plan"):
        assert _speech_evidence(text), text
    for text in ("Most farmers don’t sell abroad", "newcomers don’t vote, don’t rent here or don’t stay",
                 "the Greens won’t join a pact", "The board isn’t ready"):
        assert not _speech_evidence(text), text
