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

A short form of a body the story names in full is left alone: Canada.ca's releases, and the
papers that republish them, write "the Government of Canada is investing ... The Government will
also fund", the short form standing for the full title, which *The Canadian Style* 4.05 (b)
says is usually capitalised when it is "intended to carry its full force". The story names the
body in full when the same noun is followed by "of" or "for" and a capitalised name ("the
Ministry of Health", "the Consulate General of Japan") or follows a name or a nationality ("the
Chinese Embassy", "the Ontario Government", "the U.S. Consulate") anywhere in it. A level or
time adjective ("the Federal Government", "the Current Government") does not say which body,
and a possessive ("Peru's Embassy") is one of 4.05 (b)'s lower-case cases: neither is taken as
a name.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.analysis import analysis
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

_BODY = "(?:" + "|".join(_BODIES) + ")"
# A body named in full: the noun before "of"/"for" and a capitalised name ("the Ministry of the
# Interior", "the Consulate General of Japan"), or after a name or nationality ("U.S.", "Chinese",
# "Ontario"), that is not an article, a determiner or a level or time adjective; a possessive
# ("Peru's Embassy") is not a name either (4.05 (b) lowercases a short form after one).
_OF_A_NAME = lazy(r"\b(?P<body>" + _BODY + r")(?:\s+General)?\s+(?:of|for)\s+(?:the\s+)?\p{Lu}")
_AFTER_A_NAME = lazy(r"(?<![\p{L}\p{N}.’'\-])(?P<name>(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*\p{L})\s+(?P<body>"
                     + _BODY + r")\b")
_NOT_A_NAME = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Your", "My",
    "Every", "Each", "No", "Any", "Some", "Whose", "Which", "What",
    "Federal", "Provincial", "Municipal", "Local", "Regional", "National", "Central", "State",
    "Present", "Current", "New", "Former", "Previous", "Interim", "Transitional",
))


@analysis("bodies-named-in-full")
def bodies_named_in_full(doc) -> frozenset[str]:
    """The body nouns the story names in full somewhere (once per document): a capital on the
    same noun standing alone is then the full title's short form, not a common noun."""
    text = doc.text[doc.extent[0]:doc.extent[1]]
    named = {m.group("body") for m in _OF_A_NAME.finditer(text)}
    named.update(m.group("body") for m in _AFTER_A_NAME.finditer(text) if m.group("name") not in _NOT_A_NAME)
    return frozenset(named)


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
    good: The Government of Canada will pay for a clinic in Iqaluit. The Government will also train nurses.
    good: The Chinese Embassy in Ottawa issued a statement; the Embassy called the report false.
    bad:  The Ministry of Health will pay for it, and the [[Government->government]] agreed.

    ## Fix safety
    Safe: only the body's first letter is lowercased.

    ## Known issues
    A short form is left alone wherever the story names the same body in full ("the Government
    of Canada ... the Government"), which a translated story that names its ministry once and
    capitalises it after is too. A government's own release that never names itself in full
    ("the Government has adjourned") is still reported.
    """
    text = par.text
    if title_case(par) or headline_paragraph(text):
        return  # a headline's capitals are the page's headline habit
    quoted = inside_quote(text)
    named: frozenset[str] | None = None
    for m in _ALONE.finditer(text):
        if quoted(m.start("body")):
            continue  # a speaker's words
        body = m.group("body")
        if named is None:
            named = ctx.analysis(bodies_named_in_full)
        if body in named:
            continue  # the short form of a body the story names in full
        low = body.lower()
        yield ctx.finding(par, m.start("body"), m.end("body"), f"“{body}” capitalised standing alone, as a common noun",
                          fix=Fix.safe(f"Write {low}", low), suggestions=(low,))
