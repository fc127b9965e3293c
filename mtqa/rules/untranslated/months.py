"""Untranslated: a month left in the source language after a day figure ("Moscow, 31 mar").

French, Spanish, Portuguese and Italian write months in lowercase, often cut ("31 mar", "12
juin", "5 ene"); an engine that passes a dateline or a date through leaves it. English copy
names the month in English with a capital ("March 31").
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph

# Month names and their cuts in French, Spanish, Portuguese and Italian, lowercase as they write them.
_MONTHS = (
    "janvier|janv|février|fevrier|févr|fév|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|déc|"
    "enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|dez|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    # cuts that are English words too: only before a mark, a figure or the line's end
    "mar|may|jun|jul|sept|sep|oct|nov|feb"
)
_AMBIGUOUS = frozenset("mar may mai jun jul sept sep oct nov feb ago dez".split())
_SOURCE_MONTH = lazy(
    r"(?<![\p{L}\p{N}.,/])(?:[1-9]|[12]\d|3[01])[ \u00a0](?P<m>(?-i:" + _MONTHS + r"))\.?(?![\p{L}\-’'])"
)
_AFTER_CUT = lazy(r"\.?(?:\s*[,;:()\[\]–—-]|\s+\d|\s*$)")


@rule(
    "untranslated/source-month",
    triggers=(Pattern("day figure before a lowercase word", r"\d [a-zé]"),),
    category="Accuracy/Untranslated",
    severity=Severity.MINOR,
    confidence=0.6,
)
def source_month(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A month in French, Spanish, Portuguese or Italian after a day figure (``Moscow, 31 mar (Agency)``, ``12 juin``).

    ## Why it matters
    A dateline or a date the engine did not translate tells the reader the copy is a machine's
    and, in a cut form ("5 ene", "3 dic"), may not be read as a date at all.

    ## Examples
    bad:  Havana, [[31 mar]] (Agency) The minister said talks would resume.
    bad:  The law was adopted on [[12 juin]] by the assembly.
    bad:  The vote is set for [[5 enero]] 2025.
    good: Havana, March 31 (Agency) The minister said talks would resume.
    good: The 12 may not all vote; 3 mar the record, critics said; 10 mai tai cocktails.
    good: The fair opens June 12 and the 31 marchers left at 9.

    ## Fix safety
    None: the month is named in English, in the house's date style.
    """
    text = par.text
    for m in _SOURCE_MONTH.finditer(text):
        if m.group("m") in _AMBIGUOUS and not _AFTER_CUT.match(text, m.end()):
            continue  # "the 12 may not", "3 mar the record": an English word
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group('m')}” is a month in the source language")
