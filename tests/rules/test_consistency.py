"""Consistency beyond the one-line examples: whole stories, locales, fixes, clean copy."""

from __future__ import annotations

from pathlib import Path

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_a80f4c312e8b183b.txt"


def test_seed_honorifics_and_dates() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = findings(text, "consistency")
    hon = [f.text for f in got if f.rule_id == "consistency/honorific-periods"]
    assert hon and set(hon) == {"Mr"}  # "Mr Kilford", "Mr Trudeau" beside "Mr. Ruff"
    # consistency/date-style is a house-style check since stop 48: off in the family's default
    # selection, found when it is selected by id or by the cp style
    assert not any(f.rule_id == "consistency/date-style" for f in got)
    dates = [f.text for f in findings(text, "consistency/date-style")]
    assert "January 7" in dates and not any(d.startswith("Jan.") for d in dates)
    assert "January 7" in [f.text for f in Checker(style="cp").check(text).findings
                           if f.rule_id == "consistency/date-style"]
    assert [f.text for f in got if f.rule_id == "consistency/number-abbreviation"] == ["number 1"]


def test_honorifics_across_paragraphs_and_house_style() -> None:
    text = "Mr Brown spoke.\n\nMr Green agreed.\n\nMr. White left."
    # en-CA house style (CP) keeps the periods even though the story mostly omits them
    assert_flags(text, "consistency/honorific-periods", ["Mr", "Mr"], locale="en-CA")
    # without a house style the majority wins
    assert_flags(text, "consistency/honorific-periods", ["Mr."], locale="en-GB")
    fixed = Checker(select=["consistency"], locale="en-GB", strict=True).check(text).fixed_text()
    assert fixed == "Mr Brown spoke.\n\nMr Green agreed.\n\nMr White left."


def test_dates_majority_without_house_style() -> None:
    text = "Talks began on January 4, resumed January 9 and ended Jan. 12."
    assert_flags(text, "consistency/date-style", ["Jan. 12"], locale="en-GB")
    assert_flags(text, "consistency/date-style", ["January 4", "January 9"], locale="en-CA")


def test_consistent_stories_are_quiet() -> None:
    assert_clean("Talks began on January 4 and ended January 12. Mr Brown left.", "consistency", locale="en-GB")
    assert_clean("Talks began on Jan. 4 and ended Jan. 12, or in March. Mr. Brown left.", "consistency")


def test_dash_style_across_paragraphs() -> None:
    text = "The plan — late again — failed.\n\nThe vote – a formality – passed.\n\nIt was over — for now."
    got = assert_flags(text, "consistency/dash-style", [" – ", " – "])
    fixed = Checker(select=["consistency/dash-style"], strict=True).check(text).fixed_text()
    assert fixed == "The plan — late again — failed.\n\nThe vote — a formality — passed.\n\nIt was over — for now."
    assert got[0].fix_safe


def test_dash_style_ignores_riding_parentheticals_and_ranges() -> None:
    text = "NDP MP Jane Doe (Timmins – James Bay, Ont.) said it — again. Pages 4–9 cover 2018–2019."
    assert_clean(text, "consistency/dash-style")


def test_number_abbreviation_look_alikes() -> None:
    assert_clean("The number 7 bus left. A number 10 cans. His number is 555. The number 3 and 4 were drawn.",
                 "consistency/number-abbreviation")
    assert_clean("It is our number 1 priority.", "consistency/number-abbreviation", locale="en-GB")


def test_clean_canadian_story_is_quiet() -> None:
    text = ("OTTAWA — Defence Minister Anita Anand said Tuesday the No. 1 priority is recruiting.\n\n"
            "Mr. Smith and Dr. Tam spoke on Jan. 7 and again on March 3 — before the Sept. 30 deadline.\n\n"
            "Mrs. Lee, who chairs the committee, said the Oct. 14 report would follow.")
    assert_clean(text, "consistency")


def test_page_template_dates_and_dashes_are_not_the_story_s_style() -> None:
    """Time stamps, page date lines, datelines and numbered subheads follow the page's template (mtqa.roles)."""
    from mtqa.testing import assert_clean

    for text in ("Posted October 14, 2023 9:05 am\n\nThe fire was on Sept. 9, crews said.",
                 "Tuesday, March 4, 2025 | Today's Paper\n\nShe was elected on Feb. 2.",
                 "Updated Sept. 3, 2024\n\nThe vote was held on January 7, and the count ended on February 9."):
        assert_clean(text, "consistency/date-style")
    for text in ("BRANDON — The house met – briefly – on Monday.",
                 "Housing\n\n2 – Build more homes\n\nThe plan — approved in May — is late."):
        assert_clean(text, "consistency/dash-style")


def test_possessive_dropped_from_a_place_name_the_story_writes_with_it() -> None:
    rule = "consistency/possessive-dropped"
    text = ("Evacuation order for Hudson’s Hope\n\nResidents of Hudson Hope left. "
            "The Hudson Hope County office closed, and Hudson Hopes rose.")
    assert_flags(text, rule, ["Hudson Hope", "Hudson Hope"])
    # A person's possessive and a group in the plural are idiom, not a name written two ways.
    assert_clean("Justin Trudeau’s Liberals won.\n\nThe Trudeau Liberals lost. Ford’s Conservatives met the Ford Conservatives.",
                 rule)


def test_generic_head_capitalised_against_parallel_lowercase_names() -> None:
    rule = "consistency/generic-head-case"
    text = ("Four fires burn: the Cedar Bluff Trail and Otter Pond wildfires in the north; "
            "the Gray Ridge Wildfire in the west.\n\nThe Cedar Bluff Trail wildfire has grown.")
    assert_flags(text, rule, ["Wildfire"])
    # One lowercase use is a house choice; formal names that go on ("of Canada") are names.
    assert_clean("He was interim Ontario Liberal party leader; the New Blue Party ran.", rule)
    assert_clean("The Otter Pond wildfire and Cedar Bluff wildfire grew; the BC Wildfire Service of Canada spoke.",
                 rule)


def test_name_order_reports_both_orders_of_one_institution() -> None:
    rule = "consistency/name-order"
    text = ("Researchers at the University of Laval led it.\n\nThe Laval University team and McGill University "
            "agreed; a Laval University press release followed.")
    assert_flags(text, rule, ["University of Laval", "Laval University", "Laval University"])
    assert_clean("The University of Toronto and Toronto Metropolitan University met; so did York University.", rule)


def test_a_dateline_place_in_capitals_is_no_acronym_but_the_same_place_in_running_text_is() -> None:
    rule = "consistency/acronym-case"
    assert_clean("NANAIMO, B.C.\nThe premier walks to a meeting in Nanaimo, B.C.\n\n"
                 "NANAIMO, B.C. — The retreat opened in Nanaimo on Wednesday.", rule)
    assert_flags("Talks in NANAIMO, B.C., stalled on Monday.\n\nIn Nanaimo, they resumed.", rule, ["Nanaimo"])


def test_a_bracketed_dateline_with_a_no_break_space_in_its_date_is_no_acronym() -> None:
    """The dateline's form is shared with ridings (mtqa.text.datelines), which reads a no-break
    space between the month and the day as a space: so does acronym-case."""
    rule = "consistency/acronym-case"
    assert_clean("(BRANDON) Oct.\u00a09, 2025 – Crews met in Brandon on Monday.", rule)
    assert_flags("Crews met on (BRANDON) Tuesday in the rain.\n\nIn Brandon they stayed.", rule, ["Brandon"])


def test_clock_style_flags_times_written_against_the_storys_majority() -> None:
    text = ("The polls open at 8:30 a.m. and close at 8 p.m.\n\n"
            "Results are expected by 11:45pm, and the count resumes at 9 A.M. on Tuesday.")
    got = assert_flags(text, "consistency/clock-style", ["11:45pm", "9 A.M."])
    assert [f.fix.edits[0].replacement for f in got] == ["11:45 p.m.", "9 a.m."]


def test_clock_style_stays_quiet_without_a_clear_majority() -> None:
    assert_clean("The polls open at 8:30 am and close at 8 p.m.", "consistency/clock-style")
    assert_clean("The polls open at 8:30am, close at 8pm and reopen at 9am.", "consistency/clock-style")
