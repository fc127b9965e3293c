"""Every family's made-up variants (`tests/rules/variants/`): the bad ones fire, the look-alikes
stay quiet, on whichever scanning backend runs the suite."""

from __future__ import annotations

import pytest

from mtqa.testing import findings
from tests.rules.variants import (
    abbreviations,
    boilerplate,
    consistency,
    encoding,
    institutions,
    names,
    nonwords,
    numbers,
    publications,
    quotes,
    repetition,
    spelling,
    titles,
    typography,
    untranslated,
)

FAMILIES = (abbreviations, boilerplate, consistency, encoding, institutions, names, nonwords, numbers,
            publications, quotes, repetition, spelling, titles, typography, untranslated)

FIRES = [case for family in FAMILIES for case in getattr(family, "FIRES", ())]
FLAGS = [case for family in FAMILIES for case in getattr(family, "FLAGS", ())]
QUIET = [case for family in FAMILIES for case in getattr(family, "QUIET", ())]


def test_every_family_has_bad_and_good_variants() -> None:
    for family in FAMILIES:
        assert getattr(family, "FIRES", ()) or getattr(family, "FLAGS", ()), family.__name__
        assert getattr(family, "QUIET", ()), family.__name__


@pytest.mark.parametrize(("rule", "text"), FIRES)
def test_variant_fires(rule: str, text: str) -> None:
    assert findings(text, rule), f"{rule} missed a variant of its kind: {text!r}"


@pytest.mark.parametrize(("rule", "text", "flagged"), FLAGS)
def test_variant_is_flagged(rule: str, text: str, flagged: str | list[str]) -> None:
    expected = [flagged] if isinstance(flagged, str) else flagged
    assert [f.text for f in findings(text, rule)] == expected


@pytest.mark.parametrize(("rule", "text"), QUIET)
def test_look_alike_stays_quiet(rule: str, text: str) -> None:
    got = findings(text, rule)
    assert not got, [(f.rule_id, f.text, f.message) for f in got]
