"""A comma set before a bracketed aside (issue #11's twenty-fifth batch: a translated readout's
"local time, (… Japan time)"), beside the lists and wire datelines that must stay quiet. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "typography/stacked-separators"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


def test_a_comma_before_a_bracketed_aside_is_stacked() -> None:
    assert _texts("The call began at 9 p.m. Ottawa time, (11 a.m. in Seoul), and lasted an hour.") == [", ("]
    assert _texts("Medals went to Brandon (3), Dauphin, Man., (2) and Selkirk (5).") == [", ("]


def test_the_aside_against_its_word_a_list_and_a_wire_dateline_stay_quiet() -> None:
    assert_clean("The call began at 9 p.m. Ottawa time (11 a.m. in Seoul), and lasted an hour.", RULE)
    assert_clean("Sections (a), (b) and (c) of the bylaw apply to every lot.", RULE)
    assert_clean("Lima, (Andes Wire) The port reopened on Monday after the strike.", RULE)
    assert_clean("Port of Spain, (Andes Wire) Ferries sailed again on Friday.", RULE)
    # an unclosed bracket is not an aside this rule can read
    assert_clean("The list ran on, (see the next page", RULE)
