"""A rank written out in lower case and cut from its name by a stray period.

French writes ranks in lower case before a name (*le lieutenant-colonel Marie Roy*), and an
engine that then misreads the end of the rank as the end of a sentence leaves "the
lieutenant-colonel. Marie Roy said": half a sentence with no subject and a name without its
title. The ranks are the ``ranks`` pack's spelled-out forms.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import jurisdiction
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import LOWER, UPPER, Pattern
from mtqa.segment import Paragraph

# single-word ranks that are ranks only; "general", "major", "private", "captain" are ordinary words too
_SINGLE = frozenset({"colonel", "sergeant", "corporal", "lieutenant", "admiral", "brigadier"})
_SPEECH = lazy(r"(?:said|says|explained|added|told|noted|according to|stated|declared|insisted)\s*$")
_NAME = lazy(r" (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}[\p{L}’'\-]*\p{L}){1,2})(?=[ ,.;:])")


def _ranks(ctx: RuleContext) -> dict[str, str]:
    """Lower-case spelled-out rank → the CP form ("lieutenant-colonel" → "Lt.-Col.")."""
    return ctx.analysis(spelled_ranks)


@analysis("spelled-ranks", packs=("ranks",))
def spelled_ranks(doc, ranks) -> dict[str, str]:
    """The ranks pack's spelled-out ranks that are ranks only, lower-cased, with their CP form."""
    forms = {}
    for spelled, (cp, _rank, _conf) in ranks.spelled.items():
        low = spelled.lower()
        if "(" in low:
            continue
        if " " in low or "-" in low or low in _SINGLE:
            forms[low] = cp or spelled  # ranks CP does not abbreviate are written out
    return forms


_CANDIDATE = lazy(r"(?<![\p{L}-])([Tt]he) ((?:\p{Ll}+[- ]){0,2}\p{Ll}+)\.(?= \p{Lu})")


@rule(
    "titles/rank-cut-by-period",
    triggers=(Pattern("the words. Name", rf"[Tt]he (?:[{LOWER}]+[- ]){{0,2}}[{LOWER}]+\. [{UPPER}]"),),
    category="Fluency/Punctuation",
    severity=Severity.MAJOR,
    scope=Scope.PARAGRAPH,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    confidence=0.65,
)
def rank_cut_by_period(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A lower-case rank cut from the name it belongs to by a period ("the major-general. Jo Roy").

    ## Why it matters
    The rank belongs before the name (Maj.-Gen. Jo Roy); the stray period leaves a sentence
    with no subject and a person without a title.

    ## Examples
    bad:  The mission, explained [[the lieutenant-colonel. ->Lt.-Col. ]]Marie Roy, was a success.
    bad:  “We are ready,” said [[the master corporal. ->Master Cpl. ]]Luc Caron.
    bad:  [[The sergeant. ->Sgt. ]]Paul Ng said the road was closed.
    good: Lt.-Col. Marie Roy led the mission.
    good: He was promoted to the rank of lieutenant-colonel. Marie Roy said he had earned it.
    good: The award went to the major. Jane Roe said she was proud.

    ## Fix safety
    Unsafe: the CP form of the rank replaces the lower-case one and the period goes; the
    editor confirms the sentence was one sentence.
    """
    text = par.text
    if ". " not in text:
        return
    forms = None
    for m in list(_CANDIDATE.finditer(text, timeout=1.0)):
        if forms is None:
            forms = _ranks(ctx)
        rank = m.group(2)
        if rank not in forms:
            continue
        name = _NAME.match(text, m.end())
        if not name:
            continue
        lo, _hi = jurisdiction.sentence_span(par, m.start())
        head = text[lo : m.start()]
        short = len(head.split()) <= 4
        spoken = _SPEECH.search(head) is not None
        if not (short or spoken):
            continue
        start = m.start()
        cp = forms[rank]
        yield ctx.finding(
            par, start, m.end() + 1, f"The rank ({rank}) is cut from the name by a period",
            fix=Fix.unsafe("Put the rank before the name", cp + " "),
        )
