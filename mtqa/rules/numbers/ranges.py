"""Ranges and dates written as a form or a table writes them, inside a sentence.

A range opened by "from" or "between" and closed with a dash (*du 24 au 27 août* → "from August
24-27") mixes two ways of writing it; English copy says "from Aug. 24 to 27" (or "Aug. 24-27"
without "from"). A date in figures with slashes ("10/27/2022", "27/5/24") is a form's date:
news copy names the month, and a reader cannot tell the day from the month.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FROM_RANGE = lazy(
    r"\b(?P<w>[Ff]rom|[Bb]etween)[ \u00a0]+(?P<pre>(?:" + _MONTH + r"|\$)[ \u00a0]*)?"
    r"(?P<a>\d{1,4})[ \u00a0]?[-–][ \u00a0]?(?P<b>\d{1,4})(?![\p{L}\p{N}\-–/]|[.,:]\p{N})"
)
# What follows a score ("rallied from 2-0 down") or a season or fiscal year ("from 2019-2020
# season"), and the second end of a range of ranges ("from 2019-20 to 2022-23").
_NOT_A_RANGE_AFTER = lazy(
    r"[ \u00a0]+(?:down|up|deficit|hole|lead|leads|loss|losses|win|wins|victory|defeat|decision|vote|margin|count|"
    r"record|split|series|score|edge|advantage|game|games|final|result|season|seasons|year|years|budget|term|"
    r"campaign|session|school|fiscal|financial|period|academic|cohort|plan|quarter|to|through|and|or)\b"
)


@rule(
    "numbers/from-range",
    triggers=(Pattern("from or between before a figure", r"(?i:from|between)[ \u00a0]+(?:[A-Za-z]+\.?[ \u00a0]*)?\$?\d"),),
    category="Style/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def from_range(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A range opened by “from” or “between” and closed with a dash (“from August 24-27”, “between 10-15”).

    ## Why it matters
    French *du 24 au 27* and *entre 10 et 15*, Vietnamese *từ 24-27* are turned into "from
    24-27" by engines that keep the source's dash; English says "from 24 to 27" and "between 10
    and 15", or the dash alone ("Aug. 24-27").

    ## Examples
    bad:  The festival runs [[from August 24-27->from August 24 to 27]] in the park.
    bad:  Fares will rise by [[between 10-15->between 10 and 15]] per cent.
    good: The festival runs from August 24 to 27 in the park; the fair runs Aug. 24-27.
    good: The Canucks rallied from 2-0 down, and the Leafs came back from a 3-1 deficit.
    good: Spending from 2019-20 to 2022-23 rose; figures from 2020-2021 season were lower.
    good: Call the line from 613-555-0199, or write from COVID-19 wards.

    ## Fix safety
    Display only: the dash becomes "to" (after "from") or "and" (after "between").
    """
    text = par.text
    for m in _FROM_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if len(a) == 4 and len(b) == 2:
            continue  # a fiscal year or a season ("from 2019-20")
        if _NOT_A_RANGE_AFTER.match(text, m.end()):
            continue  # a score, a season, or one end of a longer range
        joiner = "to" if m.group("w").lower() == "from" else "and"
        repl = f"{m.group('w')} {m.group('pre') or ''}{a} {joiner} {b}"
        yield ctx.finding(par, m.start(), m.end(), f"A range after “{m.group('w').lower()}” takes “{joiner}”, not a dash",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


_SLASH_DATE = lazy(r"(?<![\p{L}\p{N}/.,:\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\p{N}/\-])")


@rule(
    "numbers/slash-date",
    triggers=(Pattern("figures with two slashes", r"\d/\d{1,2}/\d"),),
    category="Locale convention/Date format",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.6,
)
def slash_date(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A date in figures with slashes (“10/27/2022”, “27/5/24”) inside a story.

    ## Why it matters
    Forms and tables write dates in figures; news copy names the month ("Oct. 27, 2022"). A
    slashed date also reads two ways: "5/6/24" is May 6 in North America and June 5 almost
    everywhere else, so an engine that keeps the source's order misleads the reader.

    ## Examples
    bad:  The report was published on [[27/5/24]] by the ministry.
    bad:  The ruling came down ([[10/27/2022]]) after a long wait.
    good: The report was published on May 27, 2024, by the ministry.
    good: Help is open 24/7, read the story at example.com/2024/05/27/story, or see page 3/12.
    good: The vote was 13/14/15 in the three rounds? No: it was 13-14 and 15.

    ## Fix safety
    None: the month to name depends on the source's order.
    """
    text = par.text
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
            continue
        yield ctx.finding(par, m.start(), m.end(), "A date in figures with slashes: name the month")
