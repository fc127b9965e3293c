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


def test_an_office_before_a_given_name() -> None:
    text = "Dana Whitlock spoke on Monday. The talks went well, said deputy trade minister Dana."
    got = assert_flags(text, "names/honorific-given-name", ["minister Dana"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "minister Whitlock"
    assert_flags("Premier Dana Whitlock spoke. Premier Dana later left.", "names/honorific-given-name", ["Premier Dana"])


def test_an_office_before_the_family_name_or_a_royal_title_is_quiet() -> None:
    text = "Premier Dana Whitlock spoke. Premier Whitlock later left, and King Charles and Pope Leo wrote."
    assert_clean(text, "names/honorific-given-name")


def test_a_body_named_after_a_person_gives_no_given_name() -> None:
    text = "The Whitlock Administration's aide met Mr. Whitlock, and President Whitlock agreed."
    assert_clean(text, "names/honorific-given-name")
