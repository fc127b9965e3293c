"""The state's first person: quotations, first-person writing and the suggestion."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "calques/state-first-person"


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULE)
    assert_clean(seed_text, RULE)


def test_quotations_and_first_person_pieces_are_spared() -> None:
    text = ("“Nobody will tell my country what to do,” the minister said, adding that my country's critics "
            "were wrong.\n\nWhen I left my country in 1990, my parents stayed.")
    # the second sentence of the first paragraph is outside the quotation: it is flagged
    assert_flags(text, RULE, ["my country's"])


def test_china_is_suggested_only_when_the_story_names_it() -> None:
    (f,) = findings("Beijing released the figures.\n\nIn 2023, my country grew by 5.2 per cent.", RULE)
    assert f.suggestions == ("China",)
    (g,) = findings("In 2023, my country grew by 5.2 per cent.", RULE)
    assert g.suggestions == ()


def test_a_country_named_in_brackets_after_it_is_a_speakers_own() -> None:
    for named in ("the UK", "Britain", "the United States", "the Republic of Korea"):
        assert_clean(f"By this measure, inequality in my country ({named}) is twice that of Japan.", RULE)
    # a bracket that names nothing, or a name later in the sentence, leaves the state's voice
    assert_flags("Growth in my country (which exports more) was 5.2 per cent.", RULE, ["my country"])
    assert_flags("Growth in my country (5.2 per cent) beat Japan's.", RULE, ["my country"])
    assert_flags("Growth in my country beat Japan (the UK trailed).", RULE, ["my country"])


def test_our_country_in_the_story_s_voice_is_flagged() -> None:
    # a state's 我国 rendered "our country", in a headline and in a release's sentence
    assert_flags("From next month, our country will cut its duties on imported solar panels.", RULE, ["our country"])
    assert_flags("The ministry said our country's lentil exports to Brazil doubled.", RULE, ["our country's"])
    (f,) = findings("Beijing released the figures.\n\nOur country grew by 5.2 per cent in 2023.", RULE)
    assert f.suggestions == ("China",)
    assert "our country" in f.message


def test_first_person_plural_writing_keeps_its_our_country() -> None:
    # an editorial or a speech printed whole: "we", "us", or "our" before another noun
    assert_clean("We owe our country an answer, and the council owes one too.", RULE)
    assert_clean("Our country needs all of us now, the veterans told the crowd.", RULE)
    assert_clean("Our readers know our country well.", RULE)
    assert_clean("“Our country will not bend,” the trade minister told the assembly.", RULE)
    # the plural's guard is the plural's alone: "my country" is read by the singular as before
    assert_flags("We counted the ballots; my country voted no.", RULE, ["my country"])
