"""Repetition beyond the one-line examples: compounds, windows, names, boundaries."""

from __future__ import annotations

import pytest

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings


def test_doubled_word_across_line_break() -> None:
    # A hard-wrapped paragraph (paragraphs are separated by blank lines).
    text = "The report was\nwas released on Monday.\n\nIt was late."
    assert_flags(text, "repetition/doubled-word", ["\nwas"])


def test_doubled_word_case_insensitive_but_names_allowed() -> None:
    assert_flags("The The report was released.", "repetition/doubled-word", [" The"])
    assert_clean("They visited Bora Bora and Baden Baden.", "repetition/doubled-word")


def test_rare_word_doubled_is_a_reduplicated_term_but_a_common_one_is_a_merge() -> None:
    pytest.importorskip("wordfreq")
    assert_clean("A dik dik grazed; they sold tsetse tsetse nets.", "repetition/doubled-word")
    assert_flags("The island of Sicily sent a referendum referendum.", "repetition/doubled-word", [" referendum"])


def test_allow_option() -> None:
    from mtqa.engine import Checker
    from mtqa.config import Config

    cfg = Config(select=("repetition/doubled-word",), rule_options={"repetition/doubled-word": {"allow": ["bang"]}})
    assert Checker(cfg).check("It went bang bang all night.").findings == []


def test_doubled_phrase_not_across_sentences() -> None:
    assert_clean("He lives in Ottawa. In Ottawa, rents rose.", "repetition")


def test_second_translation_of_a_headline() -> None:
    text = ("Question period: critics are firing red bullets at the housing minister\n\n"
            "Question period: critics shoot red balls at the housing minister\n\n"
            "Transit, schools and rent: the critics raised several subjects on Thursday.")
    assert_flags(text, "repetition/repeated-headline",
                 ["Question period: critics shoot red balls at the housing minister"])


def test_headline_lines_inside_one_paragraph() -> None:
    # Scraped pages often separate lines with single line breaks.
    text = "Mayor runs a tired city hall, says rival councillor\nMayor runs “a tired city hall”, says rival councillor\nHe spoke."
    assert_flags(text, "repetition/repeated-headline", ["Mayor runs “a tired city hall”, says rival councillor"])


def test_page_layout_repeats_are_quiet() -> None:
    # A deck repeated as the lede, a caption repeated under its photo, a video title after its intro.
    text = ("Premier dodges questions as the legislature resumes\n\n"
            "The premier dodged most questions as the legislature resumed Tuesday.\n\n"
            "The premier speaks at Queen's Park on Tuesday. The Daily Planet photograph by Jane Doe\n"
            "The premier speaks at Queen's Park on Tuesday. The Daily Planet photograph by Jane Doe\n\n"
            "The premier dodged most questions as the legislature resumed Tuesday.\n\n"
            "WATCH | Members celebrate as the bill is voted on Tuesday:\n\n"
            "Members celebrate as the bill is voted on and adopted at the legislature")
    assert_clean(text, ("repetition/repeated-headline", "repetition/repeated-sentence"))


def test_body_paragraph_printed_twice() -> None:
    par = "The minister will travel to Brussels. She will meet her counterparts there."
    assert_flags(f"{par}\n\nShe left.\n\n{par}", "repetition/repeated-sentence", [par])


def test_emphatic_and_shared_modifier_pairs_are_quiet() -> None:
    text = ("Prices rose more and more, again and again, over and over; the line grew longer and longer "
            "for hours and hours. She is Liberal through and through. Inflation and inflation expectations "
            "eased, and wages and wage demands rose. By and by, Johnson and Johnson reported.")
    assert_clean(text, "repetition/coordinated-same-word")
    assert_flags("The minister was firm and firm on the deadline.", "repetition/coordinated-same-word",
                 ["firm and firm"])


def test_echo_gloss_fix_is_safe() -> None:
    chk = Checker(select=["repetition/echo-gloss"])
    fixed, _ = chk.fix("The motion was backed by the minister (the minister) on Monday.")
    assert fixed == "The motion was backed by the minister on Monday."


def test_hostile_input_finishes() -> None:
    from mtqa.testing import findings

    for chunk in ("firm and firm ", "the minister (the minister) ", "Ottawa cuts rates on loans now\n",
                  "He said it was over. He said it was over. ", "x\n\n"):
        findings(chunk * (200_000 // len(chunk)), "repetition")



def test_a_megabyte_of_doubled_words_before_nouns_is_read_once() -> None:
    """"a firm and firm people" over a megabyte: whether a determiner opens each pair is read in the
    few characters before it, not from the paragraph's start again for every pair (a minute
    and more before), and the pairs are still reported."""
    from hang_guard import returns

    from mtqa.testing import checker

    chunk = "a firm and firm people "
    text = chunk * (1_000_000 // len(chunk))
    report = returns(checker("repetition/coordinated-same-word").check, text)
    # every pair but one at each cut between the long line's sections (a quarter of a megabyte each)
    assert len([f for f in report.findings if f.text == "firm and firm"]) >= text.count(chunk) - len(text) // 250_000

def test_a_megabyte_of_noun_pairs_before_again_is_read_once() -> None:
    """"it firm and firm again" over a megabyte: whether an object or a preposition stands before
    each "X and X again" is read in the few characters before the pair, not from the paragraph's
    start again for every pair (quadratic: 16k characters took 0.56 s, a quarter-megabyte section
    some two minutes; the stall the hostile-input fuzz of stop 45 met), and the pairs stay quiet."""
    from hang_guard import returns

    from mtqa.testing import checker

    chunk = "it firm and firm again, "
    text = chunk * (1_000_000 // len(chunk))
    report = returns(checker("repetition/coordinated-same-word").check, text)
    # none but perhaps a pair cut from its "it" where the long line is split into sections
    assert len(report.findings) <= len(text) // 250_000 + 1
    assert_clean("She said it time and time again.", "repetition/coordinated-same-word")
    assert_flags("The plan was clear and clear again to the board.", "repetition/coordinated-same-word",
                 ["clear and clear"])


def test_a_name_repeated_across_a_comma_is_judged_by_the_mark_before_it_on_a_long_line() -> None:
    """Whether a sentence ends before "Abcd, Abcd" is read back over the white space only, not by
    copying the paragraph up to the pair for each pair; the answers are those of the copy."""
    rule = "repetition/doubled-word"
    chunk = "They met in Tanglin, Tanglin near the coast. Tanglin, Tanglin sits there;\n  Tanglin, Tanglin grew. "
    got = findings(chunk * 2_000, rule)
    # the pair in mid-sentence only: not the one after ".", nor the one that opens a line
    assert [f.text for f in got] == [", Tanglin"] * 2_000
    assert_flags("She lives in Tanglin, Tanglin, a village.", rule, [", Tanglin"])
    assert_clean("It rained. Tanglin, Tanglin was flooded.", rule)


def test_clean_references_are_quiet(clean_references) -> None:
    from mtqa.testing import findings

    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "repetition", locale="en-US")]


def test_parallel_clauses_are_quiet_but_a_restated_clause_is_not() -> None:
    rule = "repetition/repeated-phrase"
    assert_clean("“We have the right to manage our northern forests, we have the right to manage our "
                 "rivers,” he told reporters; we will build the roads in the north, and we will build the roads "
                 "in the south.", rule)
    assert_flags("He said he was proud of the deal he signed with the party, saying he was proud of the deal he "
                 "signed last year.", rule, ["he was proud of the deal he signed"])
    assert_flags("We have the right to manage our forests, we have the right to manage our forests.", rule,
                 ["we have the right to manage our forests"])


def test_a_headline_repeated_in_its_page_address_is_no_restated_phrase() -> None:
    rule = "repetition/repeated-phrase"
    assert_clean("Police member facing several child pornography charges in the city https://example.ca/news/"
                 "police-member-facing-several-child-pornography-charges-in-the-city/ Fri, 26 Apr 2024", rule)
    assert_flags("Police member facing several child pornography charges in the city, police member facing several "
                 "child pornography charges in the city said.", rule,
                 ["police member facing several child pornography charges in the city"])


def test_no_run_comes_back_is_whether_any_run_of_words_occurs_twice() -> None:
    import random

    from mtqa.rules.repetition.rules import no_run_comes_back

    rng = random.Random(3)
    answers = set()
    for _ in range(4000):
        size = rng.choice([2, 3, 7])
        words = [rng.choice("abc" if rng.random() < 0.5 else "abcdefgh") for _ in range(rng.randint(0, 30))]
        runs = [tuple(words[i:i + size]) for i in range(len(words) - size + 1)]
        expected = len(set(runs)) == len(runs)
        assert no_run_comes_back(words, size) == expected, (words, size)
        answers.add(expected)
    assert answers == {True, False}


def test_player_intro_is_the_one_pattern() -> None:
    """`player_intro` (an opener matched at the start, a colon looked for where one stands) answers
    as the alternation it replaced, ignoring case, on look-alikes: openers inside words, after
    whitespace of every kind, in other cases (the Kelvin sign, the long s), colons before
    trailing whitespace and line breaks."""
    import random

    import regex

    from mtqa.rules.repetition.rules import player_intro

    written = regex.compile(r"^\s*(?:watch|listen|click|play|video)\b|:\s*$", regex.IGNORECASE)
    rng = random.Random(14)
    pieces = ("watch", "WATCH", "Listen", "cliCK", "play", "player", "video", "videos", "\u212aids", "ſay", "x", ":",
              " :", "::", "\n", " ", "\t", "\u00a0", "\u2003", "\x1c", "said", "é", "1", "_")
    answers = set()
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert player_intro(line) == (written.search(line) is not None), repr(line)
        answers.add(player_intro(line))
    assert answers == {True, False}


@pytest.mark.parametrize(("words", "period"), [
    ("in canada in canada", 2),
    ("the plan the plan the plan", 2),
    ("of the board of the board", 3),
    ("in the in", 3),  # a period that does not divide the phrase is no shorter phrase
    ("a b a b a", 5),
    ("in canada", 2),
])
def test_a_repeat_is_reported_as_its_shortest_phrase(words: str, period: int) -> None:
    """Stop 47: a repeat found at its longest folds to the shortest phrase it is copies of (the
    general form of stop 46's special case, four words that are a two-word phrase twice)."""
    from mtqa.rules.repetition.rules import _shortest_period

    assert _shortest_period(words.split()) == period


def test_a_two_word_phrase_four_times_is_one_finding_of_the_two_words() -> None:
    (f,) = findings("It passed in Canada in Canada in Canada in Canada on Monday.", "repetition/doubled-phrase")
    assert "“in Canada” (4 times)" in f.message


def test_many_hits_looked_up_find_what_bisection_finds(monkeypatch) -> None:
    """Stop 47: past 64 hits in a paragraph, the words a hit starts and ends are looked up in a
    table, not bisected for (half the rule's time on "x-x-x-…"); the same findings either way."""
    from mtqa.rules.repetition import rules as repetition

    text = ("It said in Canada in Canada, x-x-x-x, the plan was the plan was sound and the the board "
            "met in the House in the House in the House. ") * 12
    looked_up = findings(text, "repetition/doubled-phrase")
    monkeypatch.setattr(repetition, "_HITS_BEFORE_LOOKUP", 10**9)
    bisected = findings(text + " ", "repetition/doubled-phrase")
    assert len(looked_up) >= 36
    assert [(f.span, f.message) for f in looked_up] == [(f.span, f.message) for f in bisected]


def test_a_long_run_of_spaces_is_read_once_for_and_or() -> None:
    """Stop 47's fuzz: coordinated-same-word looked for " and " from each space of a run, each try
    reading the run to its end (17,000 pasted spaces: 24 s). Now tried where a run starts, the run
    taken whole; the same matches as before on random strings, and a pair after the run is found."""
    import random

    import regex
    from hang_guard import returns

    from mtqa.rules.repetition.rules import _CONJUNCTION

    returns(lambda: list(_CONJUNCTION.finditer("It was " + " " * 100_000 + "b")))
    old = regex.compile(r"[ \u00a0]+(?:and|or|AND|OR|And|Or)[ \u00a0]+")
    rng = random.Random(47)
    pieces = [" ", "  ", "\u00a0", "and", "or", "And", "x", "firm", "\n", "nd", "AND", "o"]
    for _ in range(5_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in old.finditer(s)] == [m.span() for m in _CONJUNCTION.finditer(s)], repr(s)
    assert_flags("The board was " + " " * 5_000 + "firm and firm on it.", "repetition/coordinated-same-word",
                 ["firm and firm"])
