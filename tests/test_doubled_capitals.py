"""repetition/doubled-word on a capitalised word written twice (issue #11): a common word an
engine doubled ("on Tuesday Tuesday") is flagged; a reduplicated name, made of words rare on
their own ("Bora Bora"), a headline's page furniture and a word in capitals stay quiet."""

from __future__ import annotations

import pytest

from mtqa import Checker, lexicon
from mtqa.config import Config
from mtqa.testing import assert_flags, findings

RULE = "repetition/doubled-word"


@pytest.mark.parametrize("text, doubled", [
    ("Ballots will be counted on Wednesday Wednesday night in every ward.", " Wednesday"),
    ("The fisheries Minister Minister told reporters the quota would stay.", " Minister"),
    ("Flooding closed two bridges in Montreal Montreal over the weekend.", " Montreal"),
    ("A delegation from Canada Canada arrived late for the signing.", " Canada"),
])
def test_a_common_capitalised_word_doubled_is_flagged(text: str, doubled: str) -> None:
    assert_flags(text, RULE, [doubled])


@pytest.mark.parametrize("text", [
    "Our reporter spent a week in Walla Walla talking to wheat growers.",
    "Snorkellers swam the reef off Bora Bora before the cyclone season.",
    "The casino at Baden-Baden reopened after the renovation.",
    "A court once again refused the release of Sirhan Sirhan this spring.",
    "Fans queued overnight when Duran Duran announced a farewell show.",
])
def test_a_reduplicated_name_stays_quiet(text: str) -> None:
    assert findings(text, RULE) == []


def test_page_furniture_and_capitals_stay_quiet() -> None:
    assert findings("Harbour Ferry Fares To Rise On Monday Monday riders will pay two dollars more.", RULE) == []
    assert findings("Budget Approved After Late Sitting On Friday\nFriday was the council's last meeting.", RULE) == []
    assert findings("The poster read VOTE VOTE in red letters across the hall.", RULE) == []


def test_a_sentence_opening_with_a_doubled_word_is_still_flagged() -> None:
    assert_flags("The The committee met on Friday.", RULE, [" The"])


def test_a_name_of_common_words_can_be_allowed() -> None:
    text = "The old prison at Sing Sing is now a museum."
    assert [f.text for f in findings(text, RULE)] == [" Sing"]
    cfg = Config(select=(RULE,), rule_options={RULE: {"allow": ["Sing Sing"]}})
    assert Checker(cfg).check(text).findings == []


def test_without_the_word_list_no_capitalised_pair_is_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    assert findings("Ballots were recounted on Thursday Thursday in the north ward.", RULE) == []
