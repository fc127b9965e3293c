"""Made-up variants of the consistency family's kinds (issue 11's generalisation audit,
fourteenth pass): other words than the tuning excerpts' in the same mixes (-ise beside -ize,
percent beside per cent, an acronym's case, a compound closed and open); look-alikes must stay quiet.
"""

from __future__ import annotations

FLAGS = [
    ("consistency/ize-ise", "The city will organize a vote. Officials said they had organised it before.", ["organised"]),
    ("consistency/ize-ise", "Critics said it would modernise transit; the minister said it would modernize buses.", ["modernise"]),
    ("consistency/ize-ise", "The report criticized Ottawa, and the mayor criticised the report too.", ["criticised"]),
    ("consistency/ize-ise", "The party apologized on Monday. Its leader apologised again on Tuesday.", ["apologised"]),
    ("consistency/percent-style", "Prices rose 3 per cent in May. Rents rose 5 percent and wages 2 per cent.", ["percent"]),
    ("consistency/percent-style", "Support fell to 31 percent. The Liberals had 35 per cent and the NDP 18 per cent.", ["percent"]),
    ("consistency/acronym-case", "The RCMP said no. The Rcmp later confirmed it.", ["Rcmp"]),
    ("consistency/compound-form", "The cybersecurity agency warned banks.\n\nIts cyber security chief spoke.",
     ["cyber security"]),
    ("consistency/compound-form", "Lifespans grew. The average life span rose; lifespans of men lagged.", ["life span"]),
    ("consistency/compound-form", "Healthcare workers rallied. “Health care is broken,” one said; healthcare unions agreed.",
     ["Health care"]),
    ("consistency/compound-form", "(Policymakers met.) The policy makers said no; policymakers in Ottawa agreed.", ["policy makers"]),
    ("consistency/compound-form", "LANDOWNERS: The land owners met. Landowners said no.", ["land owners"]),
    ("consistency/compound-form", "The headquarters moved. Its new head quarters are in Laval.", ["head quarters"]),
]

QUIET = [
    ("consistency", "The company will advertise the compromise and exercise its rights; analyses were organized."),
    ("consistency", "Prices rose 3 per cent in May and 5 per cent in June."),
    ("consistency", "The NATO summit opened. NATO leaders met."),
    ("consistency/compound-form", "Her donation helped the island school; the island council says it is land they need, and we do nation building."),
    ("consistency/compound-form", "Health care is a provincial matter, and health-care costs rose."),
    ("consistency/compound-form", "Freshwater lakes hold fresh water, and a wildfire is a wild fire."),
    ("consistency/compound-form", "Everyday life changed; every day the turnout grew, as voters turn out."),
    ("consistency/compound-form", "The setup was quick; they set up the stage and broke down the breakdown."),
]
