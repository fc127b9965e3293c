"""Grammar: a plural subject whose verb agrees with the noun of its "of" phrase instead.

An engine that builds the verb from the nearest noun writes ``other topics of the summit
was``: the verb agrees with *summit*, not with *topics*. The pattern is closed (a plural
determiner or quantifier, a plural noun, "of", at most two words, then was/is/has), so it
holds in any text; nouns that end in *s* but are singular (news, series, and the Latin and
Greek singulars in -us and -is: focus, status, crisis, basis), relative clauses (``the leaders of the party that was``)
and a counted span of time, which English takes as one stretch (``three weeks of the campaign was``), are left alone.
"""

from __future__ import annotations

from typing import Iterator


from mtqa import pattern_cache
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan

_PLURAL_HEAD_OF = pattern_cache.compile(
    r"\b(?:[Tt]he|[Oo]ther|[Mm]any|[Ss]everal|[Ss]ome|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Mm]ost) (?:\p{Ll}+ )?(?P<noun>\p{Ll}{2,}[^siu'’\W]s) of (?:the |a |an |this |that |his |her |their |its |our )?"
    r"(?P<mid>(?:\p{Ll}+ )?\p{Ll}+) (?P<verb>was|is|has)\b"
)
_SINGULAR_IN_S = frozenset(
    "news series species politics economics means headquarters mathematics physics ethics crossroads "
    "whereabouts lens bus gas statistics athletics logistics".split())
_RELATIVE = frozenset("that which who whom whose where when what".split())
# A counted span of time taken as one stretch: "the last three weeks of the campaign was quiet".
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
_COUNTS = frozenset("two three four five six seven eight nine ten twelve twenty few".split())
_PLURAL_VERB = {"was": "were", "is": "are", "has": "have"}


@rule(
    "grammar/plural-head-singular-verb",
    triggers=(Phrases("plural of", ("s of ",), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def plural_head_singular_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A plural subject with a singular verb, matched to the noun after "of" (``topics of the summit was``).

    ## Why it matters
    Readers take the verb's number as the subject's; a mismatch reads as a slip of the
    translation and sometimes changes what the sentence says.

    ## Examples
    bad:  Other [[topics of the summit was->topics of the summit were]] the budget and trade.
    bad:  The [[results of the vote is->results of the vote are]] expected tonight.
    good: Other topics of the summit were the budget and trade.
    good: The news of the vote was welcome; the series of the year is over.
    good: The focus of the inquiry was cost; the status of the bridge plan is unclear.
    good: The basis of the claim was weak, and the crisis of the party has deepened.
    bad:  The [[plans of the gathering has->plans of the gathering have]] changed.
    good: The leaders of the party that was founded in 1994 met on Friday.
    good: The last three weeks of the campaign was the quietest stretch of the race.
    bad:  The [[minutes of the meeting was->minutes of the meeting were]] posted online.

    ## Fix safety
    Display only: the verb is made plural; the subject may have been meant singular.
    """
    try:
        matches = list(_PLURAL_HEAD_OF.finditer(par.text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        if m.group("noun") in _SINGULAR_IN_S or _RELATIVE & set(m.group("mid").split()):
            continue
        if m.group("noun") in _TIME_UNITS and _COUNTS & set(par.text[m.start():m.start("noun")].lower().split()):
            continue  # a counted span of time is one stretch: "three weeks of the campaign was quiet"
        start = m.start("noun")
        head = par.text[start:m.start("verb")]
        repl = head + _PLURAL_VERB[m.group("verb")]
        yield ctx.finding(par, start, m.end("verb"), f"“{m.group('noun')}” is plural: write “{_PLURAL_VERB[m.group('verb')]}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
