"""Boilerplate rules of `boilerplate.credits` beyond their one-line examples."""

from __future__ import annotations

from hang_guard import assert_spans_sound, returns

from mtqa.testing import assert_clean, assert_flags, checker, findings


def test_footer_needs_an_email_or_bio() -> None:
    assert_clean("The talks ended.\n\nOttawa Bureau\n\nJane Doe", "boilerplate/footer")
    got = findings("The talks ended.\n\nOttawa Bureau\n\nJane Doe\n\njdoe@example.ca", "boilerplate/footer")
    assert [f.text for f in got] == ["Ottawa Bureau", "Jane Doe", "jdoe@example.ca"]


def test_footer_stops_at_the_story() -> None:
    text = "Jane Doe\n\nThe talks ended Monday, officials said.\n\nBy Jane Doe\n\njdoe@example.ca"
    got = findings(text, "boilerplate/footer")
    assert [f.text for f in got] == ["By Jane Doe", "jdoe@example.ca"]


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


def test_name_caption_needs_the_person_in_the_story_and_the_period() -> None:
    rule = "boilerplate/name-caption"
    story = "Quebec names new ministers\n\n{line}\n\nThe premier named Marc Tremblay-Roy to education on Monday."
    assert_flags(story.format(line="Marc Tremblay-Roy."), rule, ["Marc Tremblay-Roy."])
    assert_clean(story.format(line="Marc Tremblay-Roy"), rule)
    assert_clean(story.format(line="Julie Gagnon."), rule)
    assert_clean(story.format(line="Happy New Year."), rule)
