"""typography/capitalised-head (`typography.head_capitals`) beyond its one-line examples."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags

needs_tagger = pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)


def test_capitalised_head_after_a_lowercase_modifier() -> None:
    rule = "typography/capitalised-head"
    assert_flags("The plan needs a housing Fund, said the trade Union, as talks among Countries stalled.", rule,
                 ["housing Fund", "trade Union", "Countries"])
    assert_clean("The plan needs the Housing Fund; the new Council met, the Union said, and relations among "
                 "countries and the United Nations improved. Mayor Roe thanked Council.", rule)


@needs_tagger
def test_capitalised_head_before_a_name_needs_a_noun_modifier() -> None:
    rule = "typography/capitalised-head"
    assert_flags("Agents of the border Service of Canada and the federal Department of Finance met.", rule,
                 ["border Service"])


@needs_tagger
def test_capitalised_head_before_a_lowercase_field() -> None:
    rule = "typography/capitalised-head"
    got = assert_flags("Staff of the Ministry of coastal tourism said its Bureau of labour statistics agreed.", rule,
                       ["Ministry of coastal tourism", "Bureau of labour statistics"])
    assert got[0].suggestions == ("Ministry of Coastal Tourism",)
    assert_clean("Staff of the Ministry of Coastal Tourism met the ministry of coastal tourism's head; the "
                 "Department of every region, the Bureau of a city and Secretariat of trade talks agreed.", rule)
