"""Kinds of clean copy the rules flagged in issue #11's eleventh batch (clean copy only), mended as
kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_reports_title_before_its_subtitle_names_nothing() -> None:
    rule = "consistency/name-case"
    titled = ("The board released Water Safety in Rural Manitoba: A Review of the Last Decade on Monday. "
              "Its work on water safety goes on.")
    assert_clean(titled, [rule])
    # the same capitals in a plain sentence, or before a colon and a sentence, still name something
    assert _texts("Crews left the Moose Creek Trail on Monday. Later the moose creek trail closed.", rule) == [
        "the moose creek trail"]
    assert _texts("Crews left the Moose Creek Trail: Later the moose creek trail closed.", rule) == [
        "the moose creek trail"]


def test_a_headlines_capitals_over_its_story_name_nothing() -> None:
    rule = "consistency/name-case"
    assert_clean("Wells need testing, finds Review Panel\nA new review panel report says so on Monday.", [rule])
    assert_clean("Wells need testing, finds Review Panel\n\nA new review panel report says so on Monday.", [rule])
    # a line that ends like a sentence is copy, and its capitals still count
    assert _texts("Crews left the Moose Creek Trail on Monday.\nLater the moose creek trail closed.", rule) == [
        "the moose creek trail"]


def test_a_digests_credit_line_keeps_its_own_dash() -> None:
    rule = "consistency/dash-style"
    # a long headline is body copy to the layout; its credit's dash is the digest's template
    digest = ("The fare is higher, and the boats are older than they were in the spring.\n\n"
              "Island school reopens after the long flood that closed the gym and the library for a whole term"
              " – by Lee Moss, Ann Poe and Jo Vale (Island Weekly – May 3, 2021)\n\n"
              "The school shut in March — after a flood that filled the gym.")
    assert_clean(digest, [rule])
    # a dash before "by" and a date or before a name inside the sentence is the story's own
    assert _texts("The fare — set in March — is higher – by May it may rise again.", rule) == [" – "]
    assert _texts("The fare — set in March — was cut – by Jane Roe, who voted no.", rule) == [" – "]


def test_a_noun_of_quality_from_a_listed_adjective_is_a_word() -> None:
    rule = "nonwords/unknown-word"
    assert_clean("The letter decried the extravagancies of the old council.", [rule])
    assert _texts("The letter decried the plonkancies of the old council.", rule) == ["plonkancies"]
