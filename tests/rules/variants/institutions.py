"""Made-up variants of the institutions family's kinds (issue 11's generalisation audit,
fourteenth pass): a province called a state and spun names of federal bodies, in other words
and positions than the tuning excerpts'; the look-alikes must stay quiet.
"""

from __future__ import annotations

import pytest

FLAGS = [
    ("institutions/province-as-state", "The state of Quebec will cover the cost, the premier said.", ["The state of Quebec"]),
    ("institutions/province-as-state", "The Ontario state government said hospitals were full.", ["state government"]),
    ("institutions/province-as-state", "Alberta's state legislature passed the bill.", ["state legislature"]),
    ("institutions/spun-name", "The Royal Canadian Mounted Law enforcement said the suspect fled.",
     ["Royal Canadian Mounted Law enforcement"]),
    ("institutions/spun-name", "The Financial institution of Canada raised rates.", ["Financial institution of Canada"]),
    pytest.param("institutions/spun-name", "The Canada Income Agency sent letters to taxpayers.", ["Canada Income Agency"],
                 marks=pytest.mark.xfail(strict=True, reason="only the spun forms the pack lists are known")),
]

QUIET = [
    ("institutions/province-as-state", "The state of Michigan and the province of Ontario signed a deal."),
    ("institutions/province-as-state", "The state of emergency in Quebec was lifted."),
    ("institutions/spun-name", "The Royal Canadian Mounted Police said the suspect fled."),
    ("institutions/spun-name", "The Canada Revenue Agency and the Bank of Canada sent letters."),
]
