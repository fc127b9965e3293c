"""``a number concrete steps``: a noun of quantity with its *of* dropped.

English joins *a number*, *a series*, *a lot*, *a handful* … to what they count with *of*; an
engine from a language that builds the phrase otherwise (Chinese 一些, Russian *ряд мер* with
a case ending, German *eine Reihe konkreter Schritte* with a genitive) or a spinner that drops a
short word leaves the two nouns side by side. The word after the quantity noun is read from
its tag (``mtqa.tagging``): a plural noun, or an adjective and a plural noun. *A couple* is left
out (``a couple weeks`` is American usage), and so is a noun of quantity that is itself a
modifier (``a series finale``, ``a majority government``: singular nouns after it).
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_QUANTITIES = frozenset({"number", "series", "lot", "handful", "host", "range", "variety", "multitude",
                         "plethora", "slew", "bunch", "raft"})


@rule(
    "grammar/quantity-without-of",
    triggers=(Phrases("quantity", tuple(sorted(_QUANTITIES)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def quantity_without_of(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*A number*, *a series*, *a lot* … straight before what they count (``a number concrete
    steps``): English needs ``a number of concrete steps``.

    ## Why it matters
    Without *of* the phrase does not parse; a reader has to rebuild it.

    ## Examples
    bad:  The minister announced [[a number concrete->a number of concrete]] steps on Friday.
    bad:  Police made [[a series arrests->a series of arrests]] in the region.
    bad:  The plan drew [[a lot criticisms->a lot of criticisms]] from mayors.
    good: The minister announced a number of concrete steps on Friday.
    good: The series finale aired, and a majority government was elected; a host city was named.
    good: It took a couple weeks, and a lot more people came; a range rover was parked there.
    good: Voters cast a number one vote, and a dozen seats went quickly.

    ## Fix safety
    Display only: "of" is added.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(1, len(toks) - 1):
        art, noun, nxt = toks[i - 1], toks[i], toks[i + 1]
        if art.lower != "a" or noun.text not in _QUANTITIES or not nxt.text.isalpha() or not nxt.text.islower():
            continue
        if nxt.tag == "NNS" and nxt.lower.endswith("s"):
            end = nxt
        elif nxt.tag == "JJ" and i + 2 < len(toks) and toks[i + 2].tag == "NNS" and toks[i + 2].text.islower():
            end = nxt
        else:
            continue
        repl = f"{art.text} {noun.text} of {end.text}"
        yield ctx.finding(par, art.start, end.end, f"“{art.text} {noun.text}” needs “of” before what it counts",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
