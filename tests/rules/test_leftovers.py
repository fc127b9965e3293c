"""untranslated/source-leftover (mtqa/rules/untranslated/leftovers.py): other languages' accents,
source connectives and titles left in English sentences, and the loans and quotations that stay quiet."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "untranslated/source-leftover"


def test_accented_words_connectives_and_titles_are_flagged() -> None:
    assert_flags("The reform passed, según the minister.", RULE, ["según"])
    assert_flags("He spoke about la política económica of the country.", RULE, ["la política económica"])
    assert_flags("The ministre said the deputies voted selon the rules.", RULE, ["ministre", "selon"])


def test_loans_names_and_quotations_stay_quiet() -> None:
    assert_clean("José Martínez ate açaí in São Paulo; the sous chef booked an ensuite.", RULE)
    assert_clean("He shouted “la política es así” and left; the motto, in Spanish, is según la ley.", RULE)


def test_joining_words_between_lowercase_words_are_flagged() -> None:
    assert_flags("The farmers y fishers marched against the reform del government.", RULE, ["y", "del"])
    assert_flags("The budget was approved mit the votes of the coalition.", RULE, ["mit"])


def test_joining_words_inside_names_and_letter_lists_stay_quiet() -> None:
    assert_clean("He toured Puerto del Rosario and the Ministerio de Ciencia y Tecnología.", RULE)
    assert_clean("Plot x and y on the chart; Los Angeles and Las Vegas; the para hockey team.", RULE)
    assert_clean("Piero della Francesca painted it; MIT and UND researchers met.", RULE)
