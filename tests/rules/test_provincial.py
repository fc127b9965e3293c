"""Provinces and legislatures beyond one line: the story decides whose state or Parliament."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

STATE = "institutions/province-as-state"
PARLIAMENT = "institutions/parliament-for-legislature"


def test_state_in_a_story_with_us_states_is_left_alone() -> None:
    text = ("Nova Scotia and Maine share a border. The state government in Augusta said the state does "
            "not require a permit, and the American governor agreed.")
    assert_clean(text, STATE)


def test_state_of_a_province_is_flagged_even_in_a_story_with_us_states() -> None:
    text = "Texas and the state of Nova Scotia signed a deal in the United States."
    got = assert_flags(text, STATE, ["the state of Nova Scotia"])
    assert got[0].suggestions[0] == "Nova Scotia"


def test_parliament_in_a_federal_story_is_clean() -> None:
    text = "Parliament returns on Monday. The Bloc said the House of Commons would sit late."
    assert_clean(text, PARLIAMENT)


def test_parliament_suggestion_follows_the_province() -> None:
    text = ("Ontario's MPPs sat late at Queen's Park. The Ontario PC government said Parliament "
            "would vote on Thursday.")
    got = assert_flags(text, PARLIAMENT, ["Parliament"])
    assert got[0].suggestions[0] == "Queen's Park"


MINISTRY = "institutions/foreign-style-ministry"


def test_ministry_in_a_story_that_names_another_country_is_left_alone() -> None:
    text = ("MPs in the House of Commons debated the treaty. The Ministry of Justice in Washington "
            "had asked for changes.")
    assert_clean(text, MINISTRY)


def test_secretary_and_ministry_in_a_federal_story() -> None:
    text = ("Liberal MPs questioned the Health Secretary in the House of Commons, and the Finance Ministry "
            "released its figures; the press secretary declined to comment.")
    got = assert_flags(text, MINISTRY, ["Health Secretary", "Finance Ministry"])
    assert [f.suggestions[0] for f in got] == ["Health Minister", "Finance Department"]


NUMBERED = "institutions/legislature-for-parliament"


def test_a_numbered_legislature_in_a_federal_story_is_parliament() -> None:
    text = "The House of Commons reopens on Monday. Every MP of the 45th Legislature must attend, Ottawa said."
    got = assert_flags(text, NUMBERED, ["45th Legislature"])
    assert got[0].suggestions[0] == "45th Parliament"


def test_a_numbered_legislature_stays_quiet_where_it_may_be_a_provinces() -> None:
    # provincial politics elsewhere in the story
    assert_clean("MPs in Ottawa met. In Quebec City, MNAs opened the 43rd legislature on Tuesday.", NUMBERED)
    # a province named in the sentence
    assert_clean("Ottawa sent a minister as New Brunswick's 61st legislature opened.", NUMBERED)
    # another country in the story
    assert_clean("Ottawa watched as the 88th Legislature of Texas met in the United States.", NUMBERED)
    # a story with no federal word
    assert_clean("The 45th legislature opened with a speech in Canada.", NUMBERED)
