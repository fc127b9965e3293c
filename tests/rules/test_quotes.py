"""Quotes beyond the one-line examples: paragraphs, story-level state, locales, clean copy."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings


def test_multi_paragraph_quote_follows_news_convention() -> None:
    text = (
        "“We have to be honest about what the mission can do,” the general said. “It was never meant "
        "to last forever.\n\n"
        "“The troops have done what was asked of them, and we will bring them home when the job is done.”\n\n"
        "Officials did not give a date."
    )
    assert_clean(text, "quotes")


def test_quote_open_at_paragraph_end_without_continuation() -> None:
    text = ("The premier wrote that “the province will not back down.\n\n"
            "Negotiations resume on Tuesday in Regina.")
    got = assert_flags(text, "quotes/unclosed", ["“"])
    assert "next does not continue" in got[0].message


def test_quote_open_at_end_of_story() -> None:
    got = assert_flags("The mayor said: “We will rebuild the bridge by spring.", "quotes/unclosed", ["“"])
    assert "end of the story" in got[0].message


def test_continuation_paragraph_missing_its_opening_mark_is_one_finding() -> None:
    text = "“We will appeal.\n\nAnd we will win,” the lawyer said."
    assert_flags(text, "quotes", ["“"])


def test_nested_single_quotes_and_apostrophes_are_quiet() -> None:
    text = (
        "“When the chief called it ‘a temporary pause,’ nobody in the ’90s-era barracks believed him,” "
        "said Cpl. O’Neil, who plays rock ’n’ roll with the Joneses’ band. “They don’t trust ‘temporary.’”"
    )
    assert_clean(text, "quotes")


def test_misplaced_closing_mark_before_attribution_is_fixed_safely() -> None:
    from mtqa.testing import checker

    text = "“Ottawa has to decide what it wants from this mission, “said the former ambassador."
    got = assert_flags(text, "quotes/wrong-direction", [" “"])
    assert got[0].fix_safe
    fixed = checker("quotes").check(text).fixed_text()
    assert fixed == "“Ottawa has to decide what it wants from this mission,” said the former ambassador."
    assert checker("quotes").check(fixed).findings == []


def test_several_errors_in_one_story_each_at_its_own_span() -> None:
    text = (
        "The agency said the fire was “under control. “\n\n"
        "Residents called the response “slow and chaotic”. Crews stayed overnight.\n\n"
        "“We lost everything,” one resident said.” “."
    )
    got = findings(text, "quotes")
    assert [(f.rule_id, f.text) for f in got] == [
        ("quotes/wrong-direction", " “"),
        ("quotes/punctuation-outside", "”."),
        ("quotes/orphan-mark", "”"),
        ("quotes/orphan-mark", " “."),
    ]


def test_punctuation_outside_depends_on_locale_for_fragments() -> None:
    text = "The report called the delays “unacceptable”. Ministers met on Monday."
    assert_flags(text, "quotes/punctuation-outside", ["”."])
    assert_clean(text, "quotes/punctuation-outside", locale="en-GB")
    # A quoted full sentence takes its period inside in every locale.
    sentence = "The minister said, “We will table the bill next week”."
    assert_flags(sentence, "quotes/punctuation-outside", ["”."], locale="en-GB")


def test_punctuation_outside_confidence_uses_story_evidence() -> None:
    alone = findings("Critics called it “a capitulation”, not a deal.", "quotes/punctuation-outside")
    assert [f.confidence for f in alone] == [0.6]
    with_evidence = findings(
        "Critics called it “a capitulation”, not a deal. The union said the plan was “a good start.”",
        "quotes/punctuation-outside",
    )
    assert [f.confidence for f in with_evidence] == [0.9]


def test_straight_quotes_work_like_curly_ones() -> None:
    assert_clean('"We are ready," she said. "The plan is sound."', "quotes")
    assert_flags('She called it " a disgrace" on Monday.', "quotes/space-inside", ['" '])
    assert_flags('"We are ready, "she said.', "quotes/space-inside", [' "'])


def test_measurements_are_not_quotes() -> None:
    assert_clean('The goalie is 6\' 2" tall and the TV is 55" wide.', "quotes")


def test_mixed_style_flags_the_minority() -> None:
    text = "“We are ready,” she said.\n\n“The plan is sound,” he added.\n\nShe called it \"final.\""
    got = assert_flags(text, "quotes/mixed-style", ['"', '"'])
    assert [f.suggestions for f in got] == [("“",), ("”",)]


def test_clean_canadian_copy_is_quiet() -> None:
    text = (
        "OTTAWA — Defence Minister Anita Anand said Tuesday that Canada will extend its training "
        "mission in Latvia, calling the deployment “essential to NATO’s eastern flank.”\n\n"
        "“We are not going anywhere,” Anand told reporters on Parliament Hill. “Our allies know it, "
        "and so does Moscow.”\n\n"
        "Conservative critic James Bezan said the government’s plan was “long overdue,” but questioned "
        "whether the Forces have the equipment they need.\n\n"
        "“You can’t send troops to the ’front line’ of the alliance with ’80s-era kit,” he said, adding "
        "that the party would press the issue at committee.\n\n"
        "The Canadian Press asked the department for the cost. A spokesperson said figures would be "
        "released “in the coming weeks.”"
    )
    assert_clean(text, ("quotes", "attribution"))


def test_adversarial_runs_of_marks_are_linear() -> None:
    import time

    text = ("“" * 5000 + " " + "”" * 5000 + ' "' * 5000 + "’" * 5000) * 2
    t0 = time.perf_counter()
    findings(text, "quotes")
    assert time.perf_counter() - t0 < 2.0
