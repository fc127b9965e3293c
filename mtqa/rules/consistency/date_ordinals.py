"""One story, one way of writing a day after its month: with an ordinal ending, or without.

A story pieced together from engine output writes "March 31" in one paragraph and "April
2nd" in the next: the source's "le 2 avril" or "2 de abril" rendered once as a figure and once
as an ordinal. News styles pick one (CP and AP write the figure alone; `numbers/date-ordinal-suffix`
in the `cp` profile flags every ordinal); this rule, on by default, flags only a mix.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.abbreviations.analysis import MONTH, DateOcc, date_occurrences

_SUFFIXES = ("st", "nd", "rd", "th")


def _suffix(d: DateOcc) -> str:
    """The ordinal ending written after the date's day ("" when there is none)."""
    tail = d.par.text[d.end : d.end + 2]
    return tail if tail in _SUFFIXES else ""


@rule(
    "consistency/ordinal-date-mix",
    category="Locale convention/Date format",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(MONTH,),  # the dates analysis's
)
def ordinal_date_mix(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Days after a month written both with an ordinal ending and without in one story (May 3 beside June 4th).

    ## Why it matters
    A story keeps one date style. Days written "June 4th" among days written "May 3" show
    pieces translated apart; the figure alone is the North American news style, so on a tie
    the ordinal endings are flagged.

    ## Examples
    bad:  The budget was tabled on May 3. The vote is set for [[June 4th->June 4]].
    bad:  Polls open Oct. 21 and close [[Oct. 22nd->Oct. 22]]; results come Oct. 25.
    good: The budget was tabled on May 3. The vote is set for June 4.
    good: The budget was tabled on May 3rd. The vote is set for June 4th.
    good: Posted May 3, 2024\\n\\nThe vote is set for June 4th and the count for June 5th.
    good: The fair runs from the 4th to the 6th of June, and opens May 3.

    ## Fix safety
    Safe: only the ordinal ending is dropped or kept; which style wins is the story's majority
    (the figure alone on a tie).

    ## Known issues
    Only a day after its month is read ("June 4th"); "the 4th of June" is left alone.
    """
    layout = ctx.analysis(line_roles)
    dates = [d for d in ctx.analysis(date_occurrences) if layout.role(d.par, d.start) is LayoutRole.BODY]
    ordinal = [d for d in dates if _suffix(d)]
    plain = [d for d in dates if not _suffix(d)]
    if not ordinal or not plain:
        return
    if len(ordinal) <= len(plain):
        for d in ordinal:
            written = d.par.text[d.start : d.end + 2]
            yield ctx.finding(
                d.par, d.start, d.end + 2, f"“{written}” beside dates written without an ordinal ending",
                fix=Fix.safe(f"Write {written[:-2]}", edits=(Edit(d.end, d.end + 2, ""),)),
                suggestions=(written[:-2],),
            )
        return
    for d in plain:
        written = d.par.text[d.start : d.end]
        day = int(d.par.text[d.end - 2 : d.end].strip() or "0")
        suffix = _ordinal_suffix(day)
        yield ctx.finding(
            d.par, d.start, d.end, f"“{written}” beside dates written with an ordinal ending",
            fix=Fix.safe(f"Write {written}{suffix}", edits=(Edit(d.end, d.end, suffix),)),
            suggestions=(written + suffix,),
        )


def _ordinal_suffix(day: int) -> str:
    """English's ending for a day of the month: 1st, 2nd, 3rd, 4th, 11th, 21st."""
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
