"""House rules beyond the one-line examples: credit lines, body text, and the styles that select them."""

from __future__ import annotations

from mtqa import Checker
from mtqa.testing import assert_clean, assert_flags


def test_credit_form_judges_caption_and_credit_lines() -> None:
    assert_flags("Photo courtesy of the RCMP\n\nThe rally drew 500 people.", "house/credit-form",
                 ["Photo courtesy of the RCMP"])
    assert_clean("THE CANADIAN PRESS/HO-RCMP\n\nThe rally drew 500 people.", "house/credit-form")
    # a credit glued inside a sentence is another rule's business
    assert_clean("The minister spoke (Jane Doe/The Daily Star) and then the committee voted on it.",
                 "house/credit-form")


def test_credit_form_runs_only_where_a_style_selects_it() -> None:
    text = "The premier speaks in Regina on Monday. The Daily Planet photograph by Jane Doe"
    assert "house/credit-form" not in [r.id for r in Checker().rules]
    assert "house/credit-form" not in [r.id for r in Checker(style="hill-times").rules]
    assert [f.rule_id for f in Checker(style="cp").check(text).findings] == ["house/credit-form"]
