"""Agreement rules beyond the one-line examples: clean copy, compounds and verbs, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), "grammar")
    assert_clean(seed_text, ("grammar/determiner-number", "grammar/uncountable-plural", "grammar/double-comparative"))


def test_compounds_possessives_and_letters_do_not_fire() -> None:
    text = ("These government officials met several party members. A Grade A students' union, "
            "a women's shelter and a workers' strike were on the list. Many a decision was taken. "
            "The firm hired those city planners and both province leaders.")
    assert_clean(text, "grammar/determiner-number")
    assert_flags("Grade A students met. A students' group too.", "grammar/determiner-number", [])


def test_determiner_number_suggests_the_noun_in_the_determiners_number() -> None:
    (f,) = findings("The minister met several official at the summit.", "grammar/determiner-number")
    assert f.text == "several official" and f.suggestions == ("several officials",)
    (g,) = findings("Ottawa signed an agreements with Paris.", "grammar/determiner-number")
    assert g.suggestions == ("an agreement",)


def test_uncountable_plural_needs_a_determiner_for_words_that_are_also_verbs() -> None:
    assert_clean("He researches tax law and advises clients.", "grammar/uncountable-plural")
    assert_flags("Many researches show the opposite.", "grammar/uncountable-plural", ["researches"])
    (f,) = findings("The army asked for more equipments.", "grammar/uncountable-plural")
    assert f.suggestions == ("equipment",)


def test_double_comparative_needs_the_phrase_to_end() -> None:
    assert_clean("More older residents than ever voted; the party drew more younger voters.", "grammar/double-comparative")
    assert_flags("The gap is more larger than last year.", "grammar/double-comparative", ["more larger"])
    (f,) = findings("It was the most worst result in years.", "grammar/double-comparative")
    assert f.text == "the most worst" and f.suggestions == ("the worst",)
