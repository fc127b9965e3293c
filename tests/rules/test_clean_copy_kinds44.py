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
- ``typography/stacked-separators``: a reporter's words inserted in a quotation in brackets, after
  the speaker's comma ("the south, (such as) the river flats"), are no stacked aside; the same
  outside a quotation, or a bracketed aside that is no insertion, is still found.
- ``typography/stray-capitals``: "THE" after a form of "be" ("it's THE place") is the article
  stressed, the one and only; after any other word, or another small word after "be", it is still
  found.
- ``calques/french-calque``: "motion of censure" is English's own term (only "motion of blame" is
  the word-for-word calque), and a time unit that modifies the noun after it ("final fall
  enrolment") is no spinner's "final" for "last"; both calques are still found.
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


def test_a_reporters_insertion_in_a_quotation_is_no_stacked_aside() -> None:
    rule = "typography/stacked-separators"
    assert_clean("“Some fields in the south, (such as) the river flats, stayed too wet,” the grower said.", rule)


def test_an_aside_after_a_comma_is_still_found_outside_a_quotation_or_when_it_is_no_insertion() -> None:
    rule = "typography/stacked-separators"
    assert_flags("The grower said some fields in the south, (such as) the river flats, stayed too wet.", rule, [", ("])
    assert_flags("“The call began at 9 p.m. Ottawa time, (11 a.m. in Seoul), and lasted an hour,” he said.", rule,
                 [", ("])


def test_a_stressed_article_after_be_is_no_stray_capital() -> None:
    rule = "typography/stray-capitals"
    assert_clean("It's not just a bakery on the corner. It's THE Corner Bakery, regulars say.", rule)
    assert_clean("For skaters this is THE rink of the winter.", rule)


def test_the_article_in_capitals_after_anything_else_is_still_found() -> None:
    rule = "typography/stray-capitals"
    assert_flags("It's not just a bakery, and THE Corner Bakery opens at six.", rule, ["THE"])
    assert_flags("It is TO Halifax that the ferry sails.", rule, ["TO"])


def test_english_terms_beside_two_calques_are_left_alone() -> None:
    rule = "calques/french-calque"
    assert_clean("The opposition tabled a motion of censure against the minister.", rule)
    assert_clean("Official final fall enrolment figures are weeks away.", rule)


def test_the_calques_themselves_are_still_found() -> None:
    rule = "calques/french-calque"
    assert_flags("The opposition tabled a motion of blame against the minister.", rule, ["motion of blame"])
    assert_flags("Enrolment rose final fall at most colleges.", rule, ["final fall"])
