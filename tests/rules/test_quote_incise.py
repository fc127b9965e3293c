"""quotes/attribution-inside: a French incise left inside the quotation marks."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "quotes/attribution-inside"


def test_an_incise_inside_a_closed_or_open_quote_is_flagged_at_its_comma() -> None:
    assert_flags("“We stay in Laval, said Ms. Roy. Our members agree.”", RULE, [","])
    assert_flags("“We stay in Laval, said the union president. Our members agree.", RULE, [","])
    assert_flags("“We stay in Laval, stressed Marie Roy. Our members agree.”", RULE, [","])
    assert_flags("“We stay in Laval, she said. Our members agree.”", RULE, [","])
    got = findings("“We stay in Laval, said Ms. Roy. Our members agree.”", RULE)
    assert [f.suggestions for f in got] == [(",”",)]


def test_objects_reported_speech_and_closed_quotes_are_not_incises() -> None:
    assert_clean("“We met, explained the plan and left,” she said.", RULE)
    assert_clean("“My father called, he said he was sick,” she said.", RULE)
    assert_clean("“We stay in Laval,” said Ms. Roy. “Our members agree.”", RULE)
    assert_clean("“We stay in Laval”, said Ms. Roy on Monday.", RULE)
    assert_clean("The plan, said Ms. Roy, is dead. Nobody in Laval agreed.", RULE)
    assert_clean("“We hired nurses, added the beds and opened the ward,” she said.", RULE)


def test_speech_opened_by_a_dash() -> None:
    rule = "quotes/dash-for-quotation"
    assert_flags("— We will stay, said the minister on Monday.", rule, ["—"])
    assert_clean("—Jane Roy, interim leader of the party", rule)
    assert_clean("— With files from The Canadian Press", rule)
    assert_clean("- Public safety minister Jane Roy said the plan would work.", rule)
