"""Boilerplate rules of `boilerplate.furniture_lines` beyond their one-line examples."""

from __future__ import annotations

import regex

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


def test_a_section_s_name_above_the_headline_is_furniture_and_a_sub_heading_or_a_dateline_copy() -> None:
    rule = "boilerplate/furniture-line"
    assert_flags("Crime\nPolice charge three officers with obstruction\n\nTroops left on Monday.", rule, ["Crime"])
    assert_flags("21.5°C Ottawa\n\nNEWS\n\nPolice charge three officers with obstruction\n\nTroops left.", rule,
                 ["21.5°C Ottawa", "NEWS"])
    assert_clean("Troops left Trenton for Latvia on Monday, the minister said.\n\n"
                 "Results\nThe first group flew out of Trenton\n\nThe minister spoke.", rule)
    assert_clean("Ottawa\nThe minister spoke on Monday.\n\nTroops left.", rule)
    assert_clean("Summary\n- Question period was interrupted twice on Monday\n\nTroops left.", rule)


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


# A line of each alternative of the four whole-line patterns `may_open` gates.
_CONTROL_LINES = [
    "sign in", "log out", "create a free account", "already a subscriber? Log in", "support local journalism",
    "donate now", "manage cookies", "skip to main content", "toggle navigation", "main menu", "menu", "search",
    "loading", "reply", "like this", "share this", "pin it", "send by email", "spread the love", "sharing is caring",
    "leave a comment", "comments are closed", "3 comments", "you might also like", "don't miss", "related posts",
    "read the full story", "watch the video", "read it in french", "lire en français", "more from Ottawa",
    "leave a reply cancel reply", "cancel reply", "your email address will not be published",
    "required fields are marked", "notify of", "please login to comment", "be the first to comment", "like loading",
    "3 12 votes article rating", "post navigation", "table of contents", "contents hide", "source link",
    "first modification:", "last modification", "back to top", "video player is loading",
    "advertisement - scroll to continue", "scroll to continue with content", "continue reading the main story",
    "estimated reading time: 3 minutes", "reading time 3", "post views: 1,204", "views: 12", "in pictures",
    "this site uses Spamguard to reduce spam. learn how your comment data is processed", "%d bloggers like this:",
    "back to top button", "your email address will not be published. required fields are marked *",
    "learn how your comment data is processed", "12 bloggers like this",
]
_NOTICE_LINES = [
    "open in full screen mode", "view the image in fullscreen", "see full-screen", "display fullscreen",
    "full screen mode", "exit full screen", "close fullscreen", "audio playback is not supported",
    "video playback is unavailable", "media playback is unavailable", "your browser does not support the audio element",
    "speech synthesis, made with artificial intelligence", "voice synthesis by AI",
    "the post Troops leave appeared first on Example News", "disclaimer: none", "posted by admin", "written by staff",
    "published by editor", "submitted by jane", "posted by Jane Doe // Monday", "(translated from French by Example)",
    "machine-translated from French", "automatically translated into English", "(automatic translation)",
    "machine translation: DeepL", "ai translation", "translation: Jane Doe", "the text continues below",
    "rest of the article follows below", "article continues after the ad", "story resumes below",
    "news goes on below", "reading continues below", "content follows after", "report continues below the image.",
    "text continues below", "fullscreen", "automaticallytranslated from French", "the rest of the text continues below",
    "the article continues below", "the story follows below", "the news goes on after", "the reading continues below",
    "the content follows after", "the report resumes below", "the\u00a0post Troops appeared first on Example",
    "the \t post Troops appeared first on Example", "the\x0cpost Troops appeared first on Example",
    "the            post Troops appeared first on Example", "the\u2003post Troops appeared first on Example",
]


def test_the_whole_line_patterns_are_tried_only_where_their_first_word_can_open_a_match() -> None:
    """`_whole_line_kind` tries the widget, page-form, page-notice and "continues" patterns only
    where the line's first word is one a match can open with (or runs beyond ASCII): on a line
    of each alternative in random case, after any character or none, with a letter of its
    first word sometimes one that ignoring case reads as ASCII (ſ, the Kelvin sign, İ), every
    match opens with one of the words, and every word of the sets opens some match (so cutting
    one from the sets makes this fail, and none is there for nothing)."""
    import random
    import string

    from mtqa.rules.boilerplate import furniture as f

    groups = [(((f._UI_LABEL, f._UI_LABEL_FIRST_WORDS), (f._PAGE_FORM, f._PAGE_FORM_FIRST_WORDS)), _CONTROL_LINES),
              (((f._PAGE_NOTICE, f._PAGE_NOTICE_FIRST_WORDS), (f._CONTINUES, f._CONTINUES_FIRST_WORDS)), _NOTICE_LINES)]
    rng = random.Random(14)
    openers = [*string.printable[:95], *[""] * 190, "İ", "ſ", "\u212a", "٣", "“", "é"]
    look_alikes = {"s": "ſ", "k": "\u212a", "i": "İ"}
    for patterns, lines in groups:
        assert all(any(p.match(line) for p, _ in patterns) for line in lines)
        opened: dict = {p: set() for p, _ in patterns}
        for _ in range(30000):
            line = rng.choice(openers) + "".join(c.upper() if rng.random() < 0.3 else c for c in rng.choice(lines))
            if rng.random() < 0.2:
                at = rng.randrange(min(len(line), 10))
                line = line[:at] + look_alikes.get(line[at].lower(), line[at]) + line[at + 1 :]
            line = line.strip() + rng.choice(["", "", ".", " »", "!?"])
            for p, words in patterns:
                if line and p.match(line):
                    assert f.may_open(line, words), line
                    first = regex.match(r"\(?([a-z]+|\d)(?:\s+([a-z]+))?", line.lower())
                    if first:
                        opened[p].add(first.group(1) if first.group(1) != "the" else f"the {first.group(2)}")
        for p, words in patterns:
            # "0" stands for a digit, "" for an ASCII mark (`%d bloggers`): no word the regex above reads
            assert words - {"0", ""} <= opened[p], sorted(words - opened[p] - {"0", ""})
    for copy in ("Troops will deploy", "Signing in was slow", "Leaves fall", "Montreal", "[Sign in]", "2024",
                 "“The post was filled”", "Élise said so", "Machinery", "The revenge came on January 7",
                 "The NDP wants troops back home", "Thepost", "The"):
        assert not f.may_open(copy, f._PAGE_NOTICE_FIRST_WORDS | f._CONTINUES_FIRST_WORDS), copy
    assert not f.may_open("Signing in was slow", f._UI_LABEL_FIRST_WORDS) and f.may_open("2 comments", f._UI_LABEL_FIRST_WORDS)
    assert f.may_open("Reading the minutes, she said", f._CONTINUES_FIRST_WORDS)
    assert not f.may_open("Reading the minutes, she said", f._PAGE_NOTICE_FIRST_WORDS)


def test_a_line_that_ends_as_a_sentence_has_none_of_the_shapes_left_out_for_it() -> None:
    """`form_kind` tries on a line that ends like a sentence only `_SENTENCE_FORMS`: the shapes
    left out find nothing on such lines (look-alikes of each shape, then a sentence's end),
    and each finds its own kind on the same lines without that end."""
    import random

    from mtqa.rules.boilerplate import furniture_forms as ff

    left_out = [form for form in ff._FORMS if form not in ff._SENTENCE_FORMS]
    assert [form for form in ff._FORMS if form in ff._SENTENCE_FORMS] == list(ff._SENTENCE_FORMS)
    pieces = ["Home", "»", "›", " > ", "News", "World", "Jane Doe", "logo", "-logo", "image", "icon", "file", "stock",
              "Powered by", "hosted by", "ExamplePress", "June 3, 2021", "How to pack", " - ", "-", "|", " |", "----------",
              "==========", "example.com", "www.example.ca", "2024", "3", "→", ">", "img", "avatar", "by", "x", "logo_blue.jpg", ".png",
              # the shapes kept for such lines, so that leaving one of them out fails the test
              "Leave a comment", "click here", "Download our app", "NEWSLETTER", "Sign in | Register", "Jane DoeJane Doe",
              "(3,512 posts)", "<b>", "[embed/]", "Read more here: https://example.com/a", "What do you think?"]
    rng = random.Random(15)
    fired = dict.fromkeys(left_out, 0)
    for _ in range(20000):
        body = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 5))).strip()
        if not body:
            continue
        for form in left_out:
            fired[form] += bool(form(body))
        for end in (".", "!", "?", "”.", ".”", "..", "…"):
            line = body + end
            if ff.sentence_end_of(line):
                for form in left_out:
                    assert form(line) is None, (form.__name__, line)
    assert all(fired.values()), fired  # each shape found on some of the lines: the test proves something
    kept = {form: 0 for form in ff._SENTENCE_FORMS if form is not ff._counts}
    for _ in range(20000):  # and the shapes kept find something on lines that end as sentences
        line = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 3))).strip() + "."
        for form in kept:
            kept[form] += bool(form(line))
    assert all(kept.values()), kept
