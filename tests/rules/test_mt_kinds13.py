"""Kinds of machine-translated and scraped Quebec copy issue #11's thirteenth batch showed,
mended as kinds, each beside look-alikes that must stay quiet. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


CALQUE = "calques/french-calque"
FURNITURE = "boilerplate/furniture-line"


def test_a_french_verb_of_saying_left_without_its_object_after_a_quote() -> None:
    # « … », a assuré M. Okafor: English "assured" needs someone assured
    assert _texts("“There will be no reckless votes,” Okafor assured.", CALQUE) == ["Okafor assured"]
    assert _texts("“We will hold the line,” he assured.", CALQUE) == ["he assured"]
    assert _texts("“No deal,” the minister assured on Friday in Lévis.", CALQUE) == ["the minister assured"]
    assert _texts("“No deal,” Mr. Okafor hammered, “none at all.”", CALQUE) == ["Mr. Okafor hammered"]


def test_revealed_after_a_clause_names_the_speaker() -> None:
    # …, a révélé Mme Okafor: the speaker after the verb, as French inverts it
    assert _texts("The two mayors talked about housing in particular, revealed Ms. Okafor.", CALQUE) == ["revealed"]
    assert _texts("“We will not give in,” revealed the minister on Tuesday.", CALQUE) == ["revealed"]


def test_an_inverted_verb_of_saying_before_an_honorific_and_surname() -> None:
    # the honorific and a whole surname, not its first letter alone
    assert _texts("The two mayors talked about housing, indicated Ms. Okafor.", CALQUE) == ["indicated"]


def test_verbs_of_saying_used_as_english_uses_them_stay_quiet() -> None:
    for text in ("“There will be no reckless votes,” Okafor assured reporters.",
                 "“There will be no reckless votes,” Okafor assured the members on Friday.",
                 "“Rest assured,” Okafor said.",
                 "“The plan is sound,” the residents were assured.",
                 "“I was frightened,” she recalled.",
                 "“We are ready,” Ms. Okafor indicated the exits.",
                 "The audit revealed the losses, Ms. Okafor said.",
                 "The plans, revealed on Monday, surprised the council.",
                 "The costs, revealed Ms. Okafor’s audit, were high."):
        assert_clean(text, CALQUE)


def test_a_search_engine_field_or_a_bare_taxonomy_label_is_furniture() -> None:
    assert _texts("Crews left the dock on Monday.\n\nKeyphrase: island ferry fares", FURNITURE) == [
        "Keyphrase: island ferry fares"]
    assert _texts("Ferry news\n\nCategories\nUncategorized\n\nFares rise on the island routes.", FURNITURE) == [
        "Categories", "Uncategorized"]
    assert _texts("Crews left the dock on Monday.\n\nTags", FURNITURE) == ["Tags"]
    assert _texts("Crews left the dock on Monday.\n\nKeywords Ferry fares island", FURNITURE) == [
        "Keywords Ferry fares island"]


def test_taxonomy_words_in_sentences_stay_quiet() -> None:
    assert_clean("Crews left the dock.\n\nKeywords matter to search engines, the consultant said.", FURNITURE)
    assert_clean("Categories of spending rose, the report said.\n\nThe tags were removed.", FURNITURE)
    assert_clean("Crews left the dock.\n\nKey phrases in the bill drew criticism.", FURNITURE)
