"""Numbers: a range of figures written with a spaced dash before what it counts (``70 – 80 percent``,
``US$1 – 2 million``, ``3 – 5 years``).

Indonesian, Vietnamese, Russian and Polish copy write a range as two figures around a spaced
dash, and engines keep it. Canadian Press style writes ``70 to 80 per cent`` in running text (a
hyphen, unspaced, in a table or a compound modifier); the spaced dash reads as a dash that cut the
sentence. A score (``won 3 – 2``), a time of day and years in a heading are left alone: the rule
reads a range only before a unit, an amount's word or a counted noun of a closed class.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph

# Two figures (an amount's currency sign kept on the first) around a dash with spaces, then what the
# range counts: a percentage, an amount's word, a measure or a counted noun (general knowledge).
_RANGE = lazy(
    r"(?<![\p{L}\p{N}.,])((?:[A-Z]{0,2}\$|€|£)?\d+(?:[.,]\d+)?)[ \u00a0]+[–—-][ \u00a0]+(\d+(?:[.,]\d+)?)"
    r"(?=[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b|million\b|billion\b|trillion\b|thousand\b|years?\b|months?\b|"
    r"weeks?\b|days?\b|hours?\b|minutes?\b|people\b|persons\b|workers\b|students\b|times\b|km\b|kilometres?\b|"
    r"kilometers?\b|metres?\b|meters?\b|tonnes?\b|tons?\b|degrees?\b|hectares?\b))"
)


@rule(
    "numbers/spaced-dash-range",
    triggers=(Pattern("figure, spaced dash, figure", r"\d[ \u00a0]+[–—-][ \u00a0]+\d"),),
    category="Locale convention/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def spaced_dash_range(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A range of figures written with a spaced dash before what it counts (“70 – 80 percent”, “US$1 – 2 million”).

    ## Why it matters
    Indonesian, Vietnamese, Russian and Polish copy write a range as figures around a spaced dash;
    an engine keeps it, and the dash reads as one that cut the sentence. Canadian copy writes
    “70 to 80 per cent”.

    ## Examples
    bad:  Exports are expected to grow [[70 – 80->70 to 80]] percent this year.
    bad:  The company plans to raise [[US$1 – 2->US$1 to 2]] million in the offering.
    bad:  The work will take [[3 – 5->3 to 5]] years, the ministry said.
    good: Exports are expected to grow 70 to 80 per cent this year.
    good: The Leafs won 3 – 2 in overtime on Saturday night.
    good: The office is open 9 – 5 on weekdays; see pages 10 – 12 of the report.
    good: The 2019 – 2020 season ended early, and a 70-80 split was agreed.

    ## Fix safety
    Safe: the dash and its spaces become “to”; the figures and what follows are kept.
    """
    text = par.text
    for m in _RANGE.finditer(text):
        lo, hi = m.group(1), m.group(2)
        fixed = f"{lo} to {hi}"
        yield ctx.finding(par, m.start(), m.end(), "A range written with a spaced dash: English writes “to”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))
