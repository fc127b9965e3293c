"""Abbreviation kinds in forms the tuning half never showed: other bodies, source languages
and places. Bad variants must fire, look-alikes must not (a generalisation audit, issue 11)."""

from __future__ import annotations

FIRES = [
    # french-acronym (and Spanish/Italian ones that share the French order)
    ("abbreviations/french-acronym", "The ONU condemned the attack on Monday."),
    ("abbreviations/french-acronym", "The EU and the UE signed a new deal."),
    ("abbreviations/french-acronym", "The UN agency said the OMS would send staff."),
    ("abbreviations/french-acronym", "The Liberals (PLQ) lost the vote to the Quebec Liberal Party."),
    ("abbreviations/french-acronym", "The NATO summit in Madrid ended; OTAN leaders left."),
    ("abbreviations/french-acronym", "The WHO warned again; the OMS said cases were rising."),
    # lost-periods
    ("abbreviations/lost-periods", "The U.S So the plan failed."),
    ("abbreviations/lost-periods", "The company moved to the U.S in 2020."),
    ("abbreviations/lost-periods", "Trade with the U.S fell by a third."),
    # mixed-forms
    ("abbreviations/mixed-forms", "The US and the U.S. disagree on tariffs."),
    ("abbreviations/mixed-forms", "The U.K. and the UK signed a deal."),
    ("abbreviations/mixed-forms", "The U.S. envoy met US officials in Ottawa."),
    # province-without-periods
    ("abbreviations/province-without-periods", "Voters in BC will go to the polls next year."),
    ("abbreviations/province-without-periods", "Ferries to PEI were cancelled on Monday."),
    ("abbreviations/province-without-periods", "The premier of BC met the mayor of Kelowna."),
]

QUIET = [
    ("abbreviations/french-acronym", "The UN and the WHO met in Geneva; the EU sent staff."),
    ("abbreviations/lost-periods", "The U.S. So-called deal failed; she moved to the U.S. in 2020."),
    ("abbreviations/mixed-forms", "The U.S. and the U.K. signed a deal; the U.S. envoy left."),
    ("abbreviations/province-without-periods", "Voters in B.C. and P.E.I. will go to the polls; BCE shares rose."),
]
