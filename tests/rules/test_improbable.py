"""grammar/improbable-sequence beyond its examples, and the language model it reads (the real
model pocketsphinx ships; the `lm` extra, installed by `dev`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtqa import language_model
from mtqa.engine import Checker
from mtqa.rules.grammar.improbable import SURPRISE
from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("pocketsphinx")

RULE = "grammar/improbable-sequence"


@pytest.fixture(scope="module")
def lm() -> language_model.Model:
    model = language_model.model()
    assert model is not None
    return model


def _id(lm: language_model.Model, word: str) -> int:
    wid = lm.word_id(word)
    assert wid is not None, word
    return wid


def test_the_model_knows_common_words_in_lowercase_only(lm) -> None:
    assert lm.word_id("minister") is not None
    assert lm.word_id("Minister") is None  # the model is lowercase: callers fold case
    assert lm.word_id("qzxvbn") is None


def test_scores_are_log10_probabilities_with_the_back_off_order(lm) -> None:
    the, of, one = _id(lm, "the"), _id(lm, "of"), _id(lm, "one")
    assert -2.0 < lm.unigram(the) < -1.0  # "the" is a few per cent of English words
    logp, order = lm.trigram(the, of, one)  # "one of the": a trigram of the model
    assert order == 3 and logp > lm.unigram(the)
    logp_reversed, order_reversed = lm.trigram(one, of, the)  # "the of one" is not
    assert order_reversed < 3 and logp_reversed < logp
    bigram, bigram_order = lm.bigram(the, of)
    assert bigram_order == 2 and bigram > lm.unigram(the)


def test_words_are_read_with_two_words_of_history_and_offsets_into_the_text(lm) -> None:
    text = "Police said the fire, which began at 2 a.m., spread quickly to the Smith family home."
    scored = list(language_model.score(lm, text))
    assert [s.words for s in scored][:2] == [("<s>", "police", "said"), ("police", "said", "the")]
    for s in scored:
        h2, _h1, word = s.words
        assert text[s.word_start:s.end].lower() == word
        assert text[s.start:s.end].lower().startswith(h2 if h2 != "<s>" else _h1)
    read = {w for s in scored for w in s.words}
    assert "smith" not in read  # a capitalised word inside a sentence ends the history
    assert not {"2", "a", "m"} & read  # so do digits and punctuation
    assert not any(s.words[:2] == ("fire", "which") for s in scored)  # the comma ends the clause


def test_surprise_is_high_only_where_the_context_argues_against_the_word(lm) -> None:
    def worst(text: str) -> float:
        return max(s.surprise for s in language_model.score(lm, text))

    assert worst("The mayor met with the residents of the town.") < 1.0
    assert worst("The mayor met with the of the town.") >= SURPRISE


def test_flags_a_sequence_english_does_not_use_and_names_the_words() -> None:
    (found,) = assert_flags("Workers gathered outside the plant on Tuesday with the of families.", RULE,
                            ["with the of"])
    assert "“of”" in found.message and "“with the”" in found.message


def test_quiet_on_clean_news_with_names_numbers_and_quotes() -> None:
    assert_clean("Ontario Premier Doug Ford said on Thursday that 4,500 nurses would be hired by 2026, "
                 "adding: “We are not done yet.” The Liberals called the plan “too little, too late.”", RULE)


def test_without_the_extra_the_rule_is_skipped_with_a_reason(monkeypatch) -> None:
    monkeypatch.setattr(language_model, "model", lambda: None)
    report = Checker(select=[RULE], preview=True).check("Officials spoke with the of residents on Monday.")
    assert report.findings == []
    assert any(s["check"] == RULE and "mtqa[lm]" in s["reason"] for s in report.checks_skipped)


def test_a_preview_rule_off_by_default() -> None:
    report = Checker().check("Officials spoke with the of residents on Monday.")
    assert not [f for f in report.findings if f.rule_id == RULE]


def test_import_mtqa_does_not_load_the_model() -> None:
    out = subprocess.run([sys.executable, "-c", "import mtqa, sys; print('pocketsphinx' in sys.modules)"],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_run_on_a_sentences_first_two_words_is_not_read() -> None:
    # the same improbable run flags inside the sentence and stays quiet where it opens it
    assert_flags("Workers said the plant with the of families was closed.", RULE, ["with the of"])
    assert_clean("With the of families, the plant was closed.", RULE)
    assert_clean("The plant closed. With the of families, it stayed shut.", RULE)


def test_quoted_speech_is_not_read() -> None:
    assert_clean("The mayor said: “Workers gathered with the of families on Tuesday.”", RULE)
    assert_clean('The mayor said: "Workers gathered with the of families on Tuesday."', RULE)
    assert_flags("“It is over,” she said, and workers gathered with the of families.", RULE, ["with the of"])
