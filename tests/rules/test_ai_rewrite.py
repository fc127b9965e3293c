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
