"""The word-class grammar rules beyond their one-line examples, and the tagger they read."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtqa import tagging
from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULES = (
    "grammar/modal-before-non-verb", "grammar/adverb-before-noun", "grammar/perfect-without-participle",
    "grammar/coordinated-verb-number", "grammar/comma-before-verb", "grammar/bare-infinitive-after-object",
    "grammar/infinitive-before-non-verb", "grammar/no-for-not", "grammar/singular-subject-plural-verb",
    "grammar/capital-mid-sentence", "grammar/pronoun-verb-number", "grammar/article-before-verb",
)


def _tags(text: str, in_context: bool = False) -> list[tuple[str, str]]:
    tg = tagging.tagger()
    assert tg is not None
    return [(t.text, t.tag) for t in tg.tag(text, in_context=in_context)]


def test_clitics_are_cut_and_offsets_point_into_the_text() -> None:
    text = "The party’s MPs haven't left, and Mr. Roy won’t in the U.S."
    tg = tagging.tagger()
    assert tg is not None
    toks = tg.tag(text)
    assert [t.text for t in toks] == ["The", "party", "’s", "MPs", "have", "n't", "left", ",", "and", "Mr.", "Roy",
                                      "wo", "n’t", "in", "the", "U.S."]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_tags_of_a_plain_news_sentence() -> None:
    assert _tags("The minister has announced new rules for police officers.", in_context=True) == [
        ("The", "DT"), ("minister", "NN"), ("has", "VBZ"), ("announced", "VBN"), ("new", "JJ"), ("rules", "NNS"),
        ("for", "IN"), ("police", "NN"), ("officers", "NNS"), (".", "."),
    ]


def test_out_of_context_tags_keep_the_error_that_context_rules_smooth_over() -> None:
    """Brill's contextual rules assume grammatical text: they make "current" after a modal an
    adverb. The rules read the word's own tag."""
    assert ("current", "JJ") in _tags("He should current his report.")
    assert ("current", "JJ") not in _tags("He should current his report.", in_context=True)
    assert ("announced", "VBD") in _tags("She has announced it.")
    assert ("announced", "VBN") in _tags("She has announced it.", in_context=True)


def test_readings_list_every_class_a_word_can_take() -> None:
    tg = tagging.tagger()
    assert tg is not None
    assert tg.readings("present") >= {"ADJ", "NOUN", "VERB"}
    assert "VERB" not in tg.readings("current")
    assert tg.readings("zorblified") == frozenset()
    assert tg.is_participle("come") and not tg.is_participle("announce")
    assert tg.has_distinct_plural("minister") and not tg.has_distinct_plural("sheep")
    assert tg.is_uncountable_too("law") and tg.is_uncountable_too("level")
    assert not tg.is_uncountable_too("summit") and not tg.is_uncountable_too("zorblified")


def test_import_mtqa_does_not_load_the_tagger() -> None:
    code = "import sys, mtqa; from mtqa import Checker; print(any(m in sys.modules for m in ('textblob', 'nltk', 'lemminflect')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_tagging_does_not_import_textblob_or_nltk() -> None:
    """The Brill tagger is read from TextBlob's files: TextBlob's package would import nltk."""
    code = ("import sys; from mtqa import tagging; tagging.tagger().tag('He should current it.'); "
            "print(any(m in sys.modules for m in ('textblob', 'nltk')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_without_the_extra_the_rules_are_skipped_with_a_reason(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "tagger", lambda: None)
    report = Checker(select=list(RULES), preview=True).check(
        "The bank should current its report, and has lower its rate; they tried to sharing it. "
        "Obviously no, the rules are set, and the board prompted the city act, said Ford. "
        "Prices, are high and is rising. The fund paid a total of it.")
    assert report.findings == []
    skipped = {s["check"] for s in report.checks_skipped if "mtqa[grammar]" in s["reason"]}
    assert skipped == set(RULES)
    assert not set(RULES) & set(report.checks_ran)


def test_modal_rule_reads_past_adverbs_and_negation() -> None:
    assert_flags("The court should not current its findings.", "grammar/modal-before-non-verb", ["should not current"])


def test_capitalised_words_and_nouns_with_verb_readings_stay_quiet() -> None:
    assert_clean("The court will Monday its ruling; it may experience a delay; they must present the plan.",
                 "grammar/modal-before-non-verb")


def test_adverb_before_a_noun_compound_stays_quiet() -> None:
    assert_clean("It was an entirely debacle-free week and a largely Muslim neighbourhood.", "grammar/adverb-before-noun")


def test_perfect_with_a_comparative_before_a_possessive() -> None:
    got = assert_flags("The central bank has lower its forecast.", "grammar/perfect-without-participle", ["has lower"])
    assert "participle" in got[0].message


def test_agreement_needs_the_subject_at_the_start_of_a_clause() -> None:
    rule = "grammar/singular-subject-plural-verb"
    assert_flags("Costs rose; the province have said nothing.", rule, ["the province have"])
    assert_clean("Friends of the minister have said nothing; outside the building were protesters.", rule)


def test_comma_rule_leaves_appositives_and_introductory_clauses_alone() -> None:
    rule = "grammar/comma-before-verb"
    assert_clean("Ms. Roy, the minister, was absent. When the vote came, were they ready? Yes, they were.", rule)
    assert_flags("The two ministers, were absent from the vote.", rule, ["ministers, were"])


def test_clean_news_paragraph_draws_nothing() -> None:
    text = ("Yukon Premier Ellen Marsh has appointed Tobias Wren as her new chief of staff. "
            "For the past three and a half years, Wren worked as director of regional operations. "
            "Officials said the rules, which took effect Monday, were needed and are expected to stay. "
            "The bank is working to slow demand, and hopes to cut rates; it has lower costs than its rivals. "
            "Details are limited and the death is under investigation. Obviously, no one was hurt.")
    assert_clean(text, RULES, preview=True)


def test_capitals_of_link_text_are_flagged_one_by_one() -> None:
    got = assert_flags("The province also announced too Increased fines For the blockades.", "grammar/capital-mid-sentence",
                       ["Increased", "For"])
    assert [f.suggestions for f in got] == [("increased",), ("for",)]


def test_names_and_titles_keep_their_capitals() -> None:
    assert_clean("He met Will Smith, Grant Hope and the Minister of Housing, and saw Gone With the Wind.",
                 "grammar/capital-mid-sentence")


def test_a_capital_opening_the_line_after_a_credit_or_label_is_quiet_but_not_after_wrapped_prose() -> None:
    rule = "grammar/capital-mid-sentence"
    after = "\n\nLee, who runs the bakery, was awarded the prize on May 4."
    assert_clean("Lee poses with the trophy on May 25.\nSupplied photo\n The owner of the local bakery has "
                 "been recognized with a major award." + after, rule)
    assert_flags("Ford said the move that the government announced last week\n For residents was overdue, the "
                 "premier said on Monday." + after, rule, ["For"])


def test_pronoun_agreement_suggests_the_verb_of_the_pronouns_number() -> None:
    got = assert_flags("Officials said they was told, and the firm said it do not know.", "grammar/pronoun-verb-number",
                       ["they was", "it do"], preview=True)
    assert [f.suggestions for f in got] == [("they were",), ("it does",)]


def test_article_before_a_verb_needs_of_or_a_mark_after_it() -> None:
    rule = "grammar/article-before-verb"
    assert_flags("Officials gave a complete of 40 permits.", rule, ["a complete"])
    assert_clean("Officials gave a complete list of 40 permits.", rule)
