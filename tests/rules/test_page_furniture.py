"""Boilerplate rules of `boilerplate.page_furniture` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_furniture_variants() -> None:
    for line in ("Advertisement", "ADVERTISEMENT", "Share this article", "Read more", "Follow @jdoe",
                 "Updated Jan. 8, 2020 10:15 a.m. ET", "Sponsored content", "Sign up for our newsletter"):
        assert_flags(f"The talks ended.\n\n{line}\n\nThey resume Monday.", "boilerplate/page-furniture", [line])


def test_inline_furniture_between_sentences_only() -> None:
    assert_flags("The vote failed. Read more: The bill returns next week.", "boilerplate/inline-furniture",
                 ["Read more:"])
    assert_clean("Read more about the bill on the website.", "boilerplate/inline-furniture")


def test_metadata_labels_in_a_chinese_wire_story() -> None:
    text = "February 11, 2023, 13:07:20 [Source: Example Agency] [Editor in charge: Wu Lan] Font: [Large Medium Small]"
    (f,) = findings(text, "boilerplate/metadata-labels")
    assert f.text == text


def test_an_advertising_slot_inside_a_paragraph() -> None:
    assert_flags("Troops left on Monday. Continued after advertising More will follow.", "boilerplate/inline-furniture",
                 ["Continued after advertising"])
    assert_clean("Advertisement revenue fell. Publicity was poor.", "boilerplate/inline-furniture")


def test_furniture_words_hold_a_strong_word_in_the_casefolded_text() -> None:
    """`is_furniture` reads a paragraph's words only when a strong word stands in its casefolded
    text: on look-alikes, every text the word reading takes for furniture holds one."""
    import random

    from mtqa.rules.boilerplate import furniture

    strong = sorted(furniture._STRONG)
    pieces = [*strong, *(w.upper() for w in strong), *(w.capitalize() for w in strong), "ſhare", "bookmarK", "prİnt",
              "SHARE", "Share:", "share.", "sha", "re", "@share", "share@x.com", "jane@share.ca", "www.share.com/x",
              "https://x.com/share", "#share", "3", "2024", "May", "Oct.", "by", "our", "to", "the", "email", "e-mail",
              "us", "more", "read", "follow-us", "|", "•", "—", "(", ")", "»", ":", "on", "Facebook", "news", "ads"]
    rng = random.Random(7)
    read_as_furniture = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", " | ", "\u00a0", ": "]) for _ in range(rng.randint(1, 6)))
        if furniture._of_furniture_words(text):
            read_as_furniture += 1
            assert any(w in text.casefold() for w in strong), text
            assert furniture.is_furniture(text) == (len(text) <= 160)
    assert read_as_furniture > 200, "the look-alikes are never furniture: the test would prove nothing"
