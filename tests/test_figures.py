"""mtqa.figures: every plausible reading of a figure, per source language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.figures import Agreement, SpanIndex, close, figures


def readings(text: str, lang: str) -> list[tuple[str, set[float]]]:
    return [(f.text, set(f.readings)) for f in figures(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("2,5 milliards et 1 000 soldats", "fr", [("2,5 milliards", {2.5e9}), ("1 000", {1000.0, 1.0, 0.0})]),
    ("1\u202f234,5 km", "fr", [("1\u202f234,5", {1234.5, 1.0, 234.0, 5.0})]),
    ("1.234,50 Euro und 3 Mio. Menschen", "de", [("1.234,50", {1234.5}), ("3 Mio.", {3e6})]),
    ("1.234 Besucher", "de", [("1.234", {1234.0, 1.234})]),  # German grouping, or an English decimal
    ("2,3 millones y mil millones", "es", [("2,3 millones", {2.3e6}), ("mil millones", {1e9})]),
    ("1,5 млрд рублей", "ru", [("1,5 млрд", {1.5e9})]),
    ("两百五十万个，三十亿，26万亿元", "zh", [("两百五十万", {2.5e6}), ("三十亿", {3e9}), ("26万亿", {2.6e13})]),
    ("一万六七千元", "zh", [("一万六七千", {16000.0, 17000.0})]),
    ("九二共识", "zh", [("九二", {92.0})]),
    ("1万5千円", "ja", [("1万5千", {15000.0})]),
    ("zwei Millionen Menschen", "de", [("zwei Millionen", {2e6})]),
    ("два миллиона человек", "ru", [("два миллиона", {2e6})]),
    ("dos mil millones de euros", "es", [("dos mil millones", {2e9})]),
    ("two and a half million, a hundred thousand", "en",
     [("two and a half million", {2.5e6}), ("a hundred thousand", {1e5})]),
])
def test_readings_per_language(text: str, lang: str, expected) -> None:
    got = readings(text, lang)
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, values), (_, want) in zip(got, expected):
        assert want <= values, (values, want)


def test_percentages_years_and_vague_amounts() -> None:
    (pct,) = figures("50% of them", "en")
    assert {50.0, 0.5} <= pct.readings
    (decade,) = figures("in the 1980s", "en")
    assert 80.0 in decade.readings
    assert figures("thousands of people", "en") == []  # a vague amount is not a figure
    assert figures("tens of thousands", "en") == []


def test_a_grouped_figure_before_another_figure_keeps_its_groups() -> None:
    # "10,000 5G" is 10,000 then 5, not 10, 000 and 5; a list of bare digits still splits
    assert readings("An additional 10,000 5G base stations", "en") == [("10,000", {10000.0}), ("5", {5.0})]
    assert readings("added 1,500 3D printers", "en") == [("1,500", {1500.0}), ("3", {3.0})]
    assert [t for t, _ in readings("the scores [1,1] and 2,5", "en")] == ["1", "1", "2", "5"]


def test_ranges_share_their_scale() -> None:
    first, second = figures("12 to 14 million visitors", "en")
    assert 12e6 in first.readings and second.readings == {14e6}


def test_close_allows_prose_rounding_only() -> None:
    assert close(2.5e6, 2.47e6) and close(100, 98)
    assert not close(100, 140) and not close(5, 6) and not close(25, 2.5)


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@settings(max_examples=200, deadline=None)
@given(_SPANS, st.integers(0, 75), st.integers(1, 10))
def test_span_index_answers_as_a_pass_over_every_span(spans, start, width) -> None:
    """The bisection must agree with asking each span, overlapping and nested spans included."""
    index = SpanIndex(spans)
    end = start + width
    assert index.covers(start) == any(s <= start < e for s, e in spans)
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_a_long_text_keeps_every_figure_and_its_place() -> None:
    """Thousands of figures in one paragraph (the speed benchmark's hostile input): none lost or moved."""
    unit = "12 de la “ A www. two "
    found = figures(unit * 3000, "en")
    assert [(f.start, f.value) for f in found] == [
        (k * len(unit) + offset, value) for k in range(3000) for offset, value in ((0, 12.0), (18, 2.0))]


_VALUES = st.lists(st.sampled_from([0.0, 1.0, -1.0, 98.0, 100.0, 105.0, 2.47e6, 2.5e6, 2.6e6, 0.25, 25.0, 2.5, 1000.0, 1049.0])
                   | st.floats(-1e7, 1e7, allow_nan=False), max_size=10)


@settings(max_examples=300, deadline=None)
@given(_VALUES, _VALUES)
def test_agreement_answers_as_close_over_every_pair(values, readings) -> None:
    """Looking only within 5 % must find every value `close` accepts, and no other."""
    assert Agreement(values).agrees(readings) == any(close(a, b) for a in readings for b in values)


@pytest.mark.parametrize("text, value", [
    ("a tenfold difference", 10.0), ("a dozen eggs", 12.0), ("an eight-hour day", 8.0),  # an article, not 1 +
    ("a hundred people", 100.0), ("a thousand", 1000.0),  # before a scale it is the one it multiplies
])
def test_an_article_before_a_number_word_adds_nothing(text: str, value: float) -> None:
    assert [set(f.readings) for f in figures(text, "en")] == [{value}]
