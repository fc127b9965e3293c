"""The pandemic named without its article after a preposition ("during COVID-19 pandemic")."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, findings

RULE = "grammar/pandemic-without-article"


def test_clean_copy_is_quiet() -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)


def test_bare_pandemic_after_a_preposition_or_and_is_flagged_with_the_article_added() -> None:
    found = findings("Canada helped Nepal's health sector during COVID-19 pandemic. The aid covered the "
                     "earthquakes of 2015 and coronavirus pandemic, the minister said.", RULE)
    assert [f.text for f in found] == ["COVID-19 pandemic", "coronavirus pandemic"]
    assert [f.suggestions for f in found] == [("the COVID-19 pandemic",), ("the coronavirus pandemic",)]


def test_article_headline_and_compound_are_left_alone() -> None:
    assert_clean("Canada helped during the COVID-19 pandemic. Schools closed during a pandemic that lasted "
                 "three years. Grants for post-COVID-19 pandemic-era recovery opened.", RULE)
    assert_clean("Amid COVID-19 pandemic, city cancels parade", RULE)
