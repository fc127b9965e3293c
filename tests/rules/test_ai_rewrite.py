"""An AI rewriter's stock words: the document gate, quotations and the look-alikes."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags

RULE = "calques/ai-rewrite-puffery"


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_three_different_markers_in_the_story_flag_each() -> None:
    text = ("The premier offered his congratulations, underscoring the pivotal moment for the province.\n\n"
            "In conclusion, officials said the measures would start in May.")
    assert_flags(text, RULE, ["underscoring", "pivotal", "In conclusion"])


def test_two_markers_or_one_repeated_are_ordinary_english() -> None:
    assert_clean("The vote underscored divisions in the party. The result was pivotal for the leader.", RULE)
    assert_clean("The vote underscored divisions. The loss underscores the risk; underscoring it, "
                 "the leader resigned.", RULE)


def test_quotations_are_the_speakers_and_do_not_count() -> None:
    quoted = ("“Our role is pivotal, and this plan is groundbreaking,” she said. "
              "“It is a meticulous plan for a vibrant city.”")
    assert_clean(quoted, RULE)
    # outside the quotation, three markers of the story's own: the quoted one is still spared
    text = (quoted + "\n\nThe renowned minister, underscoring the plan, spoke of a vibrant "
            "city.")
    assert_flags(text, RULE, ["renowned", "underscoring", "vibrant"])


def test_marks_left_open_by_the_thousand_are_read_once() -> None:
    """Three markers, then a quarter of a million opening marks never closed: the quotations are
    found in one pass (the pattern read to the end again for every open mark, minutes in all),
    and the markers before the marks still count and are flagged."""
    from hang_guard import returns

    from mtqa.testing import checker

    for mark in ("“", "«"):
        text = "Underscoring the pivotal role, the renowned panel met. " + mark * 250_000
        report = returns(checker("calques/ai-rewrite-puffery").check, text)
        assert [f.text for f in report.findings] == ["Underscoring", "pivotal", "renowned"]


def test_blanked_quotations_are_those_the_pattern_finds() -> None:
    """The one-pass reading of quotations blanks what ``“[^”]*”|"[^"]*"|«[^»]*»`` matches (and its
    variants: straight quotes within a line; a quotation left open running to the end)."""
    import itertools

    import regex

    from mtqa.text.quotation import blank_quotations

    across, within = regex.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»"), regex.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
    to_end = regex.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?")
    for chars in itertools.product('a“”"«»\n', repeat=6):
        text = "".join(chars)
        assert blank_quotations(text) == across.sub(lambda m: " " * len(m.group()), text), text
        assert blank_quotations(text, straight_within_line=True) == within.sub(lambda m: " " * len(m.group()), text), text
        assert blank_quotations(text, open_to_end=True) == to_end.sub(lambda m: " " * len(m.group()), text), text
