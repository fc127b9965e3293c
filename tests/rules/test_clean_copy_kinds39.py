"""Kinds of clean copy the judge batch unseen-22 flagged wrongly (issue #11, stop 39, third round),
mended as kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _found(text: str, select: str) -> list[tuple[str, str]]:
    return [(f.rule_id, f.text) for f in findings(text, select)]


def test_a_phrase_quoted_as_words_is_not_the_name_it_spells() -> None:
    rule = "consistency/name-case"
    # a campaign named after a phrase, and the phrase quoted after "to" or a word that introduces words
    assert_clean("Students started Light Up the North in March, asking families to “light up the north” "
                 "with lanterns each Friday.", [rule])
    assert_clean("The Keep the River Clean campaign opened on Monday. Volunteers made a pledge to "
                 "\"keep the river clean\" of waste.", [rule])
    assert_clean("Students started Light Up the North in March under the slogan “light up the north” "
                 "for the winter.", [rule])
    assert_clean("Parents back the Slow Down Here signs; drivers were asked to “slow down here” near schools.",
                 [rule])
    # the name quoted after an article, a partial quote after a speech verb, or the name unquoted, still fire
    assert _found("Crews closed the Flood Falls Trail on Monday. Hikers called the “flood falls trail” too steep.",
                  rule) == [(rule, "flood falls trail")]
    assert _found("Crews closed the Flood Falls Trail on Monday. Hikers said the “flood falls trail was too steep.”",
                  rule) == [(rule, "flood falls trail")]
    assert _found("Crews closed the Flood Falls Trail on Monday. Hikers said \"the flood falls trail is too steep.\"",
                  rule) == [(rule, "the flood falls trail")]
    assert _found("Students started Light Up the North in March, asking families to light up the north each Friday.",
                  rule) == [(rule, "light up")]


_LETTER = ("The chair read the board's letter to the town: “We will not sell the mill this year.\n\n"
           "{1}Our crews have earned more time, and the orders are coming back.\n\n"
           "{2}We ask the council to stand with us until the spring.”\n\n"
           "The council meets on Tuesday.")


def test_a_quotation_run_on_without_its_paragraphs_marks_is_one_finding_where_the_slip_is() -> None:
    # written as news style wants (each paragraph opens with a mark, only the last closes): quiet
    assert_clean(_LETTER.replace("{1}", "“").replace("{2}", "“"), "quotes")
    # the inner paragraphs lost their opening marks: one finding, at the first of them
    got = findings(_LETTER.replace("{1}", "").replace("{2}", ""), "quotes")
    assert [(f.rule_id, f.text) for f in got] == [("quotes/unclosed", "Our")]
    assert got[0].suggestions == ("“Our",)
    assert "so does the next" in got[0].message
    # only the last inner paragraph lost its mark: found there
    got = findings(_LETTER.replace("{1}", "“").replace("{2}", ""), "quotes")
    assert [(f.rule_id, f.text) for f in got] == [("quotes/unclosed", "We")]


def test_an_open_quote_and_a_stray_mark_that_no_quotation_joins_stay_two_findings() -> None:
    # a paragraph between holds a quotation of its own: the open quote and the stray mark are two slips
    text = ("The chair said: “We will not sell the mill this year.\n\n"
            "The mayor called it “good news” for the town.\n\n"
            "Talks go on next week, she added.”")
    assert [rule for rule, _ in _found(text, "quotes")] == ["quotes/unclosed", "quotes/orphan-mark"]
    # a headline between (no sentence end) is no paragraph of a quotation
    text = ("The chair said: “We will not sell the mill this year.\n\n"
            "Mill workers and town council agree on a plan for the coming winter months\n\n"
            "Talks go on next week, she added.”")
    assert [rule for rule, _ in _found(text, "quotes")] == ["quotes/unclosed", "quotes/orphan-mark"]
    # a quote that nothing closes later is still unclosed at its own paragraph
    text = "The chair said: “We will not sell the mill this year.\n\nThe council meets on Tuesday."
    assert [rule for rule, _ in _found(text, "quotes")] == ["quotes/unclosed"]
