"""Made-up variants of the spelling family's kinds (issue 11's generalisation audit, fourteenth
pass): other words than the tuning excerpts' in the same slip (US forms in Canadian copy, in
other positions); look-alikes must stay quiet.
"""

from __future__ import annotations

import pytest

FLAGS = [
    ("spelling/foreign-spelling", "Ottawa's neighbor said the fire spread fast. The favorite, she said, was Toronto.",
     ["neighbor", "favorite"]),
    ("spelling/foreign-spelling", "The Toronto theater closed. The Montreal center reopened.", ["theater", "center"]),
    ("spelling/foreign-spelling", "The Ottawa labor union said its members in Ontario would strike.", ["labor"]),
    ("spelling/foreign-spelling", "The Canadian defense minister spoke. The Ontario traveler was delayed.", ["defense", "traveler"]),
    pytest.param("spelling/foreign-spelling", "Her driver's license was suspended in Ontario.", ["license"],
                 marks=pytest.mark.xfail(strict=True, reason="the noun license (verb license) is not told apart")),
]

QUIET = [
    ("spelling", "The Toronto theatre closed. The Montreal centre reopened; she toured the World Trade Center."),
]
