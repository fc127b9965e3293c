"""Boilerplate rules of `boilerplate.furniture_lines` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_furniture_lines_of_every_kind() -> None:
    text = ("Listen to the audio version\n\n"
            "Updated 3 hours ago\n\n"
            "Troops left Trenton for Latvia on Monday, the minister said.\n"
            "Read also: Ottawa sends more troops to Latvia\n\n"
            "The deployment is the largest since 2017.\n\n"
            "Sign up for our free daily newsletter\n\n"
            "Share Button\nPrevious Article\nNext Article")
    got = [f.text for f in findings(text, "boilerplate/furniture-line")]
    assert got == ["Listen to the audio version", "Updated 3 hours ago", "Read also: Ottawa sends more troops to Latvia",
                   "Sign up for our free daily newsletter", "Share Button", "Previous Article", "Next Article"]


def test_widget_labels_list_headings_page_forms_and_clock_stamps_by_their_form() -> None:
    lines = ["Join our WhatsApp channel", "Download the app for free", "Report a typo", "Copy link",
             "Feb. 3, 2024 10:01 a.m.", "5:45 p.m. ET", "03/02/2024 10:01", "Most read", "Latest news",
             "On the same subject", "Editor's picks", "Most popular", "Leave a Reply Cancel reply",
             "Required fields are marked *", "Source link", "Reading time: 3 minutes", "Post Views: 1,204",
             "In pictures"]
    text = "Troops left Trenton for Latvia on Monday, the minister said.\n\n" + "\n\n".join(lines)
    assert [f.text for f in findings(text, "boilerplate/furniture-line")] == lines


def test_headlines_captions_and_credits_are_not_furniture_lines() -> None:
    text = ("Ottawa to share vaccine data with provinces\n\n"
            "Premier François Legault in Quebec City on Tuesday. (THE CANADIAN PRESS/Jacques Boissinot)\n\n"
            "Photo: Andrew Meade\n\n"
            "Friday, November 22, 2024\n\n"
            "Sources say the deal is close, and subscribers will pay more.\n\n"
            "Next year’s budget will print more money, critics say\n\n"
            "WATCH | The premier's full comments on the bill:")
    assert_clean(text, "boilerplate/furniture-line")


def test_player_notices_ad_slots_and_translation_credits_are_furniture() -> None:
    rule = "boilerplate/furniture-line"
    for line in ("Open in full screen mode", "Your browser does not support the audio element.", "Publicity",
                 "Continued after advertising", "The text continues below the image.", "To see also: Legault defends his plan",
                 "The post Troops leave appeared first on Example News.", "Translated from French by Example Translate"):
        assert_flags(f"Troops left on Monday.\n\n{line}\n\nThe minister spoke.", rule, [line])
    assert_clean("Troops left on Monday.\n\nFollow the money\n\nPublicity stunts, she said, are not policy.", rule)
    assert_clean("Translated from French, the letter was read aloud by the minister on Monday.", rule)
