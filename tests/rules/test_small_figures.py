"""numbers/small-figure: counts under ten in figures, read only in running text."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_count_in_figures_is_spelled_out_with_its_word() -> None:
    got = assert_flags("Debris fell in 8 settlements in 2 districts, officials said.", "numbers/small-figure",
                       ["8", "2"], locale="en-CA")
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "eight"
    assert "“two”" in got[1].message


def test_headlines_and_captions_keep_figures() -> None:
    assert_clean("Debris falls in 8 settlements\n\nOfficials gave no figures.", "numbers/small-figure", locale="en-CA")


def test_a_sentence_opener_before_the_figure_is_no_label() -> None:
    assert_flags("In 2 apartment buildings, windows broke.", "numbers/small-figure", ["2"], locale="en-CA")
    assert_clean("Traffic on Highway 7 lanes slowed; Bill 2 amendments passed.", "numbers/small-figure", locale="en-CA")


def test_measures_ages_and_ranges_keep_figures() -> None:
    text = ("The storm lasted 3 hours and dropped 5 cm of snow. The boy, 5, was hurt. "
            "Between 5 and 12 students left. Turnout rose 2 per cent.")
    assert_clean(text, "numbers/small-figure", locale="en-CA")


def test_other_locales_are_not_read() -> None:
    for locale in ("en-GB", "en-US"):
        assert not findings("Police arrested 6 suspects in Leeds on Friday.", "numbers/small-figure", locale=locale)
