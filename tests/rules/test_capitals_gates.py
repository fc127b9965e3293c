"""`typography/capitalised-common-word` judges only the words the `capitals` analysis names by
paragraph (`holding`), found where they stand: held on look-alike stories to its pattern, so that
no paragraph holds a word the rule would go on to judge (capitalised once in the story, never
beside a capital) that is not named, and the matches tried at the named words are `finditer`'s."""

from __future__ import annotations

import random

import pytest
import regex

from mtqa import tagging
from mtqa.document import Document
from mtqa.rules.typography import capitals as caps
from mtqa.rules.typography import noun_capitals as nc
from mtqa.text.tokens import CHUNK

_PIECES = ["the", "The", "for", "second", "Time", "time", "Grant", "grant", "Jane", "Plan", "plan", "a", "concrete",
           "House", "house", "west", "of", "Hope", "hope", "Élise", "élan", "Éclat", "It", "Highway", "1", "Liberals",
           "d", "o'", "Tim-", "Timeline", "Times", "x", "said", ",", ".", ";", "’s", "Mc", "McGill", "TIME"]
_SEPARATORS = [" ", " ", " ", "\u00a0", "", "\n\n", "-", ", "]


def _stories(n: int = 5000):
    rng = random.Random("capitalised-common-word")
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(2, 24)))


def test_a_paragraph_left_out_holds_no_word_the_rule_would_judge() -> None:
    judged = left_out = 0
    for story in _stories():
        doc = Document(story)
        lone, paired, _named, holding, _nouns = caps.capitals(doc)
        for par in doc.paragraphs:
            words = [m.group(2) for m in caps._LONE_MID_CAPITAL.finditer(par.text)
                     if m.group(1) not in caps._BEFORE_NAMES and m.group(2) not in caps._OPENERS_AFTER_SEMICOLON]
            judgeable = [w for w in words if w not in paired and lone.get(w, 0) == 1]
            if par.text not in holding:
                left_out += bool(words)
                assert not judgeable, (story, par.text)
            else:
                assert set(judgeable) <= holding[par.text], (story, par.text)
                expected = [(m.span(), m.groups()) for m in caps._LONE_MID_CAPITAL.finditer(par.text)
                            if m.group(2) in holding[par.text]]
                got = [(m.span(), m.groups()) for m in caps.lone_capitals(par.text, holding[par.text])]
                assert got == expected, (story, par.text)
            judged += bool(judgeable)
    assert judged > 300 and left_out > 100, "the look-alikes prove nothing"


def test_the_capitals_are_those_of_each_paragraph_searched_alone() -> None:
    """The pairs of capitalised words, searched once over the joined paragraphs, are those of
    each paragraph searched on its own; so are the counts of capitals in mid-sentence."""
    from collections import Counter
    from itertools import chain

    paired_some = 0
    for story in _stories(3000):
        doc = Document(story)
        lone, paired, named, _holding, _nouns = caps.capitals(doc)
        counts: Counter[str] = Counter()
        alone: set[str] = set()
        for par in doc.paragraphs:
            counts.update(caps._NAME_MID_SENTENCE.findall(par.text))
            alone.update(chain.from_iterable(caps._CAPITAL_PAIR.findall(par.text)))
        assert list(lone.items()) == list(counts.items()) and paired == alone, story
        assert named == {w.lower() for w in counts}
        paired_some += len(doc.paragraphs) > 1 and bool(paired)
    assert paired_some > 300


# What the noun-capital route's short cuts (a paragraph searched only when one of its capitals
# after a lowercase word is a common noun that is never beside another capital; its words counted
# and the story's numbered terms found only once a candidate stands where a common noun can)
# must leave as they were: every prose paragraph searched with the route's first pattern.
_NOUN_PIECES = ["the new Format", "a Declaration on fisheries", "the Reform of the port levies", "a Budget", "Plan B",
                "a second Plan", "a Crown prosecutor", "the Court of Appeal", "said Grant", "the plan", "a grant",
                "an Éclat", "a Déclaration", "the Reform of Parliament", "a Budget 2024", "a new Reform", "the Plans",
                "Jane Reform", "a Format’s", "the Time-", "officials said", "the x", "it was late", "a McPlan", "the"]
_NOUN_SEPARATORS = [" ", " ", " ", " ", "\u00a0", "\n\n", ". ", ", ", ": ", ".\n\n", "\n"]
_FIRST_CANDIDATE = regex.compile(
    r"(?<=(?<![\p{L}\p{N}'’\-.])(\p{Ll}+)[ \u00a0])(\p{Lu}\p{Ll}{2,})"
    r"(?![\p{L}\p{N}\-'’]|[ \u00a0][\p{Lu}\p{N}]|\.[\p{L}\p{N}]|,[ \u00a0]\p{Lu})"
)


def _noun_stories(n: int):
    rng = random.Random("noun capitals")
    for _ in range(n):
        yield "".join(rng.choice(_NOUN_PIECES) + rng.choice(_NOUN_SEPARATORS) for _ in range(rng.randint(2, 16)))


def _every_paragraph(texts: list[str], paired: frozenset[str], tg) -> nc.NounCapitals:
    terms = frozenset(word for text in texts for word in nc._NAMED_TERM.findall(text))
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for text in texts:
        rest = text.rstrip()
        if not (rest[-1:] in nc._SENTENCE_END and len(CHUNK.findall(rest)) >= nc._MIN_WORDS):
            continue
        for m in _FIRST_CANDIDATE.finditer(text):
            word = m.group(2)
            if word not in terms and word not in paired and nc._common_noun(word, tg) and nc._shaped(text, m, tg):
                spans.setdefault(text, []).append((m.start(2), m.end(2), word))
    return nc.NounCapitals(spans)


@pytest.mark.skipif(tagging.tagger() is None, reason="needs the tagger's tables")
def test_the_noun_capitals_are_those_of_every_prose_paragraph_searched() -> None:
    tg = tagging.tagger()
    found = 0
    for story in _noun_stories(4000):
        doc = Document(story)
        _lone, paired, _named, _holding, nouns = caps.capitals(doc)
        assert nouns == _every_paragraph([par.text for par in doc.paragraphs], paired, tg), story
        found += bool(nouns.words)
    assert found > 300, "the look-alikes prove nothing"
