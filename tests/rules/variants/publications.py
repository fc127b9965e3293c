"""Made-up variants of the publications family's kinds (issue 11's generalisation audit,
fourteenth pass): other outlets and languages than the tuning excerpts' (Spanish, German,
French titles), in reporting slots of other shapes; ordinary English must stay quiet.
"""

from __future__ import annotations

import pytest

QUEBEC = "Quebec City — The National Assembly sat late on Tuesday. "

FLAGS = [
    ("publications/translated-name", QUEBEC + "According to The Duty, the minister will resign.", ["The Duty"]),
    ("publications/translated-name", QUEBEC + "In an interview with The Press, Legault said no.", ["The Press"]),
    ("publications/translated-name", QUEBEC + "“The Duty” reported that the minister will resign.", ["The Duty"]),
    ("publications/translated-name", "Madrid — the Spanish daily The Country said the vote was close.", ["The Country"]),
    ("publications/translated-name", "Berlin — The news magazine The Mirror reported the deal.", ["The Mirror"]),
    ("publications/translated-name", "Paris — The evening daily The World said talks failed.", ["The World"]),
    ("publications/missing-article", "According to Globe and Mail, the minister resigned.", ["Globe and Mail"]),
    ("publications/missing-article", "Toronto Star reported the deal on Friday.", ["Toronto Star"]),
    pytest.param("publications/lowercase-name", "the toronto star reported the deal.", ["toronto star"],
                 marks=pytest.mark.xfail(strict=True, reason="an outlet's name wholly in lower case is not looked for")),
]

QUIET = [
    ("publications", "The Toronto Sun reported it. The duty of care was discussed."),
    ("publications", "According to The Globe and Mail, the minister resigned; the Toronto Star agreed."),
]
