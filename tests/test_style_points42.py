"""Rules moved out of the default by stop 39's written rule at stop 42 (issue #11 §3).

Stop 39's rule: a rule whose findings on the tuning half's clean copy (overlapping no label)
outnumber the machine-translation labels only it catches leaves the default for the cp style,
or only the part of it that fires on a form other houses write, where the rule can tell the
parts apart. At stop 42 three rules had one clean flag each and no such label:
``grammar/institution-without-article`` (a wire story's "according to RCMP") and
``boilerplate/photo-credit`` (a credit inside a caption's line) are preview rules that the cp
style selects; ``ridings/province-style`` keeps the French and postal forms (QC, C.-B.) in the
default and reports a province spelled out in full (a weekly's "Ontario") only with cp.
"""

from __future__ import annotations

import pytest

from mtqa import Checker

BARE_ACRONYM = "Two trucks collided near the ferry dock, according to RCMP, and nobody was hurt."
GLUED_CREDIT = ("The mayor cut the ribbon at the arena on Friday. THE CANADIAN PRESS/Lee Rowan — "
                "councillors then toured the rink and the new change rooms.")
SPELLED_OUT = "Conservative MP Rachael Thomas (Lethbridge, Alberta) asked about the grain terminal."
FRENCH_FORM = "Bloc MP Mario Simard (Jonquière, QC) asked about the aluminum smelter."


def _found(text: str, style: str | None = None) -> list[tuple[str, str]]:
    report = Checker(style=style, locale="en-CA").check(text)
    return [(f.rule_id, f.text) for f in report.findings]


def test_the_three_forms_are_quiet_by_default_while_the_french_province_form_is_found() -> None:
    assert _found(BARE_ACRONYM) == []
    assert _found(GLUED_CREDIT) == []
    assert _found(SPELLED_OUT) == []
    assert ("ridings/province-style", "QC") in _found(FRENCH_FORM)


@pytest.mark.parametrize(("text", "rule", "flagged", "look_alike"), [
    (BARE_ACRONYM, "grammar/institution-without-article", "according to RCMP",
     # the article written, and the acronym as a modifier
     "Two trucks collided, according to the RCMP, and RCMP officers closed the dock road."),
    (GLUED_CREDIT, "boilerplate/photo-credit", "THE CANADIAN PRESS/Lee Rowan",
     # a caption ending on its credit, and a slash between party names
     "The mayor cuts the ribbon at the arena on Friday. THE CANADIAN PRESS/Lee Rowan\n\n"
     "The vote split the council along Liberal/NDP lines."),
    (SPELLED_OUT, "ridings/province-style", "Alberta",
     # the CP abbreviation, and a place that is no member's riding
     "Conservative MP Rachael Thomas (Lethbridge, Alta.) spoke, and the firm is based in Calgary (Alberta)."),
], ids=["bare-acronym", "glued-credit", "spelled-out-province"])
def test_quiet_by_default_found_by_cp_and_cp_leaves_the_look_alike(text, rule, flagged, look_alike) -> None:
    assert rule not in {r for r, _ in _found(text)}
    assert (rule, flagged) in _found(text, "cp")
    assert rule not in {r for r, _ in _found(look_alike, "cp")}
