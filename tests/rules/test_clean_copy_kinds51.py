"""Clean-copy kinds quieted in stop 51 (issue #11, branch clean51), written from the working batches of
clean copy (unseen-72 and unseen-73 among them) and fold A's clean copy; judged on fold B and the judge
batches by counts. Every example is made up; the quiet keeps a look-alike that is still found.

- ``boilerplate/furniture-line``: a recurring item's title with its date, as the page's first line and
  the only line of that form, is the page's own headline (a school division's board
  meeting highlights and a member's weekly report from the legislature, each headed by its title and
  date: unseen-72 and unseen-73), not a link to another story with its date. A list of dated links, or a
  story's headline with its date over a story, is still found.
- ``typography/doubled-space``: two spaces next to a field's label on a form's line with no sentence
  in it set the form's fields apart ("Docket:" before a court decision's numbers in unseen-72, a
  contact line's "Email:" after a name in unseen-68's council minutes), not a word an engine dropped.
  Two spaces inside a sentence, or on a line that ends one, are still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

FURNITURE = "boilerplate/furniture-line"
DOUBLED = "typography/doubled-space"


def test_a_recurring_items_dated_title_heading_its_page_is_not_furniture() -> None:
    assert_clean("Trustee Meeting Highlights - March 4, 2025\n\nThe trustees approved the rink budget on Tuesday.",
                 FURNITURE)


def test_a_members_dated_report_heading_the_page_is_not_furniture() -> None:
    assert_clean("Report from the Assembly – May 2, 2024\n\nThe house sat late on Thursday to pass the budget.",
                 FURNITURE)


def test_a_list_of_dated_links_at_the_top_is_still_found() -> None:
    assert_flags("Board Meeting Highlights - March 4, 2025\nFerry fares rise in spring - Feb. 27, 2025\n\n"
                 "The trustees met on Tuesday.", FURNITURE,
                 ["Board Meeting Highlights - March 4, 2025", "Ferry fares rise in spring - Feb. 27, 2025"])


def test_a_storys_dated_headline_over_its_copy_is_still_found() -> None:
    assert_flags("Ferry fares rise in spring - March 4, 2025\n\nFares rose on Monday.", FURNITURE,
                 ["Ferry fares rise in spring - March 4, 2025"])


def test_a_dated_report_title_below_the_story_is_still_found() -> None:
    assert_flags("The trustees met on Tuesday.\n\nBoard Meeting Highlights - March 4, 2025", FURNITURE,
                 ["Board Meeting Highlights - March 4, 2025"])


def test_spaces_after_a_field_label_opening_a_form_line_are_layout() -> None:
    assert_clean("Registry:  Halifax\nFile:  20-1187, 20-1188\n\nThe appeal was heard in June.", DOUBLED)


def test_spaces_before_the_next_fields_label_are_layout() -> None:
    assert_clean("Contact: Jane Roe  Phone: 555 0142\n\nThe office opens at nine.", DOUBLED)


def test_spaces_after_a_colon_inside_a_sentence_are_still_found() -> None:
    assert_flags("The clerk said:  the file is closed.", DOUBLED, ["  "])


def test_spaces_on_a_line_that_ends_a_sentence_are_still_found() -> None:
    assert_flags("Contact: Jane Roe  at the office.", DOUBLED, ["  "])
