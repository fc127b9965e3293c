"""Typography rules of `typography.word_joins` beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_hyphen_as_dash_and_open_compound() -> None:
    assert_flags("It hired teachers-which helped, and cut contracts-likely more.", "typography/hyphen-as-dash",
                 ["-", "-"])
    assert_clean("A so-called well-to-do area; the up-and-comers; a pick-and-which-way game.",
                 "typography/hyphen-as-dash")
    assert_flags("Full time jobs and part time staff; she works full time now.",
                 "typography/open-compound-modifier", ["Full time", "part time"])


def test_hyphen_as_dash_knows_the_clause_words_not_a_list_of_cases() -> None:
    rule = "typography/hyphen-as-dash"
    text = ("Ottawa signed the accord-though Quebec did not. Costs rose-particularly in the North. "
            "He asked for more-and she said no, then left-not happily.")
    assert_flags(text, rule, ["-", "-", "-", "-"])
    # Compounds whose second part is one of those words' look-alikes stay quiet.
    assert_clean("A members-only lounge, a break-even year, a what-if plan, a dam-like wall, a so-so start, "
                 "an either-or choice, a hit-and-run, rock-and-roll, a stock-still crowd.", rule)


def test_split_word_joins_the_whole_word() -> None:
    rule = "typography/split-word"
    text = "Canada 's plan, the well -known mayor, they don’ t agree."
    got = assert_flags(text, rule, ["Canada 's", "well -known", "don’ t"])
    assert [f.fix.edits[0].replacement for f in got] == ["Canada's", "well-known", "don’t"]
    assert_clean("The pre- and post-war plans, 10- to 12-year terms, rock 'n' roll, the ’90s, a 3 - 1 win.", rule)
