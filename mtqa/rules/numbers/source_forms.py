"""Numbers written as the source language writes them: a decade with a case ending, a decimal comma before a scale word.

Russian and Ukrainian write decades with a case ending (*80-х*, "the 80-ies"); Russian, German,
Spanish and Italian write decimals with a comma (*1,074 трлн*, "1,074 trillion"). English writes
"the 1980s" and "1.074 trillion"; a comma before three digits and "trillion" makes a thousand
times the amount.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_DECADE = lazy(r"(?<![\p{L}\p{N}.,])((?:1[5-9]|20)?\d)0-(?:ies|s|х|x)\b")
_COMMA_SCALE = lazy(r"(?<![\p{N}.,])([1-9]),(\d{3})(?=[ \u00a0](?:trillion|billion)\b)")


@rule(
    "numbers/decade-ending",
    triggers=(Phrases("zero and hyphen", ("0-",), ignorecase=False, boundary="none"),),  # every match holds "0-"
    category="Locale convention/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.85,
)
def decade_ending(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A decade written with a hyphenated case ending (“the 80-ies”, “the 1990-s”), as Russian and Ukrainian write it.

    ## Why it matters
    Russian *в 80-х* and Ukrainian *у 90-х* end the figure with a case ending; engines print
    "80-ies" or "90-s". English writes "the 1980s" (or "the '80s").

    ## Examples
    bad:  The talks recalled those of the [[80-ies->1980s]] between the two nations.
    bad:  Prices last rose this fast in the [[1990-s->1990s]].
    good: The talks recalled those of the 1980s between the two nations.
    good: A 60-seat majority and a 20-something candidate.

    ## Fix safety
    Safe: a short decade (80-ies) is read as the 1900s'; a four-digit one keeps its century.
    """
    text = par.text
    for m in _DECADE.finditer(text):
        digits = m.group(1)
        decade = ("19" + digits if len(digits) == 1 else digits) + "0s"
        yield ctx.finding(par, m.start(), m.end(), f"English writes “{decade}”",
                          fix=Fix.safe(f"Write “{decade}”", replacement=decade))


@rule(
    "numbers/decimal-comma-scale",
    triggers=(Phrases("scale word", ("trillion", "billion"), ignorecase=False, boundary="none"),),
    category="Locale convention/Number format",
    severity=Severity.MAJOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def decimal_comma_scale(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A one-digit figure, a comma and three digits before “trillion” or “billion” (“1,074 trillion euros”): a decimal comma kept.

    ## Why it matters
    Russian, German, Spanish and Italian write 1,074 for 1.074; before a scale word English
    reads the comma as a thousands separator, and "1,074 trillion" is a thousand times the
    sum meant. English copy would write "1.074 trillion" (or "1,074 billion").

    ## Examples
    bad:  Leaders agreed a budget of [[1,074->1.074]] trillion euros for 2021-2027.
    good: Leaders agreed a budget of 1.074 trillion euros for 2021-2027.
    good: The bank holds 12,500 billion won and 1,074 million dollars.

    ## Fix safety
    Display only: the period is suggested; the source decides the amount.
    """
    text = par.text
    for m in _COMMA_SCALE.finditer(text):
        fixed = f"{m.group(1)}.{m.group(2)}"
        yield ctx.finding(par, m.start(), m.end(), f"a decimal comma before a scale word: English writes “{fixed}”",
                          fix=Fix.display_only(f"Write “{fixed}”", replacement=fixed))
