"""Page furniture of machine-translated Quebec copy issue #11's fourteenth batch showed, mended as
kinds, each beside look-alikes that must stay quiet. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

FURNITURE = "boilerplate/furniture-line"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, FURNITURE)]


def test_a_quotation_widgets_caption_opening_with_a_lower_case_quote() -> None:
    # Radio-Canada's « Une citation de … » as an engine renders it: "A quote from", not "A Quote from"
    assert _texts("“The wards are full.”\n\nA quote from Lise Caron, the hospital's chief of staff\n\nNurses left.") == [
        "A quote from Lise Caron, the hospital's chief of staff"]


def test_a_quote_in_a_sentence_stays_copy() -> None:
    for text in ("Nurses left.\n\nA quote from Lise Caron, the chief of staff, opened the report.",
                 "Nurses left.\n\nA quote is not a promise, Lise Caron said."):
        assert_clean(text, FURNITURE)


def test_a_breadcrumb_with_a_two_word_section_glued_to_the_headline() -> None:
    assert _texts("HomeBreaking NewsLise Caron resigns as chief of staff\n\nNurses left on Monday.") == [
        "HomeBreaking News"]
    assert _texts("HomeLocal NewsFerry fares rise again\n\nFares rose on Monday.") == ["HomeLocal News"]


def test_a_brand_run_into_home_stays_copy() -> None:
    for text in ("HomeSense opened a store in Laval on Monday.",
                 "HomeSense Canada opened a store in Laval.",
                 "HomeStyle Kitchens hired 40 workers, Lise Caron said."):
        assert_clean(text, FURNITURE)
