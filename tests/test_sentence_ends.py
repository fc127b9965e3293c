"""Every check that asks "did a sentence end here?" asks the segmenter (stop 51, branch clean51).

`mtqa.segment.ends_sentence`, `sentence_stops` and `is_abbreviation_period` read a period after a
title, a rank, an initial, ``No.``, a month before a day, or an abbreviation that may end a sentence
(U.S., Que., a.m.) as `split_sentences` reads it, so that no rule takes "Mr. Fraser" or "Const. Roe"
for two sentences. Examples are made up.
"""

from __future__ import annotations

import pytest

from mtqa.segment import ends_sentence, is_abbreviation_period, sentence_stops, split_sentences
from mtqa.testing import assert_clean, assert_flags

# One paragraph each, and the sentences the segmenter reads in it.
PARAGRAPHS = [
    ("Const. Dana Roe made the arrest. The man was released.", 2),
    ("Cst. Dana Roe and S/Sgt. Ian Poole spoke to reporters.", 1),
    ("Coun. Rob Lee voted against it. Couns. Amy Fox and Ted Li did not.", 2),
    ("Insp. Mara Dunn, Supt. Lee Wong and Lieut. Paul Ray attended.", 1),
    ("The hearing resumes Jan. 7 in Regina. It may last a week.", 2),
    ("Doors open at 9 a.m. Monday at the arena.", 1),
    ("Doors open at 9 a.m. The show starts at noon.", 2),
    ("U.S. officials met in Que. City on Tuesday. They left at noon.", 2),
    ("The team moved to the U.S. The owners were pleased.", 2),
    ("Rev. Jean Poole and Hon. Mary Ng led the service. No. 4 was sung.", 2),
]


@pytest.mark.parametrize(("paragraph", "sentences"), PARAGRAPHS)
def test_the_segmenter_reads_each_abbreviation_as_a_news_story_uses_it(paragraph: str, sentences: int) -> None:
    assert len(split_sentences(paragraph)) == sentences


@pytest.mark.parametrize(("paragraph", "sentences"), PARAGRAPHS)
def test_every_sentence_end_check_agrees_with_the_segmenter(paragraph: str, sentences: int) -> None:
    ends = {s.end for s in split_sentences(paragraph)}
    for i, ch in enumerate(paragraph):
        if ch == "." and i + 1 < len(paragraph):
            assert ends_sentence(paragraph, i + 1) == (i + 1 in ends), paragraph[: i + 1]
            if paragraph[i + 1].isspace():  # a period that closes a word (not the first of "a.m.")
                assert is_abbreviation_period(paragraph, i) == (i + 1 not in ends), paragraph[: i + 1]
    assert [stop for stop in sentence_stops(paragraph)] == sorted(ends - {len(paragraph)})


def test_a_sentence_that_ends_on_an_abbreviation_ends_there() -> None:
    assert ends_sentence("The team moved to the U.S.", len("The team moved to the U.S."))
    assert not ends_sentence("The award went to Dr.", len("The award went to Dr."))
    assert ends_sentence("“It is over,” she said.”", len("“It is over,” she said.”"))
    assert not ends_sentence("It is over,", len("It is over,"))


TYPIST = ("Mr. Fraser was sentenced on Friday.  Mr. Fraser has a record.  Ms. Doyle spoke for the Crown.  "
          "Mr. Fraser did not speak.  The judge, Ms. Chen, read the decision.")


def test_a_typists_two_spaces_after_sentences_with_mr_in_each_are_not_doubled_spaces() -> None:
    # "Mr. Fraser" is no sentence break with one space: the typist's habit is read and kept.
    assert_clean(TYPIST, "typography/doubled-space")


def test_two_spaces_after_a_title_in_a_typists_story_are_still_found() -> None:
    assert_flags(TYPIST.replace("The judge, Ms. Chen,", "The judge, Ms.  Chen,"), "typography/doubled-space", ["  "])


def test_the_taggers_stops_end_the_sentences_the_segmenter_ends() -> None:
    # The tagger's tokeniser cuts "Const." and "a.m." into a word and a period: the grammar rules
    # that read its tokens ask `ends_sentence_token`, which ends no sentence there.
    tg = pytest.importorskip("mtqa.tagging").tagger()
    if tg is None:
        pytest.skip("the grammar extra is not installed")
    from mtqa.tagging import ends_sentence_token

    text = "Police said Const. Jane Roe arrived at 9 a.m. Monday on Jan. 7. She left at noon!"
    assert [t.end for t in tg.tag(text) if ends_sentence_token(text, t)] == [s.end for s in split_sentences(text)]
