"""`roles.credit_matches`: the photo credits of a text, searched line by line where a credit's key
is written, must be exactly `CREDIT.finditer`'s matches over the whole text (span and kind).

Made-up texts: credits of every form on lines of their own, inside body lines, on the last line
with and without a final line break, and a bare "… file photo" that ends a line but not the text
(which the whole text's `$` does not accept).
"""

from __future__ import annotations

import itertools

import pytest

from mtqa.roles import CREDIT, CreditMatch, credit_matches

_LINES = (
    "The council met on Monday. MAPLE PRESS/Jo Ana Lind — the mayor said the vote would wait.",
    "Crews cleared the road (Rae Tamsin/The Harbour Press) before noon on Friday.",
    "The Valley Courier photograph by Ilse Marrow",
    "Photo courtesy of the Fire Service",
    "The Harbour Gazette file photo",
    "(Lakeside Herald files)",
    "The split ran along Green/Labour lines in two wards.",
    "A photo by Dee Carrow won a regional award.",
    "Nothing here is a credit at all, only a plain sentence.",
    "",
    "url = \"https://example.org/news/2031/04/some-story\"",
)


def _whole_text(text: str) -> list[CreditMatch]:
    return [CreditMatch(*m.span(), bool(m.group("line") or m.group("bare"))) for m in CREDIT.finditer(text)]


@pytest.mark.parametrize("ending", ["", "\n", "\n\n", " \n"])
def test_same_matches_as_the_whole_text(ending: str) -> None:
    for lines in itertools.permutations(_LINES, 3):
        text = "\n".join(lines) + ending
        assert credit_matches(text) == _whole_text(text), text


def test_a_bare_credit_counts_only_at_the_end_of_the_text() -> None:
    last = "The vote was on Monday.\nThe Harbour Gazette file photo"
    assert [m.in_words for m in credit_matches(last)] == [True]
    assert credit_matches(last + "\n") == _whole_text(last + "\n") != []
    assert credit_matches(last + "\nThe vote was close.") == []  # not the text's end


def test_text_without_keys_has_none() -> None:
    assert credit_matches("Jo Lind spoke.\nRae Tamsin left.") == []


def test_a_pasted_word_of_capitals_is_read_once_not_from_each_capital() -> None:
    """Fuzz seed 4803 (stop 48): a line holding a slash and a word of 6,000 capitals took the
    credit search's 0.5 s timeout (each capital started a name read to the word's end), and every
    rule reading the lines' roles failed with "internal error: TimeoutError" on that document."""
    from mtqa import Checker
    from mtqa.roles import credits_in

    line = "They will end their time in " + "A" * 6000 + " before the vote / x"
    assert credits_in(line) == []
    assert credits_in("Jane Doe/The Canadian Press and " + "B" * 6000 + " photo by Kim Sato") != []
    report = Checker(select=["consistency/date-style", "quotes/mixed-style"]).check(line + "\n\nThe mayor spoke.")
    assert not [s for s in report.checks_skipped if "internal error" in s["reason"]]
