"""Numbers written as the source language writes them: a decade with a case ending, a decimal comma before a scale word, a figure counted in thousands.

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
from mtqa.scan import DIGIT, Pattern, Phrases
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


# A figure, then "thousand" as a counting word: Spanish "300 mil", Russian "300 тысяч", Chinese
# "30万" rendered "300 thousand". Not a compound adjective ("a 2 thousand-year-old site") and not a
# name ("the 10 Thousand Villages store": capitalised).
_FIGURE_THOUSAND = lazy(r"(?<![\p{L}\p{N}.,])(\$|€|£)?(\d{1,3}(?:\.\d+)?)[ \u00a0]thousand(?![\p{L}\-])")


@rule(
    "numbers/figure-thousand",
    triggers=(Pattern("figure and thousand", rf"[{DIGIT}][ \u00a0]thousand"),),
    category="Locale convention/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def figure_thousand(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A figure followed by the word “thousand” (“300 thousand people”), as Spanish, Russian or Chinese counts.

    ## Why it matters
    Spanish *300 mil*, Russian *300 тысяч* and Chinese *30万* come out as "300 thousand";
    English news copy writes the figure whole ("300,000") and keeps the scale word for
    million and above.

    ## Examples
    bad:  Some [[300 thousand->300,000]] people marched in the capital.
    bad:  The fund paid [[$45 thousand->$45,000]] and 2.5 million in grants.
    bad:  About [[1.5 thousand->1,500]] workers went on strike.
    good: Some 300,000 people marched, and several thousand more stayed home.
    good: A thousand fans came; thousands more watched, and a 2 thousand-year-old coin was shown.
    good: She shopped at the 10 Thousand Villages store on the 3 Thousand Islands tour.

    ## Fix safety
    Safe: the figure is multiplied by a thousand and grouped with commas.
    """
    text = par.text
    for m in _FIGURE_THOUSAND.finditer(text):
        sign, figure = m.group(1) or "", m.group(2)
        whole = round(float(figure) * 1000)
        fixed = f"{sign}{whole:,}"
        yield ctx.finding(par, m.start(), m.end(), f"English writes the figure whole: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))
