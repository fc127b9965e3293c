"""Kinds of clean copy the rules flagged near the verdict's threshold (issue #11, stop 38), mended
as kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_release_dateline_in_brackets_is_no_riding() -> None:
    rule = "ridings/province-style"
    assert_clean("(Regina, SK) – The band council opened its new clinic on Tuesday.", [rule])
    assert_clean("(Whitehorse, YT) May 2, 2019 – The board named a new chair for the coming year.", [rule])
    assert_clean("(Sudbury, Ontario) — The college will add two programs in the fall.", [rule])
    # a French form in the dateline, an English one in a member's riding or in mid-paragraph, still fire
    assert _texts("(Moncton, N.-B.) – The council voted on Monday.", rule) == ["N.-B."]
    assert _texts("Liberal MP Jane Roe (Ottawa Centre, ON) – the member since 2015 – spoke first.", rule) == ["ON"]
    # a postal code where no member is named is the cp style's since stop 42's second round
    assert [f.text for f in findings("The clinic (Regina, SK) – opened in May – was full.", rule, style="cp")] == ["SK"]


def test_the_generic_head_of_a_long_name_is_no_lost_capital() -> None:
    rule = "consistency/name-case"
    assert_clean("The Coastal Fisheries and Oceans Science Review Board met on Monday. "
                 "The port is a centre of coastal fisheries work, the mayor said.", [rule])
    assert_clean("The Rural Health of Northern Prairie Towns Fund opened on Monday. "
                 "The first topic was rural health.", [rule])
    # the head with the link and the next word lowercased, or two short names joined by "and", still fire
    assert _texts("The Coastal Fisheries and Oceans Science Review Board met. Later the coastal fisheries and "
                  "oceans board said more.", rule) == ["the coastal fisheries and oceans"]
    assert _texts("Hikers left Flood Falls and Moose Creek on Monday. Crews closed flood falls later.",
                  rule) == ["flood falls"]
