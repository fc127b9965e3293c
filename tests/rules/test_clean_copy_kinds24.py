"""Kinds the rules misread in issue #11's twenty-fourth batch (clean copy from community and
campus papers: a pull quote's "his or her", a middle initial, a described common noun beside a
name, a list of capitalised entries, a prefixed word), mended as kinds, each beside a look-alike
that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_gender_pair_refers_to_no_one() -> None:
    rule = "grammar/he-for-she"
    assert_clean("Council decided that Tolland should hold one seat for each ward, so every councillor "
                 "keeps his or her own ward.", rule)
    assert_clean("Planners said Tolland needs a clerk who can do his or her job in French, and she or he "
                 "must live there.", rule)
    # a lone "he" for a woman the copy calls "she" still fires beside a pair
    assert _texts("Each voter signs his or her ballot. Okafor said she agreed, but later Okafor said he "
                  "would not sign.", rule) == ["he"]


def test_an_initial_after_the_first_name_is_no_french_honorific() -> None:
    rule = "names/french-honorific"
    assert_clean("Surveyor Albert Tremblay mapped the shore; the map Albert M. Tremblay signed hangs in "
                 "the library.", rule)
    # "M." before the surname after a title, not the first name, is still Monsieur
    assert _texts("Surveyor Albert Tremblay mapped the shore. Councillor M. Tremblay said the map was "
                  "wrong.", rule) == ["M."]


def test_a_described_common_noun_is_not_the_name() -> None:
    rule = "consistency/name-case"
    assert_clean("The Harbour Bell rang at noon. Each town wants a new harbour bell, and Tofield cast a "
                 "small bronze harbour bell.", rule)
    # a function word between the article and the mention: the name, lowercased
    assert _texts("The Harbour Bell rang at noon. A report on the harbour bell followed.",
                  rule) == ["the harbour bell"]


def test_a_list_of_capitalised_entries_keeps_its_capitals() -> None:
    rule = "typography/capital-after-semicolon"
    assert_clean("The grant covers “Room rentals; Bus passes; Meals for volunteers; Printing costs” and "
                 "little else. Riders said bus passes sold out.", rule)
    # one entry in lowercase: the capital after a semicolon is judged again
    assert _texts("The grant covers room rentals; Bus passes are extra; meals are not; bus passes sold "
                  "out.", rule) == ["Bus"]


def test_a_prefix_on_a_known_word_is_no_misspelling() -> None:
    rule = "nonwords/misspelt-word"
    assert_clean("Student groups say the defunding of campus radio would silence them.", rule)
    # slips on words with or without a prefix-like start still fire
    assert _texts("The goverment said it would recieve the report untill Friday.",
                  rule) == ["goverment", "recieve", "untill"]
    assert _texts("The comission met, and the goverment sent a note.", rule) == ["comission", "goverment"]
