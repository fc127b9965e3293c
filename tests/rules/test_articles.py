"""Article rules beyond the one-line examples: headlines, participles, compounds, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULES = ("grammar/missing-article", "grammar/institution-without-article")


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULES)
    assert_clean(seed_text, RULES)


def test_headlines_participles_and_determiners_are_spared() -> None:
    text = ("Town issued evacuation order after fire\n\nThe town issued its evacuation order on Monday. "
            "The newly signed bill takes effect in May, and Quebec's proposed ban on plastics is delayed. "
            "The court filed notice of the appeal.")
    assert_clean(text, "grammar/missing-article")


def test_missing_article_suggests_a_or_an() -> None:
    (f,) = findings("The ministry opened investigation into the crash.", "grammar/missing-article")
    assert f.text == "opened investigation" and f.suggestions == ("opened an investigation",)
    assert_flags("Regulators issued alert on Friday, then lifted ban on imports.", "grammar/missing-article",
                 ["issued alert", "lifted ban"])


def test_institution_without_article_needs_the_acronym_to_be_a_noun() -> None:
    assert_clean("A report by RCMP investigators and EU officials, and exports to UN agencies.",
                 "grammar/institution-without-article")
    (f,) = findings("The claim was denied by CRA, which cited a rule.", "grammar/institution-without-article")
    assert f.suggestions == ("by the CRA",)
