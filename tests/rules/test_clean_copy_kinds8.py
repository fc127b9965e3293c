"""Kinds of clean copy the rules once flagged (issue #11's eighth batch, clean copy only), mended
as kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_dateline_before_a_spaced_hyphen_is_not_an_acronym() -> None:
    rule = "consistency/acronym-case"
    teasers = ("HOCKEY\nMinor teams gather in Moncton\nMONCTON - Forty teams arrive in Moncton this weekend.\n"
               "ROADS\nPaving starts on Main Street\nMONCTON - Crews from Moncton begin work Monday.")
    assert_clean(teasers, [rule])
    # the same capitals mid-sentence are still the story's two spellings
    assert _texts("Crews in MONCTON - near the rink - met. In Moncton they left, and MONCTON crews stayed.",
                  rule) == ["Moncton"]


def test_a_deputy_title_with_modifiers_is_a_rank() -> None:
    rule = "titles/legislator-as-deputy"
    assert_clean("The chiefs met in Ottawa. Two deputy regional grand chiefs led the talks on Monday.", [rule])
    assert_clean("The treaty council met in Ottawa; two deputy grand chiefs replaced the single deputy.", [rule])
    # a bare "deputy" before a riding, or "deputies" of a legislature, is still the French title
    assert _texts("The deputy minister met the deputy of Matane after the National Assembly vote.", rule) == [
        "deputy"]
    assert _texts("The deputy chiefs met; 40 deputies of the National Assembly voted on Friday.", rule) == [
        "deputies"]


def test_a_noun_repeated_then_again_is_emphasis() -> None:
    rule = "repetition/coordinated-same-word"
    assert_clean("Farmers have asked for it time and time again, the union said.", [rule])
    assert _texts("The rule was firm and firm again after the vote.", rule) == ["firm and firm"]


def test_a_span_of_dates_is_not_a_dated_link() -> None:
    rule = "boilerplate/furniture-line"
    assert_clean("John Roe\nJune 2, 1938 — Nov. 14, 2019\n\nJohn died at home in Moose Jaw with family near.", [rule])
    assert _texts("The mill closed.\n\nTen tips for winter driving - Nov. 14, 2019", rule) == [
        "Ten tips for winter driving - Nov. 14, 2019"]


def test_a_capital_heading_an_of_name_is_part_of_the_name() -> None:
    rule = "typography/capitalised-common-word"
    assert_clean("The appeal went to the federal Court of Appeal, and the court sided with the city.", [rule])
    assert _texts("A new Budget of spending was tabled; the budget passed.", rule) == ["Budget"]


def test_a_bracket_cut_with_its_teaser_is_not_unmatched() -> None:
    rule = "typography/unmatched-bracket"
    assert_clean("Rinks open\nCity crews flooded five rinks this week (photos…\nLibrary hours change", [rule])
    assert _texts("The mayor (who spoke… left early on Monday.", rule) == ["("]


def test_a_page_time_stamp_does_not_set_the_clock_style() -> None:
    rule = "consistency/clock-style"
    assert_clean("Jan 4, 2024 | 9:00 AM\n\nThe game starts at 7 p.m. and the doors open at 6 p.m.", [rule])
    assert _texts("The game starts at 7 p.m. and the doors open at 6 p.m.; the bus leaves at 9:00 AM.", rule) == [
        "9:00 AM"]
