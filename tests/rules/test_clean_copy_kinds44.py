"""Clean-copy kinds quieted at stop 44 (issue #11), written from the pooled unseen clean batches
(the judge batches left out) and the tuning half's clean copy, and judged on batches collected
before any of them was written and not read (unseen-22, 28, 35, 37 and 39). Every example is made
up; each quiet keeps a look-alike that is still found.

- ``names/given-name-accent``: a given name that English speakers write as their own (Jeremy,
  Reginald, Eloise) is a name with an English twin: reported only in a story that writes French
  names with their accents.
- ``spelling/foreign-spelling``: a story that glosses a metric figure with its US equivalent in
  brackets ("12 kilometers (seven miles)") is a US wire's copy, spelt for its readers; the same
  story without the gloss is still checked.
- ``repetition/repeated-phrase``: a tally that opens on a figure and comes back after another name
  is a box score in prose; a restatement that opens on a figure, with no second name, is still found.
- ``nonwords/misspelt-word`` and ``nonwords/unknown-word``: Canadian English words the world's word
  list knows as rare or not at all ("parkade", "eavestrough") are the locale's own words; a slip
  beside one is still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags


def test_an_english_given_name_is_left_alone_where_no_french_name_keeps_its_accents() -> None:
    rule = "names/given-name-accent"
    assert_clean("Council chair Jeremy Walsh presented the budget proposal on Monday.", rule)
    assert_clean("Reginald Moss and Eloise Grant ran the clinic in Portland.", rule)


def test_an_english_given_name_is_still_found_beside_french_names_with_accents() -> None:
    rule = "names/given-name-accent"
    assert_flags("Geneviève Côté and Jeremy Gagnon spoke in Trois-Rivières.", rule, ["Jeremy"])
    assert_flags("Hélène Roy thanked Reginald Bélanger at the Assemblée nationale.", rule, ["Reginald"])


def test_a_story_that_glosses_metric_figures_in_miles_keeps_its_us_spelling() -> None:
    rule = "spelling/foreign-spelling"
    assert_clean("The fire near the Quebec town is 12 kilometers (seven miles) away, and labor crews wait.", rule)
    assert_clean("The blaze covers 400 hectares (1,000 acres).\n\nThe color of the sky over Ottawa changed.", rule)


def test_the_same_story_without_the_gloss_is_still_checked() -> None:
    rule = "spelling/foreign-spelling"
    assert_flags("The fire near the Quebec town is 12 kilometers away, and labor crews wait.", rule,
                 ["kilometers", "labor"])
    # a bracket after a metric figure that is not a US measure is no gloss
    assert_flags("The fire is 12 kilometers (the mayor's estimate) away, and labor crews wait.", rule,
                 ["kilometers", "labor"])


def test_a_tally_given_to_two_players_is_no_restatement() -> None:
    rule = "repetition/repeated-phrase"
    assert_clean("Ana Ruiz had 14 kills and four digs (two in the third set), while Mia Cole added four digs "
                 "(two in the third set).", rule)


def test_a_restatement_opening_on_a_figure_is_still_found() -> None:
    rule = "repetition/repeated-phrase"
    assert_flags("The mayor said 12 workers lost their jobs at the plant, saying 12 workers lost their jobs at "
                 "the plant.", rule, ["12 workers lost their jobs at the plant"])
    assert_flags("Ruiz had four digs in the third set and the fourth, so she had four digs in the third set "
                 "and the fourth.", rule, ["had four digs in the third set and the fourth"])


def test_canadian_words_are_words() -> None:
    # the pack's Canadian words (nonwords.toml `known`): no slip of a commoner word, no garble
    rules = ("nonwords/misspelt-word", "nonwords/unknown-word")
    assert_clean("Drivers left the parkade by the hospital; the eavestroughs on the arena were replaced.", rules)
    assert_clean("The gasbar sold a bunnyhug, and the garburator was fixed before pogey ran out.", rules)


def test_a_slip_beside_a_canadian_word_is_still_found() -> None:
    assert_flags("The comission met at the parkade on Main Street.", "nonwords/misspelt-word", ["comission"])
