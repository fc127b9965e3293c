"""titles/premier-as-governor: whose governor a story means decides the finding."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "titles/premier-as-governor"


def test_a_province_before_or_after_the_title_makes_it_a_premier() -> None:
    got = assert_flags("Ontario Governor Dana Mercer met the mayors in Toronto.", RULE, ["Governor"])
    assert got[0].suggestions[0] == "Premier"
    got = assert_flags("The governors of Quebec and Ontario met in Ottawa.", RULE, ["governors"])
    assert got[0].suggestions[0] == "premiers"


def test_the_tail_of_a_longer_name_is_not_a_province() -> None:
    # "Island" alone stands for P.E.I.; "Rhode Island" is a state, "Long Island" a place
    assert_clean("Rhode Island Governor Dan McKee spoke in Providence, not in Charlottetown.", RULE)
    assert findings("Island Governor Ann Roy spoke in Charlottetown, P.E.I.", RULE)


def test_a_provincial_governor_abroad_stays_quiet() -> None:
    text = ("Canada's ambassador met Argentina's president in Ottawa.\n\n"
            "The provincial governor of Salta said Argentina would buy Canadian wheat.")
    assert_clean(text, RULE)


def test_a_story_with_no_canadian_signal_is_not_judged() -> None:
    assert_clean("The provincial governor said the harvest would be late.", RULE)
