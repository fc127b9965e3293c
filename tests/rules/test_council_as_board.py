"""A municipal council called "the board" (French *le conseil*), flagged only in a council's story
that names no board (issue #11, branch unseen42's third round). Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "institutions/council-as-board"


def test_a_council_called_the_board_is_flagged() -> None:
    text = "The mayor opens each sitting. The Board votes on every by-law, and board members may ask questions."
    assert [f.text for f in findings(text, RULE)] == ["Board", "board"]


def test_a_named_board_or_a_single_mention_stays() -> None:
    assert_clean("The mayor met the school board. The board agreed to share the gym with the town council.", RULE)
    assert_clean("The mayor sits on the Board of Health; the board meets monthly, and the city council agreed.", RULE)
    assert_clean("The mayor said the board was told, and council voted on the by-law.", RULE)
    assert_clean("The board approved the budget. The board meets in May.", RULE)  # no council in the story
