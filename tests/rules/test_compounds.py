"""consistency/compound-form: the story's own forms of a compound decide which is the slip."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "consistency/compound-form"


def test_the_minority_form_is_flagged_with_the_usual_one_suggested() -> None:
    text = "The cybersecurity agency warned banks.\n\nIts Cyber security chief spoke; cybersecurity firms agreed."
    got = assert_flags(text, RULE, ["Cyber security"])
    assert got[0].suggestions[0] == "Cybersecurity"


def test_a_story_that_mostly_writes_it_open_keeps_its_form() -> None:
    assert_clean("Cyber security matters. The cyber security chief and the cyber security firms met; "
                 "cybersecurity, she said, is everyone's job.", RULE)


def test_grammar_pairs_are_not_compounds() -> None:
    assert_clean("Everyday life changed; every day more voters turn out, and turnout grew.", RULE)
    assert_clean("Maybe it may be done; anyone can do it, not any one of them alone.", RULE)


def test_a_closed_form_no_word_list_knows_is_left_alone() -> None:
    assert_clean("The Bluewater agency met; the blue water was clear.", RULE)


def test_a_run_of_letters_as_long_as_a_line_is_not_split_letter_by_letter() -> None:
    # every prefix and suffix of a 20,000-letter run is ~600 MB of strings: the run is no compound
    from mtqa.rules.consistency.compounds import compounds_among

    class Lexicon:
        handed: list[int] = []

        def uncommon(self, parts):
            self.handed.append(sum(map(len, parts)))
            return set(parts)

        def zipf(self, word):
            return 0.0

    lex = Lexicon()
    assert compounds_among({"a" * 20_000, "airstrikes"}, lex) == {}
    assert sum(lex.handed) < 1_000
