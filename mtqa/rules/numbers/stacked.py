"""Two hedges on one figure ("as much as more than 40 per cent", "approximately around 300").

A spinner that swaps a hedge for a synonym, or an engine that renders one source word twice,
leaves two approximations in a row; they say different things ("as much as" is a ceiling,
"more than" a floor), and the reader cannot tell which was meant.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases

_FIRST = ("about|around|approximately|roughly|nearly|almost|as much as|as many as|more than|less than|fewer than|"
          "at least")
_SECOND = "about|around|approximately|roughly|nearly|almost|more than|less than|fewer than|at least|over|some"
_STACKED = lazy(
    rf"\b(?P<a>{_FIRST})[ \u00a0]+(?P<b>{_SECOND})[ \u00a0]+(?:[$€£][ \u00a0]?)?\d",
    regex.IGNORECASE,
)
_TRIGGERS = tuple(sorted({w for alt in _FIRST.split("|") for w in alt.split()[:1]}))


@rule(
    "numbers/stacked-hedges",
    triggers=(Phrases("hedge", _TRIGGERS, boundary="letters"),),
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    confidence=0.6,
)
def stacked_hedges(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two hedges in a row before one figure (``as much as more than 40 per cent``, ``approximately around 300``).

    ## Why it matters
    Each hedge says something different about the figure (a ceiling, a floor, a guess); two in a
    row are a spinner's or an engine's doubling, and the reader cannot tell which was meant.

    ## Examples
    bad:  Fees rose by [[as much as more than 4]]0 per cent, the group said.
    bad:  The crowd was [[approximately around 3]]00 people.
    good: Fees rose by as much as 40 per cent; the crowd was about 300 people.
    good: Prices rose up to about 40 per cent, and some more than 50 per cent, and fights over more than $5 broke out.

    ## Fix safety
    None: one hedge goes, and which one depends on the source.
    """
    text = par.text
    for m in _STACKED.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), f"Two hedges on one figure: “{m.group('a')}” and “{m.group('b')}”")
