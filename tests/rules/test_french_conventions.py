from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_days_months_peoples_and_places_in_lowercase_are_capitalised() -> None:
    rule = "typography/lowercase-proper-name"
    got = assert_flags("On monday the french envoy met quebecers in ontario.", rule,
                       ["monday", "french", "quebecers", "ontario"])
    assert [f.suggestions for f in got] == [("Monday",), ("French",), ("Quebecers",), ("Ontario",)]
    assert_flags("He met french-speaking voters.", rule, ["french"])


def test_lowercase_words_that_are_also_english_words_or_addresses_stay_quiet() -> None:
    rule = "typography/lowercase-proper-name"
    assert_clean("Officials may march in August; a turkey dinner is served on china plates.", rule)
    assert_clean("She ate french fries, spoke to francophone voters and read example.ca/monday-vote.", rule)
    assert_clean("gun control canada", rule)  # a tag line, not a sentence


def test_plural_scale_word_after_a_figure() -> None:
    rule = "numbers/plural-scale-word"
    got = assert_flags("It costs 3 millions, then 2.5 billions and 12 milliards.", rule,
                       ["millions", "billions", "milliards"])
    assert [f.suggestions for f in got] == [("million",), ("billion",), ("billion",)]
    assert_clean("Millions marched; it costs $3 million; 3 millions of them voted.", rule)


def test_decade_as_the_years() -> None:
    rule = "numbers/decade-as-years"
    got = assert_flags("It was founded in the years 90 and grew in the years 2000.", rule,
                       ["the years 90", "the years 2000"])
    assert [f.suggestions for f in got] == [("the 1990s",), ("the 2000s",)]
    assert_clean("In the years 2020 and 2021, and the years 2010 to 2015, he was 90 years old.", rule)


def test_thousands_grouped_with_periods() -> None:
    rule = "numbers/dotted-thousands"
    got = assert_flags("About 1.200 people came and 2.400.000 euros were spent.", rule, ["1.200", "2.400.000"])
    assert got[0].suggestions == ("1,200",)
    assert_clean("The rate is 1.125 per cent, the index rose 1.250 points, version 2.100 shipped.", rule)


def test_twenty_four_hour_time_in_words() -> None:
    rule = "numbers/hours-as-clock"
    got = assert_flags("The debate begins at 20 hours; polls close at 14 o'clock.", rule, ["20 hours", "14 o'clock"])
    assert [f.suggestions for f in got] == [("8 p.m.",), ("2 p.m.",)]
    assert_clean("The talks lasted 20 hours and ended after 13 hours of debate, at 10 o'clock.", rule)


def test_numero_sign() -> None:
    assert_flags("Bill n° 96 passed, and road Nº12 closed.", "numbers/numero-sign", ["n° ", "Nº"])
    assert_clean("Bill No. 96 passed at 20°C.", "numbers/numero-sign")


def test_accent_typed_for_the_apostrophe() -> None:
    rule = "typography/accent-as-apostrophe"
    assert_flags("It´s Canada´s turn, and they don`t agree.", rule, ["´", "´", "`"])
    assert_clean("It’s Canada's turn; the code `print` ran.", rule)
