"""Kinds of clean copy the rules flagged in issue #11's fifteenth unseen batch (clean copy only),
mended as kinds, each beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings
from mtqa.text.french_names import french_name_spans


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_french_name_capitalised_on_its_first_word_only_is_a_name() -> None:
    rule = "untranslated/french-words"
    # French capitalises a name's first word only; the capitalised place at its end vouches for it
    assert_clean("Two bakeries won a Prix artisans d’excellence du Québec last spring.", [rule])
    text = "Two bakeries won a Prix artisans d’excellence du Québec last spring."
    assert [text[s:e] for s, e in french_name_spans(text)] == ["Prix artisans d’excellence du Québec"]
    # a run of French words that ends in lowercase ones is no name, and is still reported
    assert _texts("The Quebec crews d’excellence de la construction came.", rule) == ["d’excellence de la"]


def test_a_source_language_form_inside_a_french_name_is_the_name() -> None:
    rule = "nonwords/source-language-form"
    assert_clean("Her case went to the Tribunal administratif du logement on Monday.", [rule])
    # the same form with a lowercase head is a half-translated word
    assert _texts("Her case went to the tribunal administratif on Monday.", rule) == ["administratif"]


def test_french_in_a_bracket_the_sentence_calls_french_is_given_as_french() -> None:
    rule = "nonwords/unknown-word"
    assert_clean("Crews protest what is called in French the CRO (congé rémunéré obligatoire).", [rule])
    # the same bracket in a sentence that says nothing of French is still a leftover
    assert _texts("Crews protest what is called the CRO (congé rémunéré obligatoire).", rule) == ["obligatoire"]
    # and a word outside the bracket is not covered by it
    assert _texts("In French the obligatoire CRO (congé rémunéré) was named.", rule) == ["obligatoire"]


def test_an_acronyms_own_expansion_writes_it_as_a_word() -> None:
    rule = "consistency/acronym-case"
    spelt = ("The CANOE survey opened in May. CANOE is short for “Canoe Access Needs "
             "of Explorers”, and the CANOE team said so.")
    assert_clean(spelt, [rule])
    # the word alone, not followed by its expansion, is the acronym written the other way
    assert _texts("The CANOE survey opened in May. The Canoe team met, and the CANOE data came in.", rule) == [
        "Canoe"]


def test_a_releases_own_quotation_keeps_its_speakers_credit() -> None:
    rule = "boilerplate/furniture-line"
    release = ("The rowing club held its spring dinner at the boathouse on Saturday.\n\n"
               "“Every boat on the river tonight was paid for by this town. Our juniors will race in "
               "Ottawa next month, and the new dock will be ready for them when they come home.”\n\n"
               "— Ann Vale, President, Lakeshore Rowing Club")
    assert_clean(release, [rule])
    # a short line pulled out as a quote keeps its credit a widget's caption
    assert _texts("The club met.\n\n“The dock is ready.”\n\n— Ann Vale, President, Lakeshore Rowing Club", rule) == [
        "— Ann Vale, President, Lakeshore Rowing Club"]
    # and so does a long one that repeats the story's own words
    pulled = ("She said every boat on the river tonight was paid for by this town, and that the juniors "
              "would race in Ottawa next month on the new dock.\n\n"
              "“Every boat on the river tonight was paid for by this town, and the juniors will race in "
              "Ottawa next month on the new dock.”\n\n"
              "— Ann Vale, President, Lakeshore Rowing Club")
    assert _texts(pulled, rule) == ["— Ann Vale, President, Lakeshore Rowing Club"]


def test_a_word_after_a_preposition_is_a_compounds_noun_not_a_verb() -> None:
    rule = "grammar/bare-count-noun"
    assert_clean("The mayor took questions about refuse collection on Monday.", [rule])
    # the same word after a modal is a verb, and its bare object is still reported
    assert _texts("The crews will refuse collection on Monday.", rule) == ["collection"]
