"""Kinds the rules misread in issue #11's twenty-first batch (a weekly's list page, a township's
page, a scraped by-election story), mended as kinds, each beside a look-alike that must still
fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_sentence_before_a_teaser_link_with_an_arrow_has_no_stray_period() -> None:
    rules = ["typography/stray-period", "abbreviations/stray-period"]
    assert_clean("Ferry crossings to the island resume on Monday, the operator said. read more »\n\n"
                 "Arena roof repairs begin\n", rules)
    assert_clean("The library will open on Saturdays from June. continue reading ›\nNext story", rules)
    assert_clean("Crews cleared the culvert before the rain came. more >", rules)
    # lowercase words that go on, or a closing guillemet of a quotation opened on the line, still fire
    assert _texts("He said: « The crews worked through the night. to clear the road »", rules[0]) == ["."]
    assert _texts("The crews worked through the night. to clear the road before the storm, read more »",
                  rules[0]) == ["."]
    assert _texts("The crews worked through the night. to clear the road", rules[0]) == []  # a file-name tail


def test_indigenous_said_of_plants_after_a_verb_is_the_botanical_sense() -> None:
    rule = "typography/lowercase-indigenous"
    assert_clean("The shrubs handed out this fall are indigenous and suited to damp banks.", [rule])
    assert_clean("Rain fell all week. Most of the trees planted along the creek were indigenous.", [rule])
    assert_clean("Half the species counted in the marsh are mostly indigenous, the survey found.", [rule])
    # people, or living things that are not the sentence's subject, still fire
    assert _texts("Most of the nurses hired at the clinic are indigenous, the director said.", rule) == ["indigenous"]
    assert _texts("The families who fish near the trees are indigenous, the chief said.", rule) == ["indigenous"]
    assert _texts("The council met with indigenous leaders about the shrubs.", rule) == ["indigenous"]


def test_initials_that_end_a_sentence_before_a_pronoun_are_no_cut_name() -> None:
    rule = "abbreviations/stray-period"
    assert_clean("The mayor's party held its seat in Lachine-LSL. She thanked the volunteers.", [rule])
    assert_clean("Turnout fell in Verdun-IDS. But the margin grew, officials said.", [rule])
    # a name that goes on with a noun after the period is still cut
    assert _texts("The Canada-UK. Trade Council meets in May.", rule) == ["Canada-UK."]
    assert _texts("She heads the Quebec-NB. Working Group on ferries.", rule) == ["Quebec-NB."]
