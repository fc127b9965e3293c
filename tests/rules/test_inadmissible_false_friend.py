""""Inadmissible" as a verdict on words or deeds, the sense of French "inadmissible", Polish
"niedopuszczalny" and Ukrainian "неприпустимий" (unacceptable), beside the English legal and border
uses that stay (issue #11's twenty-ninth batch). Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "calques/false-friend"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE) if "unacceptable" in f.message]


def test_words_or_deeds_called_inadmissible_are_flagged() -> None:
    assert _texts("The foreign minister said the ambassador's remarks were inadmissible.") == ["inadmissible"]
    assert _texts("Minister: Envoy's Remarks on Diaspora Are Inadmissible") == ["Inadmissible"]
    assert _texts("Officials called the attack inadmissible and vowed a response.") == ["inadmissible"]


def test_evidence_and_people_barred_at_a_border_stay() -> None:
    assert_clean("The judge ruled the recording inadmissible.", RULE)
    assert_clean("The evidence was inadmissible, the court said.", RULE)
    assert_clean("Travellers with a record may be deemed inadmissible to Canada.", RULE)
    assert_clean("He was found inadmissible and sent home.", RULE)
    assert_clean("Her statements to police were inadmissible because no lawyer was present.", RULE)
    assert_clean("The border agency said he is inadmissible.", RULE)
