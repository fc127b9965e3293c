"""Made-up variants of the spelling and consistency families' kinds (issue 11's generalisation
audit, fourteenth pass): other words than the tuning excerpts' in the same slips (US forms in
Canadian copy, -ise beside -ize, percent beside per cent); look-alikes must stay quiet.
"""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, findings

BAD = [
    ("spelling/foreign-spelling", "Ottawa's neighbor said the fire spread fast. The favorite, she said, was Toronto.",
     ["neighbor", "favorite"]),
    ("spelling/foreign-spelling", "The Toronto theater closed. The Montreal center reopened.", ["theater", "center"]),
    ("spelling/foreign-spelling", "The Ottawa labor union said its members in Ontario would strike.", ["labor"]),
    ("spelling/foreign-spelling", "The Canadian defense minister spoke. The Ontario traveler was delayed.", ["defense", "traveler"]),
    ("consistency/ize-ise", "The city will organize a vote. Officials said they had organised it before.", ["organised"]),
    ("consistency/ize-ise", "Critics said it would modernise transit; the minister said it would modernize buses.", ["modernise"]),
    ("consistency/ize-ise", "The report criticized Ottawa, and the mayor criticised the report too.", ["criticised"]),
    ("consistency/ize-ise", "The party apologized on Monday. Its leader apologised again on Tuesday.", ["apologised"]),
    ("consistency/percent-style", "Prices rose 3 per cent in May. Rents rose 5 percent and wages 2 per cent.", ["percent"]),
    ("consistency/percent-style", "Support fell to 31 percent. The Liberals had 35 per cent and the NDP 18 per cent.", ["percent"]),
    ("consistency/acronym-case", "The RCMP said no. The Rcmp later confirmed it.", ["Rcmp"]),
    pytest.param("spelling/foreign-spelling", "Her driver's license was suspended in Ontario.", ["license"],
                 marks=pytest.mark.xfail(strict=True, reason="the noun license (verb license) is not told apart")),
]

GOOD = [
    ("spelling", "The Toronto theatre closed. The Montreal centre reopened; she toured the World Trade Center."),
    ("consistency", "The company will advertise the compromise and exercise its rights; analyses were organized."),
    ("consistency", "Prices rose 3 per cent in May and 5 per cent in June."),
    ("consistency", "The NATO summit opened. NATO leaders met."),
]


@pytest.mark.parametrize(("rule", "text", "flagged"), BAD)
def test_variant_is_flagged(rule: str, text: str, flagged: list[str]) -> None:
    assert [f.text for f in findings(text, rule)] == flagged


@pytest.mark.parametrize(("rule", "text"), GOOD)
def test_look_alike_is_quiet(rule: str, text: str) -> None:
    assert_clean(text, rule)
