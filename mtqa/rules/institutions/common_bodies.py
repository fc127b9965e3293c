"""Institutions: a government, ministry, embassy or consulate capitalised standing alone ("the Ministry said").

Engines carry the source's capital on a body's short form into English: German capitalises
every noun, and French, Spanish, Italian and Portuguese releases write *le Gouvernement*, *el
Gobierno*, *il Ministero*, *a Embaixada* for their own. The AP Stylebook's *capitalization*
entry lowercases the common-noun element of a name standing alone on later reference, and the
short forms and generic references of governmental bodies; *The Canadian Style* (4.05 (b),
(c)) lowercases a short form used in a general way but lets in-house documents capitalise one
"intended to carry its full force", so a government's own release may write them so.

Which nouns: the stand-alone short form of a local or legislative body is written by edited
copy of several houses ("the City", "the Council", "the Municipality", "the Board", "the
Province", "the House", "the Crown": municipal pages, local and student papers), and is left
out. These four name a state's executive or its missions abroad, which a news story
names from outside; in the tuning half's fold A no clean excerpt writes one of them capitalised
alone (stop 51, titles51's second round in benchmarks/README.md).
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.case import headline_paragraph, title_case
from mtqa.text.quotation import inside_quote

_BODIES = ("Government", "Ministry", "Embassy", "Consulate")
# After "the" and the body, nothing that makes it a name: no capitalised word ("the Government
# House"), no "of" or "for" (a name, "the Ministry of Health", or typography/capitalised-head's
# "the Ministry of ecological environment"), no hyphen, no possessive before a capitalised word
# ("the Embassy's Consular Section").
_ALONE = lazy(
    r"(?<![\p{L}\-])[Tt]he (?P<body>" + "|".join(_BODIES) + r")\b"
    r"(?!\s+(?:\p{Lu}[\p{Ll}.]|of\s|for\s)|-|(?:'s|’s)\s+\p{Lu}\p{Ll})"
)


@rule(
    "institutions/capitalised-common-body",
    triggers=(Phrases("capitalised body", _BODIES, ignorecase=False),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def capitalised_common_body(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“The Ministry said”: a government, ministry, embassy or consulate capitalised where it stands alone.

    ## Why it matters
    The short form of a body is a common noun: "the ministry said", "the embassy replied",
    "the government will act". The capital is the source's (German capitalises every noun;
    Romance-language releases capitalise their own *Gouvernement*, *Ministerio*,
    *Embaixada*), and in news copy it reads as the ministry's voice rather than the paper's.

    ## Examples
    bad:  Once the inquiry began, the [[Ministry->ministry]] said it would act quickly.
    bad:  The [[Embassy->embassy]] replied that the visas would be issued on Monday.
    bad:  Next spring the [[Government->government]] will review the tariff, he added.
    bad:  Staff of the [[Consulate->consulate]] met the families on Friday.
    good: The Government of Canada and the Ministry of Health signed the accord.
    good: The Chinese Embassy in Ottawa and the U.S. Consulate General in Halifax replied.
    good: The City asked the Council to wait, the Crown argued and the House rose.
    good: The Embassy’s Consular Section opens at nine; the Government House lawn is closed.
    good: “The Ministry has not replied,” she said.
    good: Ministry Rejects Claims About Export Fees
    good: The ministry said the embassy would reply; the government agreed.

    ## Fix safety
    Safe: only the body's first letter is lowercased.

    ## Known issues
    A government's own release, which *The Canadian Style* lets capitalise a short form meant
    with its full force ("the Government has adjourned"), is reported; so is a ministry's
    English page about itself.
    """
    text = par.text
    if title_case(par) or headline_paragraph(text):
        return  # a headline's capitals are the page's headline habit
    quoted = inside_quote(text)
    for m in _ALONE.finditer(text):
        if quoted(m.start("body")):
            continue  # a speaker's words
        body = m.group("body")
        low = body.lower()
        yield ctx.finding(par, m.start("body"), m.end("body"), f"“{body}” capitalised standing alone, as a common noun",
                          fix=Fix.safe(f"Write {low}", low), suggestions=(low,))
