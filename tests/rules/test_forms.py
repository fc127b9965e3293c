"""The non-word forms the word list lets through, and their look-alikes (mtqa/rules/nonwords/forms.py)."""

import pytest

from mtqa import lexicon
from mtqa.rules.nonwords.forms import english_counterpart, glued_words, impossible_derivation

lex = lexicon.english()
pytestmark = pytest.mark.skipif(lex is None, reason="needs wordfreq")


@pytest.mark.parametrize("form, english", [
    ("independance", "independence"), ("gouvernement", "government"), ("developpement", "development"),
    ("informacion", "information"), ("litterature", "literature"), ("militaire", "military"),
    ("democratie", "democracy"), ("religieux", "religious"),
])
def test_source_forms_point_to_their_english_word(form, english):
    assert english_counterpart(lex, form) == english


@pytest.mark.parametrize("word", ["independence", "goalie", "rookie", "finale", "boutique", "technique",
                                  "copping", "dinning", "morale", "virtuoso", "influenza", "massif"])
def test_english_words_have_no_counterpart(word):
    assert english_counterpart(lex, word) is None


@pytest.mark.parametrize("word", ["decisioned", "statementing", "governmently", "kindnessness", "ununfair"])
def test_impossible_derivations(word):
    assert impossible_derivation(lex, word) is not None


@pytest.mark.parametrize("word", ["mentioned", "balanced", "referencing", "rerun", "unfair", "vehemently"])
def test_real_derivations_pass(word):
    assert impossible_derivation(lex, word) is None


@pytest.mark.parametrize("word, words", [("ofthe", "of the"), ("inthe", "in the"), ("aswell", "as well"),
                                         ("infact", "in fact"), ("thestreet", "the street")])
def test_glued_words(word, words):
    assert glued_words(lex, word) == words


@pytest.mark.parametrize("word", ["thereof", "theme", "therapy", "atop", "theron", "thesis", "within"])
def test_compounds_are_not_glued(word):
    assert glued_words(lex, word) is None


@pytest.mark.parametrize("first, sep, second, joined", [
    ("develop", " ", "ment", "development"), ("infor", " ", "mation", "information"),
    ("govern", "-", "ment", "government"), ("on", " ", "ly", "only"),
])
def test_split_words(first, sep, second, joined):
    from mtqa.rules.nonwords.forms import split_word
    assert split_word(lex, first, sep, second) == joined


@pytest.mark.parametrize("first, sep, second", [
    ("co", "-", "ordinate"), ("not", " ", "able"), ("per", " ", "cent"), ("care", " ", "less"), ("a", " ", "part"),
    ("can", " ", "not"), ("any", " ", "more"),
])
def test_word_pairs_that_are_not_split_words(first, sep, second):
    from mtqa.rules.nonwords.forms import split_word
    assert split_word(lex, first, sep, second) is None


def test_source_forms_are_flagged_with_their_english_word() -> None:
    from mtqa.testing import assert_clean, assert_flags

    rule = "nonwords/source-language-form"
    got = assert_flags("The gouvernement backed the independance vote.", rule, ["gouvernement", "independance"])
    assert [f.suggestions for f in got] == [("government",), ("independence",)]
    assert_clean("She works at the Direction de la santé publique, near the boutique.", rule)


def test_glued_and_split_words_in_text() -> None:
    from mtqa.testing import assert_clean, assert_flags

    assert_flags("He spoke ofthe plan aswell.", "nonwords/glued-words", ["ofthe", "aswell"])
    assert_clean("The theme of the thesis was therapy, atop the list.", "nonwords/glued-words")
    assert_flags("The develop ment plan was late.", "nonwords/split-word", ["develop ment"])
    assert_clean("He was not able to come; they co-ordinate it.", "nonwords/split-word")
