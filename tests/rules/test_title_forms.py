from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_article_before_a_title_and_full_name_goes() -> None:
    got = assert_flags("The Premier Doug Ford spoke first.", "titles/article-before-title", ["The Premier"])
    assert got[0].suggestions == ("Premier",)


def test_titles_without_a_full_name_or_naming_a_thing_are_left_alone() -> None:
    assert_clean("The Premier said no. The Premier League Arsenal game was moved. The President's Choice brand sold.",
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
