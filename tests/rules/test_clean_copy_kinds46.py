"""Clean-copy kinds quieted in stop 46 (issue #11), written from unseen-47 (twelve clean excerpts of
tuning-half sites new to the corpus, measured once before any rule was written, then read in full),
unseen-43 and the pooled clean copy; judged on the seven judge batches, read as counts only. Every
example is made up; each quiet keeps a look-alike that is still found.

- ``nonwords/unknown-word``: "seacan", a shipping container in Canadian English, is a word of the
  copy, as "parkade" is; a garble one letter from it is still found.
- ``nonwords/misspelt-word``: the subdivisions of an Indian district and their officers ("mandal",
  "tahsildar"), which Indian dailies write in lowercase, are words of the copy, though "mandal" lies
  one letter from "manual"; a misspelling beside them is still found.
- ``numbers/day-month-order``: a posting date alone on its line ("13 October 2017") in a story that
  writes its own dates month first ("March 1, 2017") is the page template's (``mtqa.text.date_lines``);
  the same line over a story that writes its dates day first, and a day-first date in a sentence, are
  still found.
- ``consistency/possessive-dropped``: a town the story names on its own ("in Kerrow") may own a name
  in the possessive ("Kerrow’s Food Bank") and modify it after "the" ("the Kerrow Food Bank", also
  across a line the page's columns broke); without the town named alone, or without "the", the bare
  form is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_canadian_word_for_a_shipping_container_is_a_word() -> None:
    assert_clean("Food trucks, seacans and a stage will fill the lot by the marina. One seacan holds the chairs.",
                 "nonwords/unknown-word")


def test_a_garble_beside_it_is_still_found() -> None:
    assert_flags("Food trucks, seacanz and a stage will fill the lot by the marina.", "nonwords/unknown-word",
                 ["seacanz"])


def test_an_indian_districts_subdivision_is_no_misspelling_of_manual() -> None:
    assert_clean("The collector toured villages in the Yellanur mandal and two mandals beside it with the tahsildar.",
                 "nonwords/misspelt-word")


def test_a_misspelling_beside_it_is_still_found() -> None:
    assert_flags("The goverment office in the Yellanur mandal reopened.", "nonwords/misspelt-word", ["goverment"])


def test_a_posting_date_alone_on_its_line_over_month_first_copy_is_the_templates() -> None:
    assert_clean("A round-up of our stories\n\n13 October 2017\n\nWe gathered the year's news.\n\n"
                 "-The Courier, March 1, 2017", "numbers/day-month-order")


def test_the_same_line_over_day_first_copy_is_still_found() -> None:
    assert_flags("29 October 2015\n\nThe embassy marked 29 October with a reception.", "numbers/day-month-order",
                 ["29 October 2015", "29 October"])


def test_a_day_first_date_in_a_sentence_is_still_found() -> None:
    assert_flags("13 October 2017\n\nThe vote was held on 3 October, a week after the Sept. 26 debate.",
                 "numbers/day-month-order", ["3 October"])


def test_a_towns_possessive_beside_the_town_as_modifier_is_one_name() -> None:
    assert_clean("Kerrow’s Food Bank serves the town.\n\nVolunteers in Kerrow run the Kerrow Food Bank each month, "
                 "and thank the\nKerrow Food Bank's donors.", "consistency/possessive-dropped")


def test_the_bare_form_without_the_town_named_alone_is_still_found() -> None:
    assert_flags("Kerrow’s Food Bank serves the town.\n\nVolunteers run the Kerrow Food Bank each month.",
                 "consistency/possessive-dropped", ["Kerrow Food"])


def test_a_place_name_with_its_possessive_dropped_is_still_found() -> None:
    assert_flags("Evacuation order for Hudson’s Hope\n\nResidents near Hudson Hope left on Saturday.",
                 "consistency/possessive-dropped", ["Hudson Hope"])
