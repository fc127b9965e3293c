"""`typography/capitalised-common-word` judges only the words the `capitals` analysis names by
paragraph (`holding`), found where they stand: held on look-alike stories to its pattern, so that
no paragraph holds a word the rule would go on to judge (capitalised once in the story, never
beside a capital) that is not named, and the matches tried at the named words are `finditer`'s."""

from __future__ import annotations

import random

from mtqa.document import Document
from mtqa.rules.typography import capitals as caps

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
        lone, paired, _named, holding = caps.capitals(doc)
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
        lone, paired, named, _holding = caps.capitals(doc)
        counts: Counter[str] = Counter()
        alone: set[str] = set()
        for par in doc.paragraphs:
            counts.update(caps._NAME_MID_SENTENCE.findall(par.text))
            alone.update(chain.from_iterable(caps._CAPITAL_PAIR.findall(par.text)))
        assert list(lone.items()) == list(counts.items()) and paired == alone, story
        assert named == {w.lower() for w in counts}
        paired_some += len(doc.paragraphs) > 1 and bool(paired)
    assert paired_some > 300
