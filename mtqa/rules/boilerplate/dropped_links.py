"""Boilerplate: an e-mail address or a link the page held as a link, dropped when the copy was taken.

A council's or a school board's notice says "write to us by email at [address] or via our
Facebook page"; the address is a link on the page, and a scraper or a translation engine that
keeps only the text leaves "by email at or via". What is left is a preposition with nothing to
govern: a hole the reader sees and the editor must fill from the source.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# A way of reaching someone ("by email", "notifications", "write", "contact") and, within the
# clause, "at" or "via" straight before "or"/"and" (the first of two addresses gone), or before
# the paragraph's end (the only address gone).
_ADDRESS_WORDS = r"(?:e-?mails?|courriel|notifications?|write|writing|contact|contacting|reach|text|sent|send)"
_DROPPED = lazy(
    rf"\b{_ADDRESS_WORDS}\b[^.!?\n]{{0,50}}?\b(?P<hole>(?:at|via) (?:or|and)\b|(?:at|via)(?=\s*$)"
    rf"|address\s*:(?=\s*$))"
)


@rule(
    "boilerplate/dropped-address",
    triggers=(Phrases("a way of reaching someone", ("mail", "notification", "courriel", "write", "writing",
                                                    "contact", "reach", "text", "sent", "send"), boundary="none"),),
    category="Accuracy/Omission",
    severity=Severity.MINOR,
    confidence=0.8,
)
def dropped_address(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An e-mail address or link dropped from a notice (``by email at or via Facebook``).

    ## Why it matters
    The address was a link on the page and the copy kept only the words around it. The sentence
    now tells readers to write "at" nothing; the address has to be taken back from the source.

    ## Examples
    bad:  Send your questions by email [[at or]] through the township's Facebook page.
    bad:  Residents can sign up for text alerts [[at]]
    bad:  Comments may be sent to the clerk at the following email [[address:]]
    good: Send your questions by email at info@example.ca or through the township's Facebook page.
    good: Residents can sign up for text alerts at the town hall or online.
    good: Comments may be sent to the clerk. She will reply by email at once or call back.

    ## Known issues
    Only the address's own sentence is read: a notice whose next paragraph holds the address
    after "address:" is still flagged, and an editor decides.
    """
    for m in _DROPPED.finditer(par.text):
        yield ctx.finding(par, m.start("hole"), m.end("hole"),
                          "An address or link seems to have been dropped here: take it back from the source")
