"""French titles quoted as published in English Quebec copy, institutions' French names with an
adjective, and outlets' names with a possessive: quiet. French an engine left in body copy: flagged."""

from __future__ import annotations

from mtqa.testing import findings
from mtqa.text.french_names import french_name_spans
from mtqa.text.french_titles import french_title_spans

# The rules that read a French title's words or spacing as English.
READERS = ("source/untranslated-text", "nonwords", "untranslated", "typography/space-before-punctuation")


def _rules(text: str) -> list[str]:
    return [f.rule_id for f in findings(text, READERS)]


def test_an_unmarked_title_after_titled_is_quiet() -> None:
    text = ("The weekly ran a long feature titled Les forêts : le ministère a caché des rapports sur la "
            "coupe des arbres that drew hundreds of letters.")
    assert _rules(text) == []


def test_a_title_in_marks_after_the_article_is_quiet() -> None:
    text = ("Readers wrote about the article “Les rivières oubliées : la province néglige ses barrages "
            "depuis des années” for weeks.")
    assert _rules(text) == []


def test_french_left_in_body_copy_is_still_flagged() -> None:
    text = ("The ministry said that les barrages de la région sont négligés depuis des années and "
            "promised an inspection.")
    got = _rules(text)
    assert "source/untranslated-text" in got


def test_french_spacing_outside_a_title_is_still_flagged() -> None:
    got = [f.rule_id for f in findings("Why wait : the council voted on Monday.", "typography/space-before-punctuation")]
    assert got == ["typography/space-before-punctuation"]


def test_title_spans_end_where_english_resumes() -> None:
    text = "a report titled Québec a retiré des données de son analyse that was published Monday"
    (span,) = french_title_spans(text)
    assert text[slice(*span)] == "Québec a retiré des données de son analyse"


def test_english_titles_and_untitled_french_are_not_titles() -> None:
    assert french_title_spans("a report titled The state of the rivers was published") == []
    assert french_title_spans("She said “la vie est dure” and left.") == []
    assert french_title_spans("the ministry said les rapports de la région sont prêts") == []


def test_an_institution_name_with_an_adjective_is_a_name() -> None:
    text = "The suit was filed by the Institut national de la recherche forestière, lawyers said."
    assert [text[slice(*s)] for s in french_name_spans(text)] == ["Institut national de la recherche forestière"]
    assert findings(text, "untranslated/french-words") == []
    assert french_name_spans("Ottawa announced à la fin that it would pay.") == []


def test_a_possessive_outlet_name_is_not_a_misspelling() -> None:
    text = "Télé-Québec's producers and Radio-Canada’s reporters covered the flood in Saint-Jérôme."
    assert findings(text, "names/official-name-form") == []
    got = [f.text for f in findings("Hydro-Quebec's crews restored power.", "names/official-name-form")]
    assert got == ["Hydro-Quebec's"]


def test_a_quotation_widget_caption_is_furniture() -> None:
    from mtqa.rules.boilerplate.furniture import classify_line

    assert classify_line("Quote from Paul Roy, Hydro-Québec’s chief engineer") == "pull-quote credit"
    assert classify_line("Quote from Paul Roy, the engineer, came late in the day.") is None
