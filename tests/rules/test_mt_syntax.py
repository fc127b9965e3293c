from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_inverted_attribution_after_a_quote_is_flagged_not_a_conditional_or_question() -> None:
    got = assert_flags("“Enough,” has she added. “No,” had it launched.", "calques/inverted-attribution",
                       ["has she added", "had it launched"])
    assert [f.suggestions for f in got] == [("she added",), ("he said",)]
    assert_clean("It would have passed, had they voted. “Why has he said nothing?” she asked.",
                 "calques/inverted-attribution")


def test_present_perfect_with_a_date_is_flagged_not_with_since_or_a_future_date() -> None:
    assert_flags("The mayor has confirmed on Monday that the road is closed.", "grammar/perfect-with-past-time",
                 ["has confirmed"])
    assert_flags("On Tuesday, the union has rejected the offer.", "grammar/perfect-with-past-time", ["has rejected"])
    assert_clean("The mayor has confirmed the closure, which starts next Monday. She has met them every Friday.",
                 "grammar/perfect-with-past-time")


def test_day_between_commas_is_flagged_but_not_a_list_of_days() -> None:
    assert_flags("The premier said, Friday, that talks would resume.", "grammar/day-between-commas", [", Friday,"])
    assert_clean("Polls open Monday, Tuesday and Friday. Courts sit Monday, Wednesday, and Friday, usually.",
                 "grammar/day-between-commas")


def test_time_spent_to_do_is_flagged_but_money_spent_to_build_is_not() -> None:
    got = assert_flags("They spent three days to write it.", "grammar/spent-time-to", ["spent three days to write"])
    assert got[0].suggestions == ("spent three days writing",)
    assert_clean("The city spent $3 million to build it and spent three days writing the plan.", "grammar/spent-time-to")


def test_institution_reflexive_is_itself_but_a_person_keeps_hers() -> None:
    assert_flags("The party found herself alone.", "grammar/gendered-reflexive-for-institution", ["herself"])
    assert_clean("The party leader found herself alone; the NDP defended itself.", "grammar/gendered-reflexive-for-institution")
