"""numbers/currency-word (`numbers.currency_words`) beyond its one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_currency_word_and_code() -> None:
    rule = "numbers/currency-word"
    got = assert_flags("Revenue hit 3.2 billion dollars, or 12 Canadian dollars a share, and EUR 40 million; "
                       "it owes 9 million CNY.", rule,
                       ["3.2 billion dollars", "12 Canadian dollars", "EUR 40 million", "9 million CNY"])
    assert [f.suggestions[0] for f in got] == ["$3.2 billion", "C$12", "€40 million", "9 million yuan"]
    assert_clean("Revenue hit $3.2 billion, billions of dollars, in U.S. dollars; the EUR/USD pair and "
                 "a 50-dollar note.", rule)
