"""Non-words beyond the one-line examples: inflections, hyphens, addresses, the missing extra."""

from __future__ import annotations

import pytest

from mtqa import lexicon
from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("wordfreq")
RULE = "nonwords/unknown-word"


def test_regular_inflections_and_derivations_are_words() -> None:
    assert_clean("The councillors were re-elected, unseated, outvoted and rezoned; the plannings stalled, "
                 "its decarbonizing tweets went unanswered.", RULE)


def test_one_bad_part_of_a_hyphenated_word_is_flagged_alone() -> None:
    assert_flags("It was a well-plonkified plan.", RULE, ["plonkified"])


def test_names_acronyms_and_accented_words_are_not_judged() -> None:
    assert_clean("Zorblat and QXZT met Gaétan Lévesque in Trois-Rivières; a Zorblatist spoke.", RULE)


def test_addresses_handles_and_codes_are_not_judged() -> None:
    assert_clean("Write to news_desk@zorbl.ca, see zorbl.ca/qwxtr, follow #qwxtr and @qwxtr, file qwxtr.txt.", RULE)


def test_glued_words_and_stray_letters_are_flagged() -> None:
    got = assert_flags("The reform was a dreamby for them, recalling “cthat day.", RULE, ["dreamby", "cthat"])
    assert all(f.confidence == pytest.approx(0.8) for f in got)


def test_pack_known_words_are_accepted(tmp_path) -> None:
    (tmp_path / "nonwords.toml").write_text(
        '[pack]\nid = "nonwords"\nschema = 1\n\n[known]\nwords = ["plonkified"]\n', encoding="utf-8")
    report = Checker(select=[RULE], rules_dir=[str(tmp_path)], strict=True).check("A plonkified plan.")
    assert report.findings == []


def test_without_wordfreq_the_rule_is_skipped_with_a_reason(monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    report = Checker(select=[RULE]).check("The reform was a dreamby for them.")
    assert report.findings == []
    assert any(s["check"] == RULE and "mtqa[words]" in s["reason"] for s in report.checks_skipped)
    assert RULE not in report.checks_ran


def test_doubled_initial_only_when_the_rest_is_a_very_common_word() -> None:
    got = assert_flags("Iit was late. Tthe vote ended.", "nonwords/doubled-initial", ["Iit", "Tthe"])
    assert got[0].suggestions == ("It",)
    assert_clean("Llamas, Lloyd, Aaron and Oona came.", "nonwords/doubled-initial")


def test_scrambled_acronym_needs_the_known_form_in_the_story_or_as_a_word() -> None:
    rule = "nonwords/scrambled-acronym"
    assert_flags("NATO met. The ATNO summit and Covid-19 rules; VIDOC-19 cases rose.", rule, ["ATNO", "VIDOC-19"])
    assert_clean("The TANO summit met; SANA and NASA too.", rule)  # NASA is known, SANA too
    assert_clean("The QXWZ and ZWXQ codes.", rule)  # neither form is known


def test_stray_letter_pairs_but_not_units_words_or_abbreviations() -> None:
    got = assert_flags("Over the yr. we hope to reach ot a deal.", RULE, ["yr", "ot"])
    assert all(f.confidence == pytest.approx(0.6) for f in got)
    assert_clean("It is 5 yr old; so we go up to 10 km on TV, e.g. at 9 am; de la Salle et al. met.", RULE)


def test_rare_real_words_built_the_regular_ways_pass() -> None:
    # a learned derivation of a rare listed word, a combining form in -o before a common word,
    # a letter drawn out in speech, a clipping marked by an apostrophe, interjections and "ca."
    assert_clean("The andrological clinic made mesophase carbon; it was sooo slow, so give 'em time.", RULE)
    assert_clean("Aw, ow, oy: the hall was built ca. 1900.", RULE)
    assert_clean("We ’ ve said it, and you ' ll see.", RULE)  # contractions a tokenizer spaced out


def test_look_alikes_of_the_regular_ways_still_fire() -> None:
    # a short stem is no learned derivation, an -o part that is no listed word is no combining
    # form, a drawn-out string that is no word when shortened stays a non-word
    assert_flags("The qwzic plan, the zorbophase unit and the qwzzzt noise.", RULE,
                 ["qwzic", "zorbophase", "qwzzzt"])


def test_greek_number_prefixes_before_a_word_are_words() -> None:
    assert_clean("A dimolecular step, a polychannel feed and a monoplanet system.", RULE)


def test_latin_scientific_names_are_words() -> None:
    # a binomial (genus and epithet, both unknown to the list) and a long Latin name alone
    assert_clean("This is zorblaticus fennimorum, beside a quintaflorentium shrub.", RULE)


def test_latin_looking_strings_that_are_short_glued_or_hyphenated_are_still_flagged() -> None:
    assert_flags("The plonkoria was there, with the informationus and a spotted-leaf plonkum.", RULE,
                 ["plonkoria", "informationus", "plonkum"])


def test_learned_compounds_on_a_shared_classical_final_element_are_words() -> None:
    # -gamy ends monogamy and polygamy; -logy ends biology and geology: both are final elements
    assert_clean("Pollination by geitonogamy, xenogamy or zorbology.", RULE)


def test_a_tail_no_classical_first_element_forms_a_word_with_stays_flagged() -> None:
    # "-tarity" forms no listed word after mono-, poly-, bio-...; "lilo" is two short words glued
    assert_flags("Pollination by geitonotarity or lilogamy.", RULE, ["geitonotarity", "lilogamy"])


def test_a_long_greek_declined_name_alone_is_a_word_and_a_short_one_is_not() -> None:
    assert_clean("This, which is helicodiceros, is also known as dead horse arum.", RULE)
    assert_flags("This, which is plonkos, is also known as dead horse arum.", RULE, ["plonkos"])


def test_canadian_doubled_l_forms_of_listed_verbs_are_words_but_garbles_of_them_are_not() -> None:
    assert_clean("The minister backpedalled after the crew snorkelled and tunnelled.", RULE)
    assert_flags("The minister backpadalled and snorkolled.", RULE, ["backpadalled", "snorkolled"])


def test_a_foreign_word_glossed_at_once_is_quiet_but_one_left_unglossed_is_not() -> None:
    assert_clean("A garden for their “farmor” (Swedish for grandmother.) and the mosom, Cree for grandfather, "
                 "grew there.", RULE)
    assert_flags("A garden for their farmor grew there (it is new).", RULE, ["farmor"])


def test_a_run_of_letters_without_a_space_is_split_only_where_common_words_fit() -> None:
    """300,000 letters with no space: a closed compound's halves are common words, none longer
    than thirty letters, so only the splits that leave such halves are looked up (each of the
    300,000 splits hashed a half as long as the run before: minutes), and the run is still
    judged. A real compound still passes."""
    from hang_guard import returns

    from mtqa.rules.nonwords.english_forms import closed_compound

    lex = lexicon.english()
    if lex is None:
        pytest.skip(lexicon.MISSING)
    assert closed_compound(lex, "mouthpart") and not closed_compound(lex, "plonkmouth")
    assert returns(closed_compound, lex, "a" * 300_000) is False
    report = returns(Checker(select=["nonwords"]).check, "x" + "a" * 300_000)
    assert all(0 <= f.span.start <= f.span.end for f in report.findings)


def test_a_word_longer_than_any_regular_form_is_split_by_no_test(monkeypatch) -> None:
    """Stop 46 (rule_growth.py --rule nonwords): a pasted run of letters with no space is one
    word, and each of `known_form`'s tests split it at every letter and copied both sides (a
    run of 16k letters took 12 s). A word over LONGEST_FORM letters is no regular form: none runs
    but the drawn-out test, which is one pass."""
    if lexicon.english() is None:
        pytest.skip("the word list (the optional extra) is not installed")
    from mtqa.rules.nonwords import english_forms

    asked: list[int] = []
    for name in ("derivable", "closed_compound", "learned_derivation", "combining_form", "classical_compound",
                 "doubled_l"):
        real = getattr(english_forms, name)
        monkeypatch.setattr(english_forms, name,
                            lambda lex, word, real=real: asked.append(len(word)) or real(lex, word))
    english_forms.known_form(lexicon.english(), frozenset(), "of" * 2_000)
    assert asked == []
    assert english_forms.known_form(lexicon.english(), frozenset(), "s" + "o" * 2_000)  # "sooo…", drawn out
    assert english_forms.known_form(lexicon.english(), frozenset(), "unrepealable") or asked  # short: tested
    assert asked and max(asked) <= english_forms.LONGEST_FORM
