"""Typography rules of `typography.punctuation` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_seed_stray_periods_found(seed_text) -> None:
    got = findings(seed_text, "typography/stray-period")
    contexts = [seed_text[f.span.start - 10 : f.span.end + 10] for f in got]
    assert len(got) == 2, contexts
    assert all(seed_text[f.span.end + 1].islower() for f in got)


def test_stray_period_skips_abbreviations_and_initials() -> None:
    assert_clean("Gen. Wayne Eyre met Lt.-Gen. Frances Allen and Maj.-Gen. Dany Fortin.", "typography/stray-period")
    assert_clean("The cheque, approx. two weeks late, came from J. R. Smith Inc. after all.", "typography/stray-period")
    assert_clean("Write to press@example.ca or visit example.com for details.", "typography/stray-period")


def test_stray_period_fix_is_unsafe_and_removes_only_the_period() -> None:
    (f,) = findings("It was the end of the mission. to train the army.", "typography/stray-period")
    assert not f.fix_safe
    assert f.text == "." and f.suggestions == ("",)


def test_four_periods_and_spaced_ellipsis_are_not_doubled() -> None:
    assert_clean("He trailed off.... Then he spoke. She said . . . nothing.", "typography/doubled-period")


def test_unmatched_brackets_per_paragraph() -> None:
    text = "MP Jane Doe (Ottawa Centre, Ont.\n\nsaid the bill) would pass."
    got = findings(text, "typography/unmatched-bracket")
    assert [f.text for f in got] == ["(", ")"]
    assert got[0].span.line == 1 and got[1].span.line == 3


def test_nested_and_crossed_brackets() -> None:
    assert_clean("The plan (a draft [since revised] by cabinet) passed.", "typography/unmatched-bracket")
    assert_flags("The plan (a draft [since revised) passed.", "typography/unmatched-bracket", ["["])


def test_list_marker_closer_inside_parenthesis_counts() -> None:
    assert_clean("On Friday (February 10) the vote was held; options were 1) wait or 2) act.",
                 "typography/unmatched-bracket")


def test_debris_and_bracketed_ellipsis() -> None:
    assert_flags("Photo © -/ / Agency; topics_Meng", "typography/debris", ["-/ /", "_"])
    assert_clean("Photo: Jane Roe / Agency; file_name; 3 - 2", "typography/debris")
    assert_flags("“We will (…) act,” she said (...) again.", "typography/bracketed-ellipsis", ["(…)", "(...)"])


def test_period_inside_a_name_needs_the_whole_name_elsewhere() -> None:
    rule = "typography/period-inside-name"
    text = "Critics included Luc Fortin, the former minister. Later, Luc. Fortin spoke again."
    got = assert_flags(text, rule, ["."])
    assert got[0].span.start == text.index("Luc. ") + 3
    assert_clean("Critics included Luc. Fortin spoke again.", rule)
