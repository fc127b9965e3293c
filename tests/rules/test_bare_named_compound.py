"""A singular count noun after a preposition whose only modifier is an acronym or a pair of
names, with no article (rules/grammar/bare_count_noun.py, `grammar/bare-named-compound`),
beyond the rule's documented examples (which tests/test_examples.py runs)."""

from __future__ import annotations

import json

import pytest

from mtqa import lexicon
from mtqa.cli import main
from mtqa.testing import assert_clean, assert_flags, findings

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")
pytest.importorskip("wordfreq")

RULE = "grammar/bare-named-compound"


def test_acronyms_names_with_figures_and_name_pairs_before_a_bare_count_noun_are_flagged() -> None:
    assert_flags("The ministers agreed on a plan at NATO summit in the spring.", RULE, ["NATO summit"])
    assert_flags("Exports fell sharply after COVID-19 outbreak in the port city.", RULE, ["COVID-19 outbreak"])
    assert_flags("He spoke about Canada-Mexico summit on Monday.", RULE, ["Canada-Mexico summit"])


def test_an_article_a_possessive_or_a_plural_stays_quiet() -> None:
    assert_clean("The ministers agreed on a plan at the NATO summit in the spring.", RULE)
    assert_clean("Exports fell after COVID-19's first outbreak and after two NATO summits.", RULE)
    assert_clean("He spoke about the Canada-Mexico trade deal and about UN agencies on Monday.", RULE)


def test_mass_nouns_and_names_in_words_stay_quiet() -> None:
    # "history" and "research": wordfreq sees their plurals far less often than the singular
    assert_clean("It was the longest streak in NHL history, and it drew on UBC research.", RULE)
    # a name written as a word ("Canadian", "Ontario") is a modifier English often writes bare
    assert_clean("The plant has stood on Canadian soil since 1990, under Ontario law.", RULE)


def test_a_noun_used_uncounted_too_stays_quiet_in_its_abstract_sense() -> None:
    # the integrator's first minutes with the rule: Canadian business, politics and sports copy
    assert_clean("The province said the levy is allowed under EU law.", RULE)
    assert_clean("He played two seasons at NHL level before he retired.", RULE)
    assert_clean("Hydro rates rose under NDP government, the critic said.", RULE)
    # look-alikes: the same sense after other prepositions, and other nouns lemminflect lists uncounted too
    assert_clean("Talks at EU level resumed as the port stayed under UN control and the man in RCMP custody.", RULE)
    assert_clean("Farmers depend on China-Canada trade and on G7 policy, she said.", RULE)


def test_a_noun_only_counted_is_still_flagged_after_the_same_prepositions() -> None:
    assert_flags("The premier spoke at G20 summit on Friday, officials said.", RULE, ["G20 summit"])
    assert_flags("The two men met under UN tent near the border, he said.", RULE, ["UN tent"])
    assert_flags("She waited in RCMP cell for an hour, the lawyer said.", RULE, ["RCMP cell"])


def test_an_acronym_with_periods_and_the_preposition_to_are_read_too() -> None:
    # the integrator's look-alikes of round one, not flagged then
    assert_flags("The defenceman was sent to AHL affiliate on Monday.", RULE, ["AHL affiliate"])
    assert_flags("The forward signed with B.C. team on Monday, his agent said.", RULE, ["B.C. team"])


def test_a_from_to_pair_a_lone_name_with_periods_and_an_infinitive_stay_quiet() -> None:
    assert_clean("He went from AHL rookie to NHL captain in three seasons.", RULE)
    assert_clean("They moved from CBC studio to CTV studio in 1998.", RULE)
    assert_clean("The mayor is running for NDP leader, and her rival campaigned for UCP president.", RULE)
    assert_clean("She moved to B.C. in 2010 and to U.S. soil later, and wants to EU-proof it.", RULE)


def test_headlines_and_a_verb_before_the_modifier_stay_quiet() -> None:
    assert_clean("Talks at EU level stall", RULE)
    assert_clean("Officials discussed NATO membership with the premier on Monday.", RULE)


def test_the_fix_adds_the_article_to_the_whole_phrase() -> None:
    found = findings("Talks resumed at G20 summit on Friday.", RULE)
    assert [(f.text, f.suggestions) for f in found] == [("G20 summit", ("the G20 summit",))]


def test_without_word_frequencies_the_rule_is_skipped_and_says_why(tmp_path, capsys, monkeypatch) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Talks resumed at G20 summit on Friday, the minister said.\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "english", lambda: None)
    main(["check", str(story), "--select", RULE, "--isolated", "--jobs", "1", "--format", "json"])
    (report,) = json.loads(capsys.readouterr().out)["files"]
    assert report["findings"] == []
    assert [s["check"] for s in report["checks"]["skipped"] if "mtqa[words]" in s["reason"]] == [RULE]
