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


# Furniture known by its shape (boilerplate.furniture_forms): made-up lines, one of each form.
FURNITURE_BY_FORM = [
    "0 1,204", "(3,512 posts)", "More from the region View all>", "Read more here: https://example.com/a-story",
    "Forums»Politics»Canada»Troops leave for...", "Jane Doe Image", "KXYZ logo", "EMBED <>More Videos",
    "How to pack for a long trip - June 3, 2021", "Powered by ExamplePress",
    "What do you think? Have your say in the comments below", "Follow our Defence Blog",
    "Subscribe to Example County News feed", "Jump directly to the content", "Join today and unlock this story for free",
    "This is a developing story.", "To watch the full interview, go to: Minister on the mission",
    "Sat Oct 4, 2025, 05:27 AM", "Mar 3, 2025 @ 2:05pm", "| 21.5°C Ottawa", "-4°", "EXAMPLE NEWSLETTER",
    "Example Daily Bulletin -", "==============================", "Download the Example News app, stay informed",
    "example.com", "Log in | Become a member", "Jane DoeJane Doe", "Jane Doe By Jane Doe example.com",
]
# Copy with the same words or a near shape: none of it is furniture.
COPY_BY_FORM = [
    "3", "The vote was 3-2.", "For more information, visit www.example.gc.ca.", "Homeowners > renters > landlords, the poll found.",
    "Podcast #4 - Roads, Roads, Roads", "File image", "Handout image", "Budget vote — March 3, 2025",
    "By Jane Doe | June 30, 2025", "Powered by wind, the turbines spin all night.", "“Click here,” the e-mail said.",
    "Follow the Leafs all season, the coach urged.", "The developing story of the town is told in three parts.",
    "Readers may comment below the story, the editor said.", "* * *", "Temperatures hit 30° on Monday.",
    "Amazon.com", "Bora Bora", "New York New York", "Stand By Me", "Sign in to vote | Polls",
    "Download the app, the minister told MPs.", "the transition is under way, he said. »", "Global News", "By Jane Doe Global News", "Good News for Farmers",
]


def test_furniture_lines_known_by_their_form() -> None:
    text = "Troops left Trenton for Latvia on Monday, the minister said.\n\n" + "\n\n".join(FURNITURE_BY_FORM)
    assert [f.text for f in findings(text, "boilerplate/furniture-line")] == FURNITURE_BY_FORM


def test_copy_with_a_furniture_shape_is_quiet() -> None:
    text = "Troops left Trenton for Latvia on Monday, the minister said.\n\n" + "\n\n".join(COPY_BY_FORM)
    assert_clean(text, "boilerplate/furniture-line")


def test_the_outlets_name_is_furniture_only_at_the_top_of_the_page() -> None:
    top = "The Example Times\n\nTroops leave for Latvia\n\nTroops left Trenton on Monday, the minister said."
    assert [f.text for f in findings(top, "boilerplate/furniture-line")] == ["The Example Times"]
    credit = "Troops leave for Latvia\n\nThe Example Times\n\nTroops left Trenton on Monday, the minister said."
    assert_clean(credit, "boilerplate/furniture-line")
    far = "\n\n".join(["Troops left Trenton on Monday, the minister said."] * 5 + ["Example Valley News"])
    assert_clean(far, "boilerplate/furniture-line")


def test_a_links_label_at_the_end_of_a_cut_line_is_flagged_alone() -> None:
    text = "The bank will weigh a rate rise, minutes of its meeting show, and adjust its monetary policy [FULL STORY]"
    assert [f.text for f in findings(text, "boilerplate/furniture-line")] == ["[FULL STORY]"]
    assert_clean("The alliance [NATO] met on Monday.\n\nHe said [sic] it was over.", "boilerplate/furniture-line")


def test_the_whole_line_patterns_are_tried_only_where_their_first_or_last_character_can_stand() -> None:
    """`classify_line` tries the hash, weather and section-date patterns only when the line's
    first (or last) character can begin (or end) a match, and the copyright notice only when
    "rights" stands in the casefolded line or it holds İ: on look-alikes, every match has
    what the test asks for."""
    import random

    from mtqa.rules.boilerplate import furniture

    pieces = ["3f2a9c", "0" * 32, "a" * 40, "A1" * 20, "-4°", "−4", "17.2 C", "25.4°C", "٣°", "21.5°C Ottawa", "C", "F",
              "WorldMar 3, 2025", "Mar", "3, 2025", "٢٠٢٥", "2024", "All rights reserved", "ALL RIGHTS RESERVED",
              "all rİghts reserved", "all rıghts reserved", "all righſ reserved", "all rightſ reſerved", "Rights",
              "Ottawa", "|", "•", "x", "°", ".", " "]
    rng = random.Random(11)
    seen = dict.fromkeys(("hash", "weather", "date", "copyright"), 0)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 4))).strip()
        if not line:
            continue
        first, last = line[0], line[-1]
        if furniture._HASH.fullmatch(line):
            seen["hash"] += 1
            assert first in furniture._HEX_DIGITS, line
        if furniture._WEATHER.fullmatch(line):
            seen["weather"] += 1
            assert first in "-−" or not first.isascii() or first.isdigit(), line
        if furniture._SECTION_DATE.fullmatch(line):
            seen["date"] += 1
            assert not last.isascii() or last.isdigit(), line
        if furniture._COPYRIGHT.search(line):
            seen["copyright"] += 1
            assert "rights" in line.casefold() or "İ" in line, line
    assert min(seen.values()) > 20, seen  # each pattern matched: the test proves something


def test_every_character_that_folds_to_a_letter_of_rights_casefolds_to_it_or_is_the_dotted_capital_i() -> None:
    import sys

    import regex

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "rights":
        found = regex.findall(letter, every, regex.IGNORECASE)
        assert letter.upper() in found
        for c in found:
            assert c.casefold() == letter or c == "İ", (letter, hex(ord(c)))


def test_whole_line_kinds_at_the_edges_of_their_first_and_last_characters() -> None:
    from mtqa.rules.boilerplate.furniture import classify_line

    assert classify_line("3f2a9c" + "0" * 30) == "file hash"
    assert classify_line("٣°") == classify_line("−4°") == classify_line("17.2 C") == "weather widget"
    assert classify_line("WorldMar 3, ٢٠٢٥") == classify_line("WorldMar 3, 2025") == "section label and date of a news list"
    for notice in ("© 2024 Example Media. All rights reserved.", "ALL RIGHTS RESERVED", "All rİghts reserved",
                   "All rightſ reſerved"):
        assert classify_line(notice) == "copyright notice", notice
    assert classify_line("All rıghts reserved") is None  # `regex` does not take the dotless ı for i
    assert classify_line("The rights of the reserve were all reserved for the band, she said.") is None
