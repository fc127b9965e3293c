"""consistency/ize-ise (mtqa/rules/consistency/spellings.py): one spelling system per story."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "consistency/ize-ise"


def test_british_forms_beside_american_ones_are_flagged() -> None:
    got = assert_flags("They organize a vote. Critics recognised the risk.", RULE, ["recognised"])
    assert [f.suggestions for f in got] == [("recognized",)]


def test_one_system_and_words_that_are_ise_everywhere_stay_quiet() -> None:
    assert_clean("They organise a vote. Critics recognise the risk and analyse it.", RULE)
    assert_clean("They organize ads that advertise the enterprise's compromise and its analyses.", RULE)
