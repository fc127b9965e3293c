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


def test_foreign_dollar_in_words_and_signless_code_first_are_sound() -> None:
    """A third country's dollar written out is foreign currency (AP and CP style); the home and US
    dollars still take their sign. RMB before the figure is the code's own order; after it, the source's."""
    rule = "numbers/currency-word"
    text = "Tourism earned 8.96 billion Singapore dollars and 12 Canadian dollars; donors get RMB 4,500 or CHF 300."
    assert_flags(text, rule, ["12 Canadian dollars"])
    got = assert_flags("It cost 9 Canadian dollars, 45 U.S. dollars and 1,000 RMB.", rule,
                       ["45 U.S. dollars", "1,000 RMB"], locale="en-US")
    assert [f.suggestions[0] for f in got] == ["US$45", "1,000 yuan"]
    assert_flags("It cost 9 Canadian dollars and 45 US dollars.", rule, ["9 Canadian dollars", "45 US dollars"],
                 locale="en-CA")
