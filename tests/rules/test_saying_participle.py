"""Reported speech opened by a participle of saying and "that", as agency copy orders it."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "grammar/saying-participle-opening"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_participle_of_saying_opening_a_sentence_is_flagged() -> None:
    found = findings("The envoy met the minister on Monday. Saying that Canada was ready to help, he thanked "
                     "the hosts. Reminding that the deal was signed in 2015, Erdogan called for more trade.", RULE)
    assert [f.text for f in found] == ["Saying that", "Reminding that"]
    assert all("finite verb" in f.message for f in found)


def test_opening_of_a_paragraph_and_after_a_quotation_mark_is_flagged() -> None:
    (first,) = findings("Pointing out that trade grew by 30 per cent, the ambassador praised the embassy.", RULE)
    (quoted,) = findings("He was brief. “Asserting that such help would deepen ties, he left.", RULE)
    assert first.text == "Pointing out that" and quoted.text == "Asserting that"


def test_native_openings_and_mid_sentence_participles_are_left_alone() -> None:
    assert_clean("Noting that the river had crested, the mayor lifted the order. Stating that the bill was "
                 "flawed, the senator voted against it. The minister, saying that the talks went well, left. "
                 "\"Saying that is easy,\" she said. Adding that was a mistake, he said.", RULE)
