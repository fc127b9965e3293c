"""Kinds the rules misread in issue #11's twenty-seventh batch (clean copy: a plural of a word in use
read as a one-letter slip, a typist's two spaces after most sentence ends with a few left single),
mended as kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_plural_of_a_word_in_use_is_not_a_slip() -> None:
    rule = "nonwords/misspelt-word"
    assert_clean("Vendors sold ponchos and parkas while the crowd queued at the gate.", rule)
    # the plural of a misspelt singular is still a slip
    assert _texts("The goverments of both provinces signed the accord.", rule) == ["goverments"]


def test_two_spaces_after_most_sentences_are_a_typists_habit() -> None:
    rule = "typography/doubled-space"
    assert_clean("Rain fell.  Crews waited.  Roads closed. Buses stopped.  The mayor spoke.", rule)
    # a doubled break among as many single ones is a gap again
    assert len(findings("Rain fell.  Crews waited. Roads closed. Buses stopped.  The mayor spoke.", rule)) == 2
    # inside a sentence, a doubled space still fires in a typist's story
    assert _texts("Rain fell.  Crews  waited.  Roads closed. Buses stopped.  The mayor spoke.", rule) == ["  "]
