"""names/reversed-name and names/honorific-given-name (mtqa/rules/names/order.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_a_name_in_its_minority_order() -> None:
    text = "Justin Trudeau spoke. Justin Trudeau left, and Trudeau Justin returned."
    got = assert_flags(text, "names/reversed-name", ["Trudeau Justin"])
    assert [f.suggestions for f in got] == [("Justin Trudeau",)]
    assert_clean("The Maple Leafs won in Toronto; Toronto Maple Leafs fans cheered.", "names/reversed-name")


def test_an_honorific_before_a_given_name() -> None:
    got = assert_flags("Justin Trudeau spoke. Mr. Justin said more.", "names/honorific-given-name", ["Mr. Justin"])
    assert [f.suggestions for f in got] == [("Mr. Trudeau",)]
    assert_clean("Adam James spoke. Mr. James, his father, agreed.", "names/honorific-given-name")
