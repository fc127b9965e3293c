"""nonwords/misspelt-word: a rare listed word one slip inside it from a common word."""

from __future__ import annotations

import pytest

from mtqa import lexicon, tagging
from mtqa.rules.nonwords.misspellings import misspelt_word, one_letter_away
from mtqa.testing import assert_clean, assert_flags

RULE = "nonwords/misspelt-word"


def test_slips_never_touch_the_first_or_last_letter() -> None:
    near = set(one_letter_away("gavel"))
    assert "gave" not in near and "ravel" not in near  # an edge letter dropped or changed
    assert "gravel" in near and "gavl" in near and "gvael" in near
    assert "agvel" not in near and "gavle" not in near  # nor two letters swapped at an edge


@pytest.fixture(scope="module")
def tools():
    lex, tg = lexicon.english(), tagging.tagger()
    if lex is None or tg is None:
        pytest.skip("needs wordfreq and the tagger")
    return lex, tg


@pytest.mark.parametrize(("word", "meant"), [("goverment", "government"), ("recieve", "receive"),
                                             ("comission", "commission"), ("seperate", "separate")])
def test_a_misspelling_points_to_the_common_word(tools, word: str, meant: str) -> None:
    assert misspelt_word(*tools, word) == meant


@pytest.mark.parametrize("word", ["focussed", "judgement", "councillors", "government", "esports", "screened"])
def test_real_words_and_variants_are_no_misspelling(tools, word: str) -> None:
    assert misspelt_word(*tools, word) is None


def test_the_rule_reports_in_running_text_only_whole_lowercase_words() -> None:
    assert_flags("The goverment's plan (and the comission) failed.", RULE, ["comission"])
    assert_clean("Her résumé and the café's cliché menu were praised.", RULE)


def test_the_suggestion_is_the_common_word() -> None:
    got = assert_flags("The goverment said it would act on Monday.", RULE, ["goverment"])
    assert got[0].suggestions[0] == "government"
