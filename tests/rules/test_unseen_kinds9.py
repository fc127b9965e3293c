"""Kinds missed on the ninth unseen batch (issue #11) and on older tuning-half copy, mended as
kinds: the diplomatic "side" after "that" or "by" and in the possessive, Spanish "celebration of"
an election or a congress, "commercial war" and "commercial tensions", and a related-link prompt
("You may be interested: …"). Every sentence here is made up; each bad one was missed before."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, findings

CALQUES = ("calques/french-calque", "calques/false-friend")
FURNITURE = ("boilerplate/furniture-line",)


def _calque_messages(text: str) -> list[str]:
    return [f.message for f in findings(text, CALQUES)]


@pytest.mark.parametrize("text", [
    "The embassy stressed that the Japanese side must withdraw the claim.",
    "The note, never answered by the Mexican side, was read out by the ambassador.",
    "The consulate protested strongly on the Korean side's decision to close the office.",
])
def test_the_diplomatic_side_after_that_or_by_or_in_the_possessive(text: str) -> None:
    assert any("加方" in m for m in _calque_messages(text)), text


@pytest.mark.parametrize("text", [
    "At the embassy reception, guests on the Canadian side waved flags.",
    "The ambassador crossed to the German side by noon.",
    "Fans at the embassy cheered from the Canadian side as the teams skated out.",
    "The consul stood on the Canadian side of the bridge as the ambassador arrived.",
])
def test_a_side_that_is_a_place_stays_quiet(text: str) -> None:
    assert not any("加方" in m for m in _calque_messages(text)), text


@pytest.mark.parametrize("text", [
    "The government set the celebration of early elections for the spring.",
    "After the celebration of the PSOE congress in Seville, the leader spoke.",
    "The ruling coalition announced the celebration of snap elections in May.",
])
def test_the_celebration_of_an_election_or_a_congress(text: str) -> None:
    assert any("celebración" in m for m in _calque_messages(text)), text


@pytest.mark.parametrize("text", [
    "Fans joined the celebration of the election victory downtown.",
    "A celebration of elections and democracy filled the square.",
    "The town held a celebration of the summit's success.",
])
def test_a_real_celebration_stays_quiet(text: str) -> None:
    assert not any("celebración" in m for m in _calque_messages(text)), text


@pytest.mark.parametrize("text", [
    "The two neighbours have been in a commercial war since the spring.",
    "Markets fell amid commercial tensions between Ottawa and Washington.",
])
def test_commercial_war_and_tensions(text: str) -> None:
    assert any("commerciale" in m for m in _calque_messages(text)), text


def test_commercial_near_war_or_tension_in_idiomatic_copy_stays_quiet() -> None:
    assert_clean("The commercial port reopened after the war, and tensions eased by June.", CALQUES)


@pytest.mark.parametrize("line", [
    "You will be interested",
    "► YOU MAY BE INTERESTED: Ottawa sends more troops to Latvia",
    "You might also be interested: Five tips for new drivers",
])
def test_a_related_link_prompt_is_furniture(line: str) -> None:
    text = f"Troops left on Monday.\n\n{line}\n\nThe minister spoke."
    assert [f.text for f in findings(text, FURNITURE)] == [line]


@pytest.mark.parametrize("text", [
    "Troops left on Monday.\n\nYou may be interested to know that the base reopened on Tuesday.",
    "You will be interested in the results, she told reporters.\n\nTroops left on Monday.",
    "You may be interested: that is what the minister told reporters on Monday, adding nothing.",
])
def test_a_sentence_that_opens_like_the_prompt_stays_quiet(text: str) -> None:
    assert_clean(text, FURNITURE)
