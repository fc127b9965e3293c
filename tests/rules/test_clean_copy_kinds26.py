"""Kinds the rules misread in issue #11's twenty-sixth batch (clean copy: a wire markets story's
US$ beside U.S., a dateline's hyphenated place and an obituary's surname in capitals, a typist's
two spaces after every sentence, a byline's credit under the author's name), mended as kinds, each
beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_us_marking_a_currency_is_not_the_country_written_twice() -> None:
    rule = "abbreviations/mixed-forms"
    assert_clean("Canola closed at US$11.40 a bushel while the loonie slipped to 70.85 cents US. "
                 "U.S. crushers bought less, and zinc ended at $1.21 US a pound.", rule)
    # the country written both ways beside a currency marker still fires
    assert _texts("Zinc ended at $1.21 US a pound as US mills waited for U.S. figures.", rule) == ["US"]


def test_a_dateline_place_or_an_obituary_surname_in_capitals_is_layout() -> None:
    rule = "consistency/acronym-case"
    assert_clean("SAINTE-MARTHE, Que. — The ferry resumed service.\n\nIn Sainte-Marthe, riders cheered.", rule)
    assert_clean("GAUTHIER, Lucienne R. - Died peacefully at home.\n\nThe Gauthier family thanks her "
                 "neighbours.", rule)
    # capitals inside a sentence, beside the word as a word, still fire
    assert _texts("Crews met in GAUTHIER county.\n\nThe Gauthier family left, and GAUTHIER crews "
                  "stayed.", rule) == ["Gauthier"]


def test_two_spaces_after_every_sentence_are_a_typists_habit() -> None:
    rule = "typography/doubled-space"
    assert_clean("The ferry ran late.  Riders waited an hour.  Nobody complained.\n\nThe captain "
                 "apologised.  She bought coffee.", rule)
    # one break with one space: the doubled ones are gaps again
    assert len(findings("The ferry ran late.  Riders waited an hour. Nobody complained.  The captain "
                        "apologised.", rule)) == 2
    # inside a sentence, a doubled space still fires in a typist's story
    assert len(findings("The ferry ran late.  Riders waited  an hour.  Nobody complained.  She left.",
                        rule)) == 1


def test_a_credit_under_the_authors_name_is_the_byline() -> None:
    rule = "boilerplate/furniture-line"
    assert_clean("Ferry service resumes\n\nLucienne Gauthier\nCoastal News Services\n\nThe ferry "
                 "resumed service on Monday.", rule)
    # the same line alone at the page's top is the outlet's name
    assert _texts("Coastal Valley News\n\nThe ferry resumed service on Monday.", rule) == ["Coastal Valley News"]
