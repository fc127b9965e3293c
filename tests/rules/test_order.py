"""names/reversed-name and names/honorific-given-name (mtqa/rules/names/order.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_a_name_in_its_minority_order() -> None:
    text = "Justin Trudeau spoke. Justin Trudeau left, and Trudeau Justin returned."
    got = assert_flags(text, "names/reversed-name", ["Trudeau Justin"])
    assert [f.suggestions for f in got] == [("Justin Trudeau",)]
    assert_clean("The Maple Leafs won in Toronto; Toronto Maple Leafs fans cheered.", "names/reversed-name")


def test_an_honorific_before_a_given_name() -> None:
    got = assert_flags("Justin Trudeau spoke. Mr. Justin said more.", "names/honorific-given-name", ["Mr. Justin"])
    assert [f.suggestions for f in got] == [("Mr. Trudeau",)]
    assert_clean("Adam James spoke. Mr. James, his father, agreed.", "names/honorific-given-name")


def test_a_paragraph_without_an_honorific_word_holds_no_honorific_match() -> None:
    # honorific-given-name searches only paragraphs where one of its honorifics stands
    import random

    from mtqa.rules.names import order

    pieces = ["Mr.", "Mr", "Mrs", "Ms.", "Dr", "Mme", "Madam", "Mister", "MR.", "mr.", "Mx.", "Drs", "Justin", "Trudeau",
              "Élise", "said", " ", ".", "-", "’", "M. Roy", "Madame", "Doctor", "Mrs.Smith"]
    rng = random.Random(3)
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if order._HONORIFIC.search(text):
            assert any(h in text for h in order._HONORIFICS), text
    assert findings("Justin Trudeau spoke. Mr. Justin said so.", "names/honorific-given-name")
