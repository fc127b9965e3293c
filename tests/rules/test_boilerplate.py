"""Boilerplate beyond the one-line examples: position in the document, footer blocks, look-alikes."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, checker, findings

from hang_guard import assert_spans_sound, returns

CLEAN_COPY = """Share prices fell Tuesday after the Bank of Canada held its key rate, and advertisers pulled back.

"Follow the data," Governor Tiff Macklem told reporters. "Read more than the headline."

The bank's next decision is due Jan. 28 at 9:45 a.m. ET. Its report is published in both official languages.

Published reports suggest the board was divided. Advertisement spending by the big banks fell 4 per cent.

Jane Doe, a former reporter, now runs the bank's media office.

Updated forecasts come in April."""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "boilerplate")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "boilerplate")]


def test_seed_acceptance(seed_text) -> None:
    got = findings(seed_text, "boilerplate")
    texts = [(f.rule_id, f.text) for f in got]
    assert ("boilerplate/page-furniture", "date 2020-01-08 advertisement") in texts
    assert any(r == "boilerplate/page-furniture" and t.startswith("Follow –") for r, t in texts)
    footer = [t for r, t in texts if r == "boilerplate/footer"]
    assert len(footer) == 4  # e-mail line, publication name, author name, bio line
    assert any("@" in t for t in footer) and any(" is a reporter " in t for t in footer)
    # nothing from the story itself
    assert all(f.span.start < 40 or f.span.start > len(seed_text) - 400 for f in got)


def test_furniture_variants() -> None:
    for line in ("Advertisement", "ADVERTISEMENT", "Share this article", "Read more", "Follow @jdoe",
                 "Updated Jan. 8, 2020 10:15 a.m. ET", "Sponsored content", "Sign up for our newsletter"):
        assert_flags(f"The talks ended.\n\n{line}\n\nThey resume Monday.", "boilerplate/page-furniture", [line])


def test_short_headings_are_not_furniture() -> None:
    assert_clean("The talks ended.\n\nWhat comes next\n\nThey resume Monday.", "boilerplate")
    assert_clean("The talks ended.\n\nMore to come\n\nThey resume Monday.", "boilerplate")


def test_footer_needs_an_email_or_bio() -> None:
    assert_clean("The talks ended.\n\nOttawa Bureau\n\nJane Doe", "boilerplate/footer")
    got = findings("The talks ended.\n\nOttawa Bureau\n\nJane Doe\n\njdoe@example.ca", "boilerplate/footer")
    assert [f.text for f in got] == ["Ottawa Bureau", "Jane Doe", "jdoe@example.ca"]


def test_footer_stops_at_the_story() -> None:
    text = "Jane Doe\n\nThe talks ended Monday, officials said.\n\nBy Jane Doe\n\njdoe@example.ca"
    got = findings(text, "boilerplate/footer")
    assert [f.text for f in got] == ["By Jane Doe", "jdoe@example.ca"]


def test_email_in_a_sentence_is_not_footer() -> None:
    assert_clean("The talks ended.\n\nReaders can write to letters@example.ca with questions.", "boilerplate")


def test_inline_furniture_between_sentences_only() -> None:
    assert_flags("The vote failed. Read more: The bill returns next week.", "boilerplate/inline-furniture",
                 ["Read more:"])
    assert_clean("Read more about the bill on the website.", "boilerplate/inline-furniture")


def test_fixes_are_unsafe() -> None:
    report = checker("boilerplate").check("date 2020-01-08 advertisement\n\nThe talks ended.")
    assert report.findings and not any(f.fix_safe for f in report.findings)
    assert report.fixed_text() == "date 2020-01-08 advertisement\n\nThe talks ended."


def test_metadata_labels_in_a_chinese_wire_story() -> None:
    text = "February 11, 2023, 13:07:20 [Source: Example Agency] [Editor in charge: Wu Lan] Font: [Large Medium Small]"
    (f,) = findings(text, "boilerplate/metadata-labels")
    assert f.text == text


def test_metadata_label_in_mid_sentence_is_quiet() -> None:
    assert_clean("Prices rose 3 per cent [source: Statistics Canada] in the quarter.", "boilerplate")


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("boilerplate")
    for bad in ("Advertisement" + " " * 30000 + "x", ". " * 15000 + "Advertisement The", "[Source: " * 5000,
                "Follow " * 20 + "\n\n" + "a@b.ca\n\n" * 3000, "(Reporter " * 5000, "Jane Doe\n\n" * 5000):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("boilerplate")
        assert_spans_sound(returns(chk.check, bad), bad)


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "boilerplate")


def test_photo_credits_glued_into_body_copy() -> None:
    text = ("Soldiers boarded a plane at CFB Trenton, Ont., on Jan. 8, 2020. THE CANADIAN PRESS/Lee Parks Jr. "
            "— the mission was to last six months, the minister said.")
    assert [f.text for f in findings(text, "boilerplate/photo-credit")] == ["THE CANADIAN PRESS/Lee Parks Jr."]
    assert_flags("The minister spoke (Photo: Sean Kilpatrick/The Canadian Press) and then the committee voted on it.",
                 "boilerplate/photo-credit", ["(Photo: Sean Kilpatrick/The Canadian Press)"])


def test_captions_and_credit_lines_are_layout() -> None:
    """A caption ending with its credit, a credit line, alt text above a caption: quiet in every style."""
    for text in (
        "Soldiers board a plane at CFB Trenton, Ont., on Jan. 8, 2020. THE CANADIAN PRESS/Lee Parks Jr.",
        "The rally drew 500 people.\n\nPhoto courtesy of the RCMP",
        "Photo: Jane Doe\n\nThe rally drew 500 people on Monday.",
        "A man speaks at a podium\nThe minister speaks on Oct. 27, 2021. Photo: Jane Doe\n\nThe plan is late.",
        "The premier waves after her speech on Monday. The Daily Planet photograph by Kim Sato",
        "The premier waves. (Kim Sato/The Canadian Press)\n\nShe said the plan was late.",
    ):
        for style in ("default", "cp", "hill-times"):
            assert_clean(text, "boilerplate/photo-credit", style=style)


def test_photo_credit_look_alikes() -> None:
    for text in ("The CBC/Radio-Canada merger and NATO/UN missions were discussed.",
                 "Voters split (Ontario Liberal/New Democrat) in the riding.",
                 "A photo by Jane Doe won the award.", "He sent a photograph by e-mail.",
                 "AP and Reuters/Ipsos polls disagreed."):
        assert_clean(text, "boilerplate/photo-credit")


def test_photo_credit_adversarial_returns_sound_findings() -> None:
    chk = checker("boilerplate/photo-credit")
    for bad in ("(Aa Bb " * 5000 + "/", "AP PHOTO/" * 5000, "Aa Aa Aa photo by " * 3000, "(" + "A/" * 10000):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("credits")
        assert_spans_sound(returns(chk.check, bad), bad)


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


def test_look_alikes_of_widgets_headings_and_stamps_are_story() -> None:
    text = ("Latest polls show a tight race in Laval\n\n"
            "Most read books of the year\n\n"
            "9:30 a.m. — Opening remarks by the minister\n\n"
            "At 10:30 on Monday, the vote was called.\n\n"
            "Join the conversation about the budget, the minister urged readers.\n\n"
            "Saturday, February 3, 2024\n\n"
            "More troops for Latvia\n\n"
            "IN VIDEO | The premier's full comments on the bill:")
    assert_clean(text, "boilerplate")


def test_headlines_captions_and_credits_are_not_furniture_lines() -> None:
    text = ("Ottawa to share vaccine data with provinces\n\n"
            "Premier François Legault in Quebec City on Tuesday. (THE CANADIAN PRESS/Jacques Boissinot)\n\n"
            "Photo: Andrew Meade\n\n"
            "Friday, November 22, 2024\n\n"
            "Sources say the deal is close, and subscribers will pay more.\n\n"
            "Next year’s budget will print more money, critics say\n\n"
            "WATCH | The premier's full comments on the bill:")
    assert_clean(text, "boilerplate/furniture-line")


def test_hostile_input_finishes() -> None:
    for chunk in ("Share via Messenger\n", "Read also: the x\n\n", "#a #b ", "Updated 3 hours ago ", "[x report] "):
        findings(chunk * (200_000 // len(chunk)), "boilerplate")


def test_name_caption_needs_the_person_in_the_story_and_the_period() -> None:
    rule = "boilerplate/name-caption"
    story = "Quebec names new ministers\n\n{line}\n\nThe premier named Marc Tremblay-Roy to education on Monday."
    assert_flags(story.format(line="Marc Tremblay-Roy."), rule, ["Marc Tremblay-Roy."])
    assert_clean(story.format(line="Marc Tremblay-Roy"), rule)
    assert_clean(story.format(line="Julie Gagnon."), rule)
    assert_clean(story.format(line="Happy New Year."), rule)


def test_an_address_slug_alone_or_glued_to_the_dateline_is_furniture() -> None:
    text = ("troops-leave-for-latvia-on-monday(OTTAWA) Troops left the base on Monday.\n\n"
            "They flew out of Trenton.\n\nottawa-sends-more-troops-to-latvia")
    got = [f.text for f in findings(text, "boilerplate/furniture-line")]
    assert got == ["troops-leave-for-latvia-on-monday", "ottawa-sends-more-troops-to-latvia"]
    assert_clean("well-to-do-looking families left Ottawa on Monday.\n\nup-to-date", "boilerplate")


def test_player_notices_ad_slots_and_translation_credits_are_furniture() -> None:
    rule = "boilerplate/furniture-line"
    for line in ("Open in full screen mode", "Your browser does not support the audio element.", "Publicity",
                 "Continued after advertising", "The text continues below the image.", "To see also: Legault defends his plan",
                 "The post Troops leave appeared first on Example News.", "Translated from French by Example Translate"):
        assert_flags(f"Troops left on Monday.\n\n{line}\n\nThe minister spoke.", rule, [line])
    assert_clean("Troops left on Monday.\n\nFollow the money\n\nPublicity stunts, she said, are not policy.", rule)
    assert_clean("Translated from French, the letter was read aloud by the minister on Monday.", rule)


def test_an_advertising_slot_inside_a_paragraph() -> None:
    assert_flags("Troops left on Monday. Continued after advertising More will follow.", "boilerplate/inline-furniture",
                 ["Continued after advertising"])
    assert_clean("Advertisement revenue fell. Publicity was poor.", "boilerplate/inline-furniture")
