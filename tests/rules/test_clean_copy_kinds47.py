"""Clean-copy kinds quieted in stop 47 (issue #11), written from unseen-51 (ten clean excerpts of
tuning-half sites new to the corpus, measured once before any rule was written, then read in full),
unseen-43, unseen-47 and the pooled clean copy; judged on the eight judge batches, read as counts only.
Every example is made up; each quiet keeps a look-alike that is still found.

- ``quotes/single-for-double``: a deck or a headline (a line that ends without a stop) sets speech in
  single marks by the headline convention ("'…,' says city engineer" under its headline on a listing
  page); the same speech in a line of prose, which ends its sentence, is still found.
- ``grammar/capital-mid-sentence``: a listing page's deck without a stop, then the next story's
  headline on its paragraph's last line ("… says the arena manager\\nDown to the wire, …"), is two
  lines of furniture, not one sentence; the same line ending a sentence with its stop is still found.
- ``publications/missing-article``: a publication's name alone in square brackets is a round-up's
  source tag ("… [Toronto Star]"), as one in round brackets already was; the name in a sentence
  before a bracket is still found.
- ``repetition/repeated-headline``: two bulleted lines that differ are two items of one list (a
  charge list's offences, which share their words); the same item given twice, or a headline given
  again as a bullet, is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_speech_in_single_marks_in_a_deck_is_the_headline_convention() -> None:
    assert_clean("Bridge to close for a week\n\nBridge to close for a week\n\n"
                 "'We know the detour is long, and we are sorry for it,' says city engineer\n"
                 "Ferry fares rise in spring", "quotes/single-for-double")


def test_the_same_speech_in_a_line_of_prose_is_still_found() -> None:
    assert_flags("Bridge to close for a week\n\n"
                 "'We know the detour is long, and we are sorry for it,' says the city engineer.",
                 "quotes/single-for-double", ["'"])


def test_a_listings_next_headline_after_a_deck_is_no_capital_mid_sentence() -> None:
    assert_clean("Harbour rink to close for a month\n\n'The ice plant is done,' says the arena manager\n"
                 "Down to the wire, the Hawks win again", "grammar/capital-mid-sentence")


def test_a_wrapped_sentence_with_its_stop_is_still_found() -> None:
    assert_flags("Rink news\n\nThe ice plant is done, the arena manager says\nDown to the wire, the Hawks win again.",
                 "grammar/capital-mid-sentence", ["Down"])


def test_a_round_ups_source_tag_in_square_brackets_needs_no_article() -> None:
    assert_clean("POLITICS\nHARBOUR – Ferry fares to rise in the spring [Toronto Star]\n"
                 "UPTOWN – Rink plan goes back to council [Washington Post]", "publications/missing-article")


def test_the_name_in_a_sentence_before_a_bracket_is_still_found() -> None:
    assert_flags("Ferry fares will rise, officials told Toronto Star [Monday].", "publications/missing-article",
                 ["Toronto Star"])


def test_two_different_items_of_a_charge_list_are_no_headline_twice() -> None:
    assert_clean("A man was charged with:\n\n· Theft of a motor vehicle from a car dealer\n\n"
                 "· Theft of a licence plate from a car dealer\n\nHe will appear in court in May.",
                 "repetition/repeated-headline")


def test_the_same_item_given_twice_is_still_found() -> None:
    assert_flags("A man was charged with:\n\n· Theft of a motor vehicle from a car dealer\n\n"
                 "· Theft of a motor vehicle from a car dealer\n\nHe will appear in court in May.",
                 "repetition/repeated-headline", ["· Theft of a motor vehicle from a car dealer"])


def test_a_headline_given_again_as_a_bullet_is_still_found() -> None:
    assert_flags("Man charged with theft of a motor vehicle from a dealer\n\n"
                 "· Man charged with theft of a motor vehicle from a dealer\n\nHe will appear in court in May.",
                 "repetition/repeated-headline", ["· Man charged with theft of a motor vehicle from a dealer"])
