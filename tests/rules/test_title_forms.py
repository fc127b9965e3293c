from __future__ import annotations

from mtqa import Checker
from mtqa.testing import assert_clean, assert_flags


def test_article_before_a_title_and_full_name_goes() -> None:
    got = assert_flags("The Premier Doug Ford spoke first.", "titles/article-before-title", ["The Premier"])
    assert got[0].suggestions == ("Premier",)


def test_titles_without_a_full_name_or_naming_a_thing_are_left_alone() -> None:
    assert_clean("The Premier said no. The Premier League Arsenal game was moved. The President's Choice brand sold.",
                 "titles/article-before-title")


def test_article_before_a_title_qualified_by_a_place_or_party_goes() -> None:
    got = assert_flags("The Nunavut Liberal Party Leader Ann Roy spoke first.", "titles/article-before-title",
                       ["The Nunavut Liberal Party Leader"])
    assert got[0].suggestions == ("Nunavut Liberal Party Leader",)
    assert_flags("Reporters asked the Alberta Energy Minister Tom Reid about it.", "titles/article-before-title",
                 ["the Alberta Energy Minister"])


def test_qualified_titles_lowercase_set_off_or_naming_a_thing_are_left_alone() -> None:
    assert_clean("The Nunavut health minister Tom Reid spoke. The Alberta Energy Minister, Tom Reid, agreed. "
                 "The Yukon Party Leader's office called. The Grey Cup Final Game Seven sold out.",
                 "titles/article-before-title")


def test_long_title_run_into_a_name_gets_the_short_form() -> None:
    got = assert_flags("The Minister of Justice Simon Jolin-Barrette tabled the bill.", "titles/long-title-before-name",
                       ["Minister of Justice Simon"])
    assert got[0].suggestions == ("Justice Minister Simon",)


def test_long_title_set_off_by_commas_is_left_alone() -> None:
    assert_clean("The Minister of Justice, Simon Jolin-Barrette, tabled the bill.", "titles/long-title-before-name")


def test_half_capitalised_titles_and_their_look_alikes() -> None:
    rule = "titles/half-capitalised-title"
    assert_flags("The minister of Health and the ministry of Public Security answered in Quebec City.", rule,
                 ["minister of Health", "ministry of Public Security"])
    assert_clean("The Minister of Health, the health minister and the minister of health answered.", rule)
    assert_clean("The prime minister of Canada met the first minister of Quebec and the minister of Indigenous services.", rule)


def test_an_honorific_and_a_title_together() -> None:
    rule = "titles/honorific-with-title"
    assert_flags("Madam Minister Roy answered, and the Minister Mrs. Guilbault agreed.", rule,
                 ["Madam Minister", "Minister Mrs."])
    assert_clean("“Thank you, Madam Speaker,” she said. Minister Marie Roy answered.", rule)


def test_president_director_general_and_president_of_the_government() -> None:
    assert_flags("Its president-director general, Marie Roy, resigned.", "titles/french-chief-executive",
                 ["president-director general"])
    assert_clean("The WHO Director-General and the general director of the opera spoke.", "titles/french-chief-executive")
    rule = "titles/president-of-the-government"
    assert_flags("The President of the Government, Pedro Roy, met the king.", rule, ["President of the Government"])
    assert_clean("The President of the European Council and the President of the Treasury Board met.", rule)


def test_party_leader_title_in_lower_case_before_a_name_in_strict_cp() -> None:
    rule = "titles/half-capitalised-title"
    text = "Green leader Ann Roe met BQ leader Yves Leduc and UCP leader Dana Fox."
    got = assert_flags(text, rule, ["leader", "leader"], style="cp")
    assert all(f.fix is not None and f.fix.edits[0].replacement == "Leader" for f in got)
    own = Checker(select=[rule], rule_options={rule: {"party_leader": True}}, languagetool="off")
    assert [f.text for f in own.check(text).findings] == ["leader", "leader"]
    assert_clean("BQ Leader Yves Leduc met the BQ leader, Yves Leduc, and the UCP leader on Monday.", rule, style="cp")
    # some professionally edited papers write the title in lower case: the default style accepts it
    assert_clean(text, rule)
