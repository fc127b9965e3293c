"""Grammar: a subordinate clause printed as a sentence ("Whereas he has accused India of it.").

Hindi, Chinese, Spanish and Italian run a clause of reason or contrast on after a full stop
(*Mientras que él mismo…*, *因为…*); an engine keeps the stop, and the English sentence is a
clause with no main clause: it opens on "Because", "Whereas", "Although" or a participle of
reporting ("Recalling that") and never reaches a comma. Quotations (speech has fragments),
questions and headlines are left alone.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.quotation import inside_quote_pooling_guillemets

_OPENERS = ("Because", "Whereas", "Although", "Though", "Recalling that", "Considering that", "Stressing that",
            "Noting that", "Given that")
_OPENING = lazy(r"(?:" + "|".join(_OPENERS) + r")[ \u00a0]+\p{Ll}")
# Sentences shorter than this are a reply or a caption ("Because of the rain.").
_MIN_WORDS = 6


@rule(
    "grammar/clause-as-sentence",
    triggers=(Phrases("opener", _OPENERS, ignorecase=False, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.6,
)
def clause_as_sentence(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence that is only a clause of reason, contrast or report (``Whereas he himself has accused India of it.``).

    ## Why it matters
    The source ran the clause on from the sentence before; in English it stands alone with no
    main clause, and the reader waits for a sentence that never comes.

    ## Examples
    bad:  The minister denied it. [[Whereas he himself has accused the country of involvement in the matter.]]
    bad:  Many leave. [[Because there is more fame and money to be earned at home.]]
    bad:  The agency said so. [[Recalling that the sale of the drug to anyone under 18 is illegal.]]
    good: Because there is more money at home, many leave.
    good: Although the law changed, sales fell; whereas prices rose.
    good: “Because there is more money to be earned at home,” she said.
    good: Why? Because of the rain. Because it was late in the day, the vote was put off.

    ## Fix safety
    None: the clause joins the sentence before it, or takes a subject and verb of its own.
    """
    text = par.text
    if par.kind not in ("paragraph", "quote", "list-item"):
        return
    inside = None
    for s in par.sentences:
        body = s.text.rstrip()
        if not _OPENING.match(body) or not body.endswith(".") or "," in body or ";" in body:
            continue
        if len(body.split()) < _MIN_WORDS:
            continue
        if inside is None:
            inside = inside_quote_pooling_guillemets(text)
        if inside(s.start) or any(mark in body for mark in "“”\"«»"):
            continue
        yield ctx.finding(par, s.start, s.start + len(body), "A clause printed as a sentence: it has no main clause")
