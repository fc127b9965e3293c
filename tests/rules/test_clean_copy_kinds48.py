"""Clean-copy kinds quieted in stop 48 (issue #11), written from unseen-58 (ten clean excerpts of
tuning-half sites new to the corpus, measured once before any rule was written, then read in full),
unseen-51 and the pooled clean copy; judged on the nine judge batches, read as counts only. Every
example is made up; each quiet keeps a look-alike that is still found.

- ``repetition/doubled-phrase``: a singular noun, "to" and the noun again ("door to door") is one
  idiom; followed by an infinitive's "to" it reads as "door to" twice. A verb's phrase doubled
  ("voted to voted to") and a longer phrase doubled are still found.
- ``grammar/object-after-adverbial``: a date after a clock time and a weekday ("stops at 5.00pm
  Friday 22 December 2017", a day-first notice) is when, not the verb's object; a real object after
  a dated adverbial ("set on 22 December the budget") is still found.
- ``consistency/date-style`` is a house-style check since stop 48: off by default, on in the ``cp``
  and ``hill-times`` styles and when selected by id.
"""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags


def test_door_to_door_before_an_infinitive_is_no_doubled_phrase() -> None:
    assert_clean("Volunteers went door to door to collect signatures for the petition.\n\n"
                 "Crews worked day to day to keep the highway open, from coast to coast to coast.",
                 "repetition/doubled-phrase")


def test_a_verbs_phrase_doubled_is_still_found() -> None:
    assert_flags("The council voted to voted to approve the plan.", "repetition/doubled-phrase", [" voted to"])


def test_a_longer_phrase_with_a_noun_doubled_is_still_found() -> None:
    assert_flags("Officers went to the door to the door to speak with him.", "repetition/doubled-phrase",
                 [" to the door"])


def test_a_date_after_a_clock_time_and_a_weekday_is_no_object() -> None:
    assert_clean("Permit registration closes at 4.30pm Thursday 14 March 2019 and reopens at 9.00am "
                 "Monday 1 April 2019.", "grammar/object-after-adverbial")


def test_an_object_after_a_dated_adverbial_is_still_found() -> None:
    assert_flags("The council set on 22 December the budget for the coming year.",
                 "grammar/object-after-adverbial", ["set on 22 December the budget"])


MIXED_MONTHS = "Talks began on Jan. 7 and resumed on February 9, then ended on Nov. 3."


def test_date_style_is_off_by_default_and_on_in_the_house_styles() -> None:
    def ids(style: str | None) -> list[str]:
        return [f.text for f in Checker(style=style).check(MIXED_MONTHS).findings
                if f.rule_id == "consistency/date-style"]

    assert ids(None) == []
    assert ids("cp") == ["February 9"]
    assert ids("hill-times") != []
    assert [f.text for f in Checker(select=["consistency/date-style"]).check(MIXED_MONTHS).findings] == ["February 9"]
