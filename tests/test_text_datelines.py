"""`mtqa.text.datelines`: what follows a release's dateline set in brackets, read by the
consistency and ridings families alike (made-up datelines)."""

from __future__ import annotations

import pytest

from mtqa.patterns import lazy
from mtqa.text.datelines import BRACKETED_DATELINE_TAIL, dateline_follows


@pytest.mark.parametrize("text", [
    "(Brandon) – Crews met.",
    "(Brandon) — Crews met.",
    "(Brandon) - Crews met.",
    "(Brandon)– Crews met.",
    "(Brandon)\u00a0– Crews met.",
    "(Brandon) Oct. 9, 2025 – Crews met.",
    "(Brandon) October 9, 2025 – Crews met.",
    "(Brandon) Sept. 9 – Crews met.",
    "(Brandon) Oct.\u00a09, 2025 – Crews met.",  # a no-break space inside the date
    "(Brandon)\u00a0\u00a0Oct 9 – Crews met.",
])
def test_a_dash_or_a_date_after_the_bracket_is_a_dateline(text: str) -> None:
    assert dateline_follows(text, text.index(")") + 1)


@pytest.mark.parametrize("text", [
    "(Brandon) said the crews met.",
    "(Brandon) October was wet.",  # a month but no day
    "(Brandon) 2025 – Crews met.",  # a year is no date here
    "(Brandon)\nOct. 9 – Crews met.",  # the dateline does not cross a line
    "(Brandon), Oct. 9 – Crews met.",
])
def test_other_words_after_the_bracket_are_not(text: str) -> None:
    assert not dateline_follows(text, text.index(")") + 1)


def test_the_form_composes_behind_a_pattern_of_the_place() -> None:
    """A rule may match the place's province before the bracket, then the shared form."""
    after_place = lazy(r"(?:, \p{Lu}[\p{L}.]{0,5})?\)" + BRACKETED_DATELINE_TAIL)
    text = "(BRANDON, Man.) Oct.\u00a09 – Crews met."
    assert after_place.match(text, text.index(",")) is not None
    assert after_place.match("(BRANDON) said", 8) is None
