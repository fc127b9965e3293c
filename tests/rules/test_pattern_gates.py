"""Rules that skip a paragraph by a substring test before running a pattern over it: every match of
the pattern holds one of the substrings, so the test never sets aside a paragraph the pattern
would match in. Checked on look-alikes at the edges of each pattern (case, marks, spacing,
letters beyond ASCII, glued words)."""

from __future__ import annotations

import random

import pytest

from mtqa.rules.consistency import number_forms
from mtqa.rules.consistency import rules as consistency
from mtqa.rules.names import order
from mtqa.rules.names import misspelt_names
from mtqa.rules.nonwords import rules as nonwords
from mtqa.rules.titles import legislators

_COMMON = ["the", "The", " ", " ", "  ", "\u00a0", ",", ".", "’s", "'s", "-", "—", "Laval", "Élise", "Roy", "said",
           "at", "16", "٢", ":", "\n", "Quebec", "s"]

GATES = [
    ("names/honorific-given-name", order._HONORIFIC, order._HONORIFICS,
     ["Mr.", "Mr", "Mrs", "Ms.", "Dr", "Mme", "Madam", "Mister", "MR.", "mr.", "Mx.", "Justin", "Trudeau"]),
    ("consistency/honorific-period", consistency._HONORIFIC, consistency._HONORIFIC_HEADS,
     ["Mr", "Mrs", "Ms", "Mss", "Dr", "Prof", "Messrs", "Mr.", "MR", "dr", "Prof.", "Tam", "Singh", "Ética"]),
    ("consistency/name-order", consistency._HEAD_OF_NAME, consistency._INSTITUTION_HEADS,
     ["University of Laval", "Museum of Élise", "Library of Roy-Ford", "Hospital of", "University", "College", "Institute", "Hospital", "Museum", "Library", "university", "of", "Toronto",
      "UNIVERSITY", "Universities", "Université"]),
    ("consistency/name-order", consistency._NAME_THEN_HEAD, consistency._INSTITUTION_HEADS,
     ["University", "College", "Institute", "Hospital", "Museum", "Library", "university", "of", "Toronto",
      "UNIVERSITY", "Universities", "Université"]),
    ("titles/first-minister", legislators._UK_FIRST_MINISTERS, legislators._UK_NATIONS,
     ["Scotland", "Scottish", "Wales", "Welsh", "Northern", "Ireland", "Holyrood", "Senedd", "Stormont", "scotland",
      "WALES", "Welshman", "Scots"]),
    ("names/near-known-name", misspelt_names._LED_GOVERNMENT, (" government",),
     ["Legault", "government", "Government", "governments", "’s", "the", "Ford", "ford"]),
    ("nonwords/scrambled-acronym", nonwords._TERM_ANY, ("-",),
     ["Covid", "19", "-19", "‐19", "–19", "Covid-19", "COVID", "Sars", "٣"]),
    ("consistency/clock-style", number_forms._TWENTY_FOUR, (":",),
     ["at", "until", "16:00", "16∶00", "18", "30", "00:15", "14:3", "13:05:30"]),
]


@pytest.mark.parametrize(("rule_id", "pattern", "needles", "pieces"), GATES, ids=[g[0] for g in GATES])
def test_a_text_without_the_substrings_holds_no_match(rule_id, pattern, needles, pieces) -> None:
    rng = random.Random(rule_id)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces + _COMMON) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 8)))
        if pattern.search(text):
            matched += 1
            assert any(n in text for n in needles), (rule_id, text)
    assert matched > 20, "the look-alikes never match: the test would prove nothing"
