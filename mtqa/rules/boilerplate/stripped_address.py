"""Boilerplate: a contact address the page's scrape dropped, leaving "by email at or via …".

Official pages print an e-mail address, a phone number or a link as a link; a scrape, a
translation widget or a copy-paste keeps the words around it and loses the link, so the sentence
points at nothing: ``write to us at or call``, ``by email at.``. What is left is a form, not a
string: a word of contacting, then "at" with nothing after it but "or", "and", a mark or the
paragraph's end.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# A word of contacting, then (within a few words, no sentence end) "at" with nothing after it.
# "at or below", "at or before noon" compare; they are English and stay quiet.
_EMPTY_AT = lazy(
    r"\b(?:e-?mails?|emailing|e-mailing|phone|telephone|call|calling|contact|contacting|write|writing|"
    r"reach|reached|notifications?|fax|text)\b(?:[ \u00a0][\p{L}’'-]+){0,4}?[ \u00a0](?P<at>at)"
    r"(?=[ \u00a0]*(?:$|[.;:)]|[ \u00a0](?:or|and)\b(?![ \u00a0](?:below|above|near|before|after|around|under|"
    r"over|beyond|about|between|within|by[ \u00a0](?:\p{N}|noon|midnight)|during|later|earlier|less|more|least|most)\b)))"
)
_CONTACT_WORDS = ("email", "e-mail", "emails", "e-mails", "emailing", "e-mailing", "phone", "telephone",
                  "call", "calling", "contact", "contacting", "write", "writing", "reach", "reached",
                  "notification", "notifications", "fax", "text")


@rule(
    "boilerplate/stripped-address",
    triggers=(Phrases("a word of contacting", _CONTACT_WORDS),),
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def stripped_address(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"At" with the address dropped after it (``by email at or via our Facebook page``).

    ## Why it matters
    The page's e-mail address or link was a link, and the copy lost it: the reader is told to
    write "at" nothing. An editor restores the address or drops the clause.

    ## Examples
    bad:  Residents may send their comments by email [[at]] or by mail to the town hall.
    bad:  For more information, contact the clerk's office [[at]].
    good: Residents may send their comments by email at clerk@example.org or by mail.
    good: Call the office at or before noon; the team was reached at home.
    good: Temperatures stayed at or below freezing, and the calls came at night.

    ## Fix safety
    None: the address is not in the text.
    """
    for m in _EMPTY_AT.finditer(par.text):
        yield ctx.finding(par, m.start("at"), m.end("at"), "“at” with nothing after it: the address or link was dropped")
