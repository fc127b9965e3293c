"""repetition/repeated-adverb and repetition/inflected-double: repeats a few words apart."""

from __future__ import annotations

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags, findings

ADVERB = "repetition/repeated-adverb"
INFLECTED = "repetition/inflected-double"


def test_a_manner_adverb_said_twice_in_one_clause_is_flagged_at_its_second_copy() -> None:
    got = assert_flags("The envoy answered patiently to all of the reporters' questions patiently.", ADVERB,
                       ["patiently"])
    assert got[0].span.start > len("The envoy answered patiently")
    assert "6 words apart" in got[0].message


def test_parallel_members_and_other_clauses_keep_their_adverbs() -> None:
    assert_clean("She spoke softly to the children and softly to their parents.", ADVERB)
    assert_clean("He answered quickly, then quickly left the room.", ADVERB)
    assert_clean("Prices rose sharply in May. Sharply higher rents followed.", ADVERB)


def test_adverbs_english_repeats_as_a_matter_of_course_are_quiet() -> None:
    assert_clean("They were only told of it only after the vote.", ADVERB)
    assert_clean("The board meets monthly to report its figures monthly.", ADVERB)


def test_copies_too_far_apart_are_not_one_clause() -> None:
    assert_clean("Crews worked steadily through the streets of the old town and along the harbour road all day "
                 "steadily.", ADVERB)


def test_a_participle_before_the_same_verb_is_flagged_and_the_verb_dropped() -> None:
    got = assert_flags("The rules cover symbols including include crosses and turbans.", INFLECTED,
                       ["including include"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "including"
    assert_flags("Officials said crews working works through the night.", INFLECTED, ["working works"])


def test_an_ing_noun_before_its_verb_is_ordinary_english() -> None:
    assert_clean("The meeting meets every Tuesday, and the building builds on that.", INFLECTED)
    assert_clean("Her warning warns nobody; the ruling rules out a second vote.", INFLECTED)
    assert_clean("Housing houses were sold. A building built in 1910 stands.", INFLECTED)


def test_both_are_quiet_without_the_tagger(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "tagger", lambda: None)
    assert not findings("The envoy answered patiently to all of the questions patiently.", ADVERB)
    assert not findings("The rules cover symbols including include crosses.", INFLECTED)
