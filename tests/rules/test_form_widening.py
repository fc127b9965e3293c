"""The twelfth pass over the form-level families (issue 11): each widened or new form reports its
kind on made-up sentences and stays quiet on the look-alikes clean copy writes."""

from __future__ import annotations

import pytest

from mtqa import lexicon, tagging
from mtqa.testing import assert_clean, assert_flags

needs_words = pytest.mark.skipif(lexicon.english() is None, reason=lexicon.MISSING)
needs_tagger = pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)


def test_missing_space_after_a_figure_and_a_labels_colon() -> None:
    rule = "typography/missing-space"
    got = assert_flags("Sales doubled in 2019.Analysts were surprised. Copyright 2020.© Media Co. "
                       "Photographer:Ann Lee, Posted:2021-05-06", rule, [".", ".", ":", ":"])
    assert all(f.fix_safe for f in got)
    assert_clean("Sales doubled in 2019. Analysts met at 10:30, read Luke 2:14, saw a 3:1 ratio, opened "
                 "v4.Alpha, visited example.org:8080/Home and wrote mailto:Ann.", rule)


@needs_words
def test_run_together_words_reads_a_sentence_opener_glued_to_a_word() -> None:
    rule = "typography/run-together-words"
    assert_flags("The vote went to the SenateIn the end it failed, and she said thusIt was over.", rule,
                 ["SenateIn", "thusIt"])
    assert_clean("Find her on LinkedIn and YouTube; LinkedIn said it grew. The Senate. In the end it failed.", rule)


@needs_words
def test_doubled_word_across_a_comma() -> None:
    rule = "repetition/doubled-word"
    assert_flags("He grew up in Lindale, Lindale, near the river, and praised privatization, privatization "
                 "of the mines.", rule, [", Lindale", ", privatization"])
    assert_clean("It was a long, long day; very, very hot. Education, education, education, she said. "
                 "Slowly, slowly, the crowd left. “No, no,” he said.", rule)


@needs_words
@needs_tagger
def test_lowercase_place_name_where_the_story_capitalises_it() -> None:
    rule = "names/lowercase-name"
    text = ("Exports from Tianjin rose.\n\nThe tianjin-Hebei corridor and the port of tianjin grew; "
            "Tianjin said so.")
    assert_flags(text, rule, ["tianjin", "tianjin"])
    # a word English writes in lowercase too (a surname or place that is also a word) is not judged
    assert_clean("Crowds in Reading cheered.\n\nThe reading list grew; Hope and hope met in Grant.", rule)


def test_open_compound_modifier_number_and_unit() -> None:
    rule = "typography/open-compound-modifier"
    assert_flags("A ten year deal and a 48 hour strike for 6-9 year olds.", rule, ["ten year", "48 hour", "9 year"])
    assert_clean("A ten-year deal one year ago, two years later, the 2022 year-end and five days off; "
                 "it took ten year after year.", rule)


def test_split_word_plural_apostrophe() -> None:
    rule = "typography/split-word"
    got = assert_flags("The workers ' union met.", rule, ["workers '"])
    assert got[0].fix.edits[0].replacement == "workers'"
    assert_clean("The workers' union met; the 'No' side lost.", rule)
