"""Grammar: a sentence opening on "Either" with no "or" after it.

French *soit* ("that is", "in other words") and Spanish *o sea* open an explanation; engines
render them "Either", and the sentence never offers the second choice English "either" promises.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_EITHER = lazy(r"(?-i:^Either)\b(?![ \u00a0](?:way|of|one|side|party|team|option|choice|candidate|answer|version|case)\b)")
_OR = lazy(r"\b(?:or|nor)\b")


@rule(
    "grammar/either-without-or",
    # "Either" as written, glued or not: a sentence can open on it only where the paragraph holds it.
    triggers=(Phrases("Either", ("Either",), ignorecase=False, boundary="none"),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def either_without_or(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence that opens on "Either" and never says "or" (``Either the agency has not recommended anything``).

    ## Why it matters
    French *soit* and Spanish *o sea* ("that is", "in other words") come out as "Either";
    the reader waits for the alternative the sentence never gives. "Either way", "Either of
    them" and an "either ... or" sentence are English.

    ## Examples
    bad:  Very disturbing, too. [[Either->In other words,]] the agency and its boss have not recommended anything on ventilation.
    good: Either the agency acts now or the minister will step in.
    good: Either way, the vote is on Monday.
    good: Either of the two candidates could win.

    ## Fix safety
    Display only: "In other words," is suggested; the sentence may need rewording.
    """
    for sent in par.sentences:
        m = _EITHER.match(sent.text)
        if m and not _OR.search(sent.text, m.end()):
            s = sent.start + m.start()
            yield ctx.finding(par, s, s + len("Either"), "“Either” with no “or”: French “soit” (that is) rendered word for word",
                              fix=Fix.display_only("Write “In other words,”", replacement="In other words,"))
