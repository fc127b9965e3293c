"""Comparison as the source language builds it: ``more big than``, ``the most cheap``.

French (*plus grand*), Spanish (*más grande*), Italian (*più grande*) and Chinese (更大) compare
every adjective with a word; English adds *-er* and *-est* to short ones, and ESL references
list ``more big`` and ``the most cheap`` among Romance speakers' errors. The adjectives are a
closed list of short ones whose *-er* form is the only standard comparative (not ``clear``,
``true``, ``real`` or ``free``, which take *more* in good writers too).
"""

from __future__ import annotations

from typing import Iterator

from mtqa import tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# short adjective → its comparative and superlative
_SHORT = {
    "big": ("bigger", "biggest"), "small": ("smaller", "smallest"), "large": ("larger", "largest"),
    "high": ("higher", "highest"), "low": ("lower", "lowest"), "cheap": ("cheaper", "cheapest"),
    "fast": ("faster", "fastest"), "slow": ("slower", "slowest"), "strong": ("stronger", "strongest"),
    "weak": ("weaker", "weakest"), "long": ("longer", "longest"), "short": ("shorter", "shortest"),
    "old": ("older", "oldest"), "young": ("younger", "youngest"), "rich": ("richer", "richest"),
    "poor": ("poorer", "poorest"), "tall": ("taller", "tallest"), "great": ("greater", "greatest"),
    "deep": ("deeper", "deepest"), "wide": ("wider", "widest"), "easy": ("easier", "easiest"),
    "heavy": ("heavier", "heaviest"), "busy": ("busier", "busiest"), "cold": ("colder", "coldest"),
    "hot": ("hotter", "hottest"), "warm": ("warmer", "warmest"), "new": ("newer", "newest"),
    "quick": ("quicker", "quickest"), "safe": ("safer", "safest"), "early": ("earlier", "earliest"),
    "late": ("later", "latest"), "happy": ("happier", "happiest"),
}
_WORDS = "|".join(sorted(_SHORT, key=len, reverse=True))
# "more big than", "more big." (a predicate), "the most big city"; not "more big companies"
# ("more" counts the companies) nor "one more big push".
_ANALYTIC = lazy(
    rf"\b(?P<more>[Mm]ore) (?P<adj>{_WORDS})\b(?= than (?P<than>[\p{{L}}-]+)|\s*[.,;:!?)])"
    rf"|\b(?P<the>[Tt]he) most (?P<sup>{_WORDS})\b(?![-’'])",
)


@rule(
    "grammar/analytic-comparative",
    triggers=(Phrases("more or most", ("more", "most")),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def analytic_comparative(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*More* or *the most* before a short adjective that compares with *-er* and *-est* (``more
    cheap than``, ``the most big city``): English says ``cheaper than``, ``the biggest city``.

    ## Why it matters
    A source language that compares with a word (*plus*, *más*, *più*, 更) leads an engine to
    write *more* and *most* before every adjective; English uses them with long adjectives
    only, and ``more big`` reads as a learner's error. *More* counts only before *than* or at
    the end of a phrase: ``more big companies`` and ``one more big push`` count the nouns, and
    ``more young than old voters`` weighs two qualities (an adjective after *than*).

    ## Examples
    bad:  Rents in the city are [[more high->higher]] than in the suburbs.
    bad:  The new plan is [[more cheap->cheaper]], the minister said.
    bad:  Toronto is [[the most big->the biggest]] city in the country.
    good: Rents in the city are higher than in the suburbs.
    good: More big companies moved here, and one more big push is needed.
    good: The most important city; the most high-profile case; the more likely result.
    good: It is more clear than ever, and prices were more or less stable.
    good: The party draws more young than old voters; she was more happy than sad.

    ## Fix safety
    Display only: the *-er* or *-est* form replaces the two words.
    """
    tg = tagging.tagger()
    if tg is None:
        raise CheckSkipped(tagging.MISSING)
    for m in _ANALYTIC.finditer(par.text):
        if m.group("more"):
            than = m.group("than")
            if than and (than.lower() in _SHORT or tg.lexicon_tag(than.lower()) in ("JJ", "JJR")):
                continue  # "more young than old voters", "more happy than sad": two qualities weighed
            repl = _SHORT[m.group("adj")][0]
            if m.group("more")[0] == "M":
                repl = repl.capitalize()
        else:
            repl = f"{m.group('the')} {_SHORT[m.group('sup')][1]}"
        yield ctx.finding(par, m.start(), m.end(), f"A short adjective compares with “-er”/“-est”: “{repl}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
