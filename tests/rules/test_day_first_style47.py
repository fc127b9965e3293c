"""A story written in the British style writes its dates day first (stop 47's second round,
issue #11): ``numbers/day-month-order`` leaves alone a story whose own conventions are British, a
courtesy or council title without its stop (and never one with it) or a clock written ``5.00pm``.
Written from four clean pages added to unseen-51 (New Zealand, Scottish and Australian copy);
every example is made up, and each look-alike (the North American forms beside the same date)
is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "numbers/day-month-order"


def test_a_title_without_its_stop_marks_the_british_style() -> None:
    assert_clean("Ms Roy complained to the council on 11 April, citing a story of 29 March.", RULE)


def test_a_council_title_without_its_stop_marks_the_british_style() -> None:
    assert_clean("Cr Diaz was admitted to hospital on Saturday, 27 April. Crews worked on Sunday 2 June.", RULE)


def test_a_point_clock_marks_the_british_style() -> None:
    assert_clean("The library will close 4.30pm Thursday 14 November 2019 and reopen 9.00am Monday 2 December 2019.", RULE)


def test_a_title_with_its_stop_is_north_american_and_the_date_is_still_found() -> None:
    assert_flags("Ms. Roy complained to the council on 11 April.", RULE, ["11 April"])


def test_titles_with_and_without_stops_mixed_say_nothing_and_the_date_is_still_found() -> None:
    assert_flags("Mr Roy and Mr. Diaz met on 11 April.", RULE, ["11 April"])


def test_a_north_american_clock_says_nothing_and_the_date_is_still_found() -> None:
    assert_flags("The office will close at 5:00 p.m. on Friday 22 December.", RULE, ["22 December"])


def test_capitals_that_are_no_title_say_nothing() -> None:
    # "MS" and "CR" in capitals are a society's and a group's initials, not titles.
    assert_flags("The MS Society and the CR Group met on 11 April.", RULE, ["11 April"])


# Stop 48's second round (clean48): a clock with its meridiem tight and without points ("6:10pm",
# "4pm"), as New Zealand and Australian police and council releases write it, is the British style
# too; written from two New Zealand Police release pages added to unseen-58. Made-up examples.


def test_a_colon_clock_with_a_tight_meridiem_marks_the_british_style() -> None:
    assert_clean("Firefighters were called to the hall at 11:40pm on 2 February; it reopened on 9 February.", RULE)


def test_an_hour_with_a_tight_meridiem_marks_the_british_style() -> None:
    assert_clean("The market runs until 3pm on Saturday 6 July, at the showgrounds.", RULE)


def test_a_clock_with_its_points_or_a_space_says_nothing_and_the_date_is_still_found() -> None:
    assert_flags("The market runs until 3 pm on Saturday 6 July, and until 4 p.m. on 7 July.", RULE,
                 ["6 July", "7 July"])


def test_an_amount_or_a_word_ending_in_pm_says_nothing() -> None:
    # "$4pm" and "RPM" are no clock; "12:05pm" inside a longer number ("1:12:05pm") is a timecode.
    assert_flags("The rate rose to $4pm, the gauge read 3000 RPM and the clip ran 1:12:05pm on 6 July.", RULE,
                 ["6 July"])


def test_the_tight_clock_pattern_finds_what_its_look_behind_first_form_found() -> None:
    """`_TIGHT_CLOCK` opens on the hour's digit (a speed-up: `regex` then starts only from a
    digit) and tries 10-12 after the hour alone, as the alternation did: its matches are those of
    the former form, on random strings of hours, minutes, meridiems, the characters its
    look-behind refuses (a digit of any script, ".", ":", ",", "$") and line breaks."""
    import random

    import regex

    from mtqa.text.day_first_style import _TIGHT_CLOCK

    former = regex.compile(r"(?<![\p{N}.:,$])(?:[1-9]|1[0-2])(?::[0-5]\d)?(?:am|pm)(?![\p{L}\p{N}])")
    pieces = ["1", "0", "2", "3", "9", "12", "10", "11", "13", ":", "30", ":5", "5", "am", "pm", "a", "m", "p", " ",
              ".", ",", "$", "x", "\n", "٣", "²"]
    rng = random.Random(50)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(60_000)]
    assert sum(1 for text in texts if former.search(text)) > 500  # the strings hold many clocks
    for text in texts:
        assert [m.span() for m in _TIGHT_CLOCK.finditer(text)] == [m.span() for m in former.finditer(text)], text
