"""A kind the rules misread in issue #11's twenty-ninth batch (a diplomat quoted in a clean local
story: a town's ties "in relationship to" a country), mended as a kind, beside look-alikes that
must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_the_noun_of_a_complex_preposition_stands_bare() -> None:
    rule = "grammar/bare-count-noun"
    assert_clean("The town sits far north in relationship to the river valley, the mayor said.", rule)
    assert_clean("Its budget was small in relationship to its needs, and the clerk spoke on behalf of the board.",
                 rule)
    # the same noun before another word is no complex preposition and still needs its article
    assert _texts("She was in relationship with the former mayor for years, he said.", rule) == ["relationship"]
    assert _texts("The council will vote on proposal to widen the bridge.", rule) == ["proposal"]
