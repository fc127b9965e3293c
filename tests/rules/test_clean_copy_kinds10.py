"""Kinds of clean copy the rules flagged in issue #11's tenth batch (clean copy only), mended as
kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_long_vowels_colon_inside_a_name() -> None:
    names = "The council of Kahnawà:ke met; Akwesá:sne-bound traffic and Tsi Tkarón:to waited."
    assert_clean(names, ["typography/missing-space", "nonwords/unknown-word"])
    assert_clean("Kanien’kehá:ka elders and Kahnawa’kehró:non youth met in Kahnawą:ke.", ["typography/missing-space"])
    # a colon glued to an English word after an accented vowel, or after a plain one, still lost its space
    assert _texts("The chef met the mayor at the café:it was full by noon.", "typography/missing-space") == [":"]
    assert _texts("The chef met the mayor on Monday:the café was full.", "typography/missing-space") == [":"]
    assert _texts("Traffic to the town ke slowed, and the lane closed.", "nonwords/unknown-word") == ["ke"]


def test_spaces_after_a_list_marker_indent_the_item() -> None:
    rule = "typography/doubled-space"
    assert_clean("The closures:\n•    Both lanes shut at 10 p.m.\n-    Buses detour.\n2.   Trucks wait.", [rule])
    # between words of the item, or after a dash inside a line, the gap is still doubled
    assert _texts("The closures:\n-  Buses  detour.", rule) == ["  "]
    assert _texts("Both lanes shut - at  10 p.m.", rule) == ["  "]


def test_a_spaced_ellipsis_is_no_space_before_a_period() -> None:
    rule = "typography/space-before-punctuation"
    assert_clean("Hitmen win again . . . Rockets sign a goalie . . . Blades lose", [rule])
    assert _texts("Hitmen win again . Rockets sign a goalie.", rule) == [" "]


def test_a_teaser_cut_short_inside_its_bracket_or_quotation() -> None:
    bracket = "typography/unmatched-bracket"
    assert_clean("Rink reopens\nThe town's rink reopens (its roof was rebuilt over the summer and […]\nPool closes",
                 [bracket])
    assert_clean("Rink reopens\nThe town's rink reopens (its roof was rebuilt and the […] Read more\nPool closes",
                 [bracket])
    assert _texts("Rink reopens\nThe town's rink reopens (its roof was rebuilt [sic] over the summer.\nPool closes",
                  bracket) == ["("]
    quote = "quotes/unclosed"
    assert_clean("Grants awarded\nThe fund backs “growers who keep their soil covered through the winter and […] "
                 "Read more\nFair opens", [quote])
    assert _texts("Grants awarded\nThe fund backs “growers who keep their soil covered, its chair said.\nFair opens",
                  quote) == ["“"]


def test_a_title_case_headline_with_a_lowercase_verb() -> None:
    headline = "Council vs Them is Not What Our Town Needs\n\nThe council asked them to wait; our town needs a plan."
    assert_clean(headline, ["grammar/capital-mid-sentence", "typography/capitalised-common-word"])
    # the same capital in a sentence of the story still fires
    prose = "The council said it was council vs Them in the end.\n\nThe council asked them to wait."
    assert _texts(prose, "grammar/capital-mid-sentence") == ["Them"]
    assert _texts(prose, "typography/capitalised-common-word") == ["Them"]


def test_two_list_lines_that_differ_in_their_dates_are_two_items() -> None:
    rule = "repetition/repeated-headline"
    reprints = ("Rodeo days\nReprinted from the July 1951 issue of Range Life\nA rider recalls his first rodeo.\n"
                "Reprinted from the April 1952 issue of Range Life")
    assert_clean(reprints, [rule])
    # the same line again, or a copy that only adds a glued time stamp, is still one headline twice
    again = reprints.replace("April 1952", "July 1951") + " again"
    assert _texts(again, rule) == ["Reprinted from the July 1951 issue of Range Life again"]
    stamped = "1700000000 Bill 12 debate moves to the top court\n\nBill 12: debate moves to the top court"
    assert _texts(stamped, rule) == ["1700000000 Bill 12 debate moves to the top court"]


def test_a_releases_dateline_in_brackets() -> None:
    rule = "consistency/acronym-case"
    assert_clean("(HALIFAX) June 3, 2024 – Crews met in Halifax on Monday.\n\n(YARMOUTH, N.S.) – Crews left Yarmouth.",
                 [rule])
    # the same capitals inside a sentence are still the story's second spelling
    assert _texts("Crews met on (HALIFAX) June 3 in the rain.\n\nIn Halifax they stayed.", rule) == ["Halifax"]


def test_how_much_a_plural_subject_earns() -> None:
    rule = "grammar/much-with-plural"
    assert_clean("The report shows how much mayors earn and how much councillors spend.", [rule])
    assert _texts("The report asked how much people came to the rally.", rule) == ["much people"]
    assert _texts("The plan was criticised by much countries in Europe.", rule) == ["much countries"]
