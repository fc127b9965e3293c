"""names/party-name-case: a named party in lower case, and its fix."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "names/party-name-case"


def test_the_fix_capitalises_the_name_and_keeps_the_article() -> None:
    got = assert_flags("Deputies from the socialist party walked out.", RULE, ["the socialist party"])
    assert got[0].suggestions[0] == "the Socialist Party"
    got = assert_flags("The christian democratic party chose a leader.", RULE, ["The christian democratic party"])
    assert got[0].suggestions[0] == "The Christian Democratic Party"


def test_a_possessive_is_outside_the_span() -> None:
    got = assert_flags("The chancellor and his ailing people's party lost.", RULE, ["people's party"])
    assert got[0].suggestions[0] == "People's Party"


def test_descriptions_of_a_party_stay_quiet() -> None:
    assert_clean("It became a more conservative party; a socialist party was founded in 1905.", RULE)
    assert_clean("The ruling party, the national party and the party system were debated.", RULE)
    assert_clean("The Socialist Party and the Liberal party met at the birthday party.", RULE)


def test_the_fix_capitalises_every_word_of_a_hyphenated_name() -> None:
    got = assert_flags("The vote split the social-democratic party, its whip said.", RULE,
                       ["the social-democratic party"])
    assert got[0].suggestions[0] == "the Social-Democratic Party"
