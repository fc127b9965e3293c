"""benchmarks/translationese_more.py: the second round's rates, on made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import tagging, translationese
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _module():
    return load_script("mtqa_translationese_more_test", ROOT / "benchmarks" / "translationese_more.py")


more = _module()

FUNCTION_WORDS = frozenset({"the", "of", "a", "is", "was", "it", "he", "which", "there", "on", "in", "and"})


def _zipf(word: str) -> float:
    return 5.0


def _tokens(pairs: str) -> list[tuple[str, str]]:
    """"word/TAG word/TAG ..." as (word, tag) pairs."""
    return [tuple(p.rsplit("/", 1)) for p in pairs.split()]  # type: ignore[misc]


def _words(text: str) -> list[str]:
    return text.split()


def test_word_class_rates_count_their_patterns() -> None:
    s1 = _tokens("the/DT decision/NN of/IN the/DT minister/NN was/VBD announced/VBN on/IN monday/NNP ./.")
    s2 = _tokens("on/IN tuesday/NNP ,/, he/PRP said/VBD the/DT health/NN minister/NN is/VBZ widely/RB "
                 "respected/VBN ./.")
    s3 = _tokens("there/EX is/VBZ a/DT plan/NN ,/, which/WDT it/PRP supports/VBZ ./.")
    words = 9 + 10 + 7
    r = more.word_class_rates([s1, s2, s3], words)
    assert r["noun_of_noun"] == pytest.approx(1000 / words)  # decision of the minister
    assert r["noun_compounds"] == pytest.approx(1000 / words)  # health minister
    assert r["passives"] == pytest.approx(2 / 3)  # was announced; is widely respected
    assert r["pronouns"] == pytest.approx(1000 * 2 / words)  # he, it
    assert r["initial_adverbials"] == pytest.approx(1 / 3)  # "On Tuesday," (not "The decision")


def test_a_fronted_opener_needs_its_comma_soon() -> None:
    late = _tokens("in/IN the/DT end/NN the/DT council/NN voted/VBD to/TO close/VB the/DT arena/NN ,/, "
                   "officials/NNS said/VBD ./.")
    assert more.word_class_rates([late], 12)["initial_adverbials"] == 0.0


def test_lexis_rates_count_their_words() -> None:
    sentences = [_words("the decision of the minister was announced on monday"),
                 _words("on tuesday he said there is a plan which it supports")]
    r = more.lexis_rates(sentences, FUNCTION_WORDS, _zipf)
    words = 9 + 11
    assert r["there_is"] == pytest.approx(1000 / words)
    assert r["which"] == pytest.approx(1000 / words)
    assert r["prepositions"] == pytest.approx(100 * 3 / words)  # of, on, on


def test_repetition_is_the_share_of_words_the_sentence_before_used() -> None:
    a = _words("council approved budget")
    b = _words("council rejected budget amendment")
    r = more.lexis_rates([a, b], FUNCTION_WORDS, _zipf)
    assert r["repetition"] == pytest.approx(2 / 4)
    fresh = more.lexis_rates([a, _words("mayor left early")], FUNCTION_WORDS, _zipf)
    assert fresh["repetition"] == 0.0


def test_hapax_and_nominalisations() -> None:
    s = _words("implementation of the regulation and the development")
    r = more.lexis_rates([s], FUNCTION_WORDS, _zipf)
    assert r["hapax"] == pytest.approx(5 / 7)  # "the" twice
    assert r["nominalisations"] == pytest.approx(1000 * 3 / 7)


def test_function_profile_is_zero_when_the_text_matches_the_reference_and_grows_away_from_it() -> None:
    even = sorted(FUNCTION_WORDS)
    skewed = ["of"] * 10 + ["the"] * 10
    assert more.lexis_rates([even], FUNCTION_WORDS, _zipf)["function_profile"] == pytest.approx(0.0, abs=1e-9)
    far = more.lexis_rates([skewed], FUNCTION_WORDS, _zipf)["function_profile"]
    assert 0.5 < far <= 1.0  # bits: two words of twelve carry all the mass
    closer = more.lexis_rates([skewed + even * 3], FUNCTION_WORDS, _zipf)["function_profile"]
    assert 0 < closer < far


def test_all_twelve_from_the_sentences_mtqa_reads() -> None:
    tagger = tagging.tagger()
    if tagger is None:
        pytest.skip(tagging.MISSING)
    lines = ["The decision of the minister was announced on Monday by the office of the premier.",
             "On Tuesday, there is a meeting of the committee, which will study the report of the auditor."] * 5
    sentences = translationese.sentences(lines)
    assert len(sentences) == 10 and sentences[1][1][:3] == ["on", "tuesday", "there"]
    r = more.more_rates(sentences, translationese.FUNCTION_WORDS, _zipf, tagger)
    assert set(r) == set(more.FEATURES)
    words = 5 * (15 + 17)
    assert r["which"] == pytest.approx(1000 * 5 / words)
    assert r["there_is"] == pytest.approx(1000 * 5 / words)
    assert r["noun_of_noun"] > 0 and r["passives"] == pytest.approx(0.5)
    assert r["initial_adverbials"] == pytest.approx(0.5)
