"""typography/spaced-compound: two countries or peoples joined by a spaced dash, slash or
half-spaced hyphen, a kind issue #11 found across the unseen batches (unseen-44 ... unseen-59),
beside the look-alikes that must stay quiet. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

SPACED = "typography/spaced-compound"


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_two_countries_joined_by_a_spaced_dash_before_their_shared_noun() -> None:
    assert _texts("The envoy praised the Canada – Hungary relations.", SPACED) == ["Canada – Hungary"]
    assert _texts("The Vietnam – Australia partnership grew, as did Egyptian / Canadian ties.", SPACED) == [
        "Vietnam – Australia", "Egyptian / Canadian"]


def test_a_spaced_dash_between_countries_that_is_an_aside_or_a_score_stays() -> None:
    assert_clean("The team beat Canada – Hungary won the other semifinal – and went home.", SPACED)
    assert_clean("Final: Canada – Hungary 4-2, then the Canada – Hungary match replay.", SPACED)
    assert_clean("Canada-Hungary relations and the Egyptian-Canadian council met in Ottawa.", SPACED)


def test_a_hyphen_with_a_space_after_it_only_between_names() -> None:
    assert _texts("Members of the Greek- Canadian community gathered.", SPACED) == ["Greek- Canadian"]
    assert_clean("Pre- and post-war records; French- and English-speaking towns.", SPACED)
