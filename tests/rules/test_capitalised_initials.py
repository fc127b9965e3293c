"""`abbreviations.analysis.capitalised_initials`: the initials of a document's capitalised names,
read once per document by `abbreviations/french-acronym` (which asked the whole text per acronym).

Checked against a direct reading of each run of capitalised words on made-up texts: a whole run
counts, a sentence's article before it does not, and single capitalised words make no initials.
"""

from __future__ import annotations

from mtqa import Checker
from mtqa.document import Document
from mtqa.rules.abbreviations.analysis import capitalised_initials


def test_whole_runs_give_their_initials() -> None:
    doc = Document("The Harbour Ferry Board met.\n\nA Lakeside Water Trust and Mira Quay Cafe opened.")
    got = capitalised_initials(doc)
    assert {"HFB", "LWT", "MQC"} <= got
    assert "THFB" not in got and "ALWT" not in got  # the sentence's article is left out
    assert "HF" not in got and "FB" not in got  # a run counts whole, never in parts


def test_lone_capitals_and_non_breaking_spaces() -> None:
    doc = Document("Ottawa said nothing. North\u00a0Shore Rail left; 2Fast Track is a brand.")
    got = capitalised_initials(doc)
    assert "NSR" in got  # a non-breaking space joins a name as a space does
    assert "O" not in got and "N" not in got
    assert not any(i.startswith("2") for i in got)


def test_french_acronym_spelled_out_anywhere_in_the_story_stays_quiet() -> None:
    checker = Checker(languagetool="off", select=("abbreviations/french-acronym",))
    later = "TPS wardens start on Monday, the mayor said."
    assert checker.check(later).findings  # the French acronym alone is reported
    spelled = "The Tri-Town Parking Service hired two wardens.\n\n" + later
    assert not checker.check(spelled).findings  # the story spells the letters out in English
