"""Kinds of machine-translated, spun and scraped copy issue #11's sixteenth batch shared with other
tuning-half excerpts, mended as kinds, each beside look-alikes that must stay quiet. Every sentence
is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


JOINS = "typography/run-together-words"
ADDED = "repetition/redundant-addition"


def test_a_name_run_into_the_next_word_is_reported() -> None:
    # a space lost at a line break of the source, after a name the story writes on its own elsewhere
    text = ("The premier flew to Lisbon on Monday. Officials met in Lisbonafter the summit, and the "
            "talks with Portugalsince then have stalled, Portugal said.")
    assert _texts(text, JOINS) == ["Lisbonafter", "Portugalsince"]
    assert _texts("Haldane arrived late on Friday; Haldanewas greeted by the council.", JOINS) == ["Haldanewas"]


def test_names_that_hold_a_word_stay_quiet() -> None:
    # a name made of a word and a name-forming ending, a demonym, and a join the story writes twice
    assert_clean("Stone spoke first; the Stonebridge council and the Greenfield board met.", JOINS)
    assert_clean("Lisbon hosted the fair, and Lisboners cheered; Marx and Marxism were debated.", JOINS)
    assert_clean("North Shore investors back Northwalk. Northwalk shares rose on Monday.", JOINS)
    # no standalone use of the name in the story: no evidence of a lost space
    assert_clean("The Ardentwas project was approved on Monday.", JOINS)


def test_an_adverb_before_added_is_reported() -> None:
    assert _texts("The mayor further added that the bridge would reopen in May.", ADDED) == ["further added"]
    assert _texts("She also added, “We are not done yet.”", ADDED) == ["also added"]
    assert _texts("The spokesperson additionally added: the plan is on hold.", ADDED) == ["additionally added"]


def test_added_that_counts_things_stays_quiet() -> None:
    assert_clean("The forward also added two assists, and the city also added 40 buses.", ADDED)
    assert_clean("The mayor added that the bridge would reopen; the court also heard that it changed.", ADDED)
    assert_clean("Officials further said the bridge would reopen, and the board also adds a fee.", ADDED)
