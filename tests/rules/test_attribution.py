"""Attribution beyond the one-line examples: pronouns, titles, straight quotes, look-alikes."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_pronoun_after_a_finished_quote() -> None:
    text = "“The bridge will open in June.” He, “unless the steel arrives late.”"
    got = assert_flags(text, "attribution", ["He"])
    assert got[0].suggestions == ("He said",)
    assert not got[0].fix_safe


def test_straight_quotes() -> None:
    text = '"We never saw the report," Premier Smith, "and neither did the cabinet."'
    assert_flags(text, "attribution", ["Premier Smith"])


def test_title_abbreviation_is_not_a_sentence_end() -> None:
    assert_clean("“We never saw it,” said Dr. Okafor, “and nobody asked.”", "attribution")
    assert_clean("Prof. Massie, “a realist,” said the mission would end.", "attribution")


def test_name_at_sentence_start_only_when_the_quote_ends_the_sentence() -> None:
    assert_flags("Mr. Okafor, “so we had no choice but to leave.”", "attribution", ["Mr. Okafor"])
    assert_clean("Mr. Okafor, “a veteran of two missions,” will lead the review.", "attribution")


def test_verbs_from_the_pack_count_anywhere_in_the_attribution() -> None:
    assert_clean("“It is too early,” the minister told reporters, “to say more.”", "attribution")
    assert_clean("“It is too early,” Ms. Joly tweeted, “to say more.”", "attribution")


def test_clean_copy_with_quotes_and_commas() -> None:
    text = (
        "In Halifax, “all hands on deck” was the order of the day. Still, “normal” service resumed "
        "by noon, officials said.\n\n"
        "Ms. Tremblay, whose riding includes the port, said the delay was “regrettable.” Yesterday, "
        "“regrettable” became the word of the week."
    )
    assert_clean(text, "attribution")


def test_seedlike_pattern_in_other_words_has_confidence() -> None:
    got = findings("“The plan is sound,” Mr. Ruiz, “but it is late.”", "attribution")
    assert [(f.text, f.confidence) for f in got] == [("Mr. Ruiz", 0.8)]


def test_speaker_left_alone_after_a_quote() -> None:
    assert_flags("“We will go,” the minister. Then the meeting ended.", "attribution", ["the minister"])
    assert_clean("“We will go,” according to Reuters.", "attribution")
    assert_clean("“We will go,” Smith added. “Soon.”", "attribution")


def test_stilted_verb_only_where_it_attributes() -> None:
    from mtqa.testing import assert_clean, assert_flags

    text = ("“We are ready,” he stated.\n\nThe agency mentioned: “Crews are on site.”\n\n"
            "The premier stated Ottawa was late.")
    got = assert_flags(text, "attribution/stilted-verb", ["stated", "mentioned", "stated"])
    assert all(f.suggestions == ("said",) for f in got)
    assert_clean("As previously stated, the stated aim was never met. She mentioned the cost once.",
                 "attribution/stilted-verb")


def test_a_councillors_abbreviated_title_is_not_a_sentence_end() -> None:
    rule = "attribution/missing-speech-verb"
    assert_clean('"These plans keep changing," Westdale Coun. Ann Lee said. "We need to be careful."\n\n'
                 "“It is premature,” Couns. Jim Hanson and Lisa Muri said on Monday.", rule)
    assert_flags('"These plans keep changing," Coun. Ann Lee. "We need to be careful."', rule,
                 ["Coun. Ann Lee"])


def test_stilted_verb_leaves_an_institution_that_an_article_names() -> None:
    """A capitalised name after "the" is an institution's ("the Beijing Stock Exchange stated that"),
    like "the audit stated that"; a person's name stays flagged, with or without a title."""
    from mtqa.testing import assert_clean, assert_flags

    rule = "attribution/stilted-verb"
    assert_clean("The Beijing Stock Exchange stated that margin trading would widen. The U.S. Department of "
                 "Commerce stated that six firms had helped the army.", rule)
    assert_flags("Commerce Secretary Gina Raimondo stated that six firms had helped. Modrow stated that he "
                 "would help.", rule, ["stated", "stated"])


def test_stilted_verb_needs_a_quotation_of_this_text_before_the_speaker() -> None:
    """A paragraph that opens on a closing mark carries the tail of a quotation begun before it: the
    name after that mark opens a sentence of its own, where "mentioned" is the plain verb."""
    from mtqa.testing import assert_clean, assert_flags

    rule = "attribution/stilted-verb"
    assert_clean("” Bard mentioned in its answer that the telescope took the photo.", rule)
    assert_flags("“It took the photo,” Bard mentioned in its answer.", rule, ["mentioned"])
