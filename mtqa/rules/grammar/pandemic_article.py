"""Grammar: the pandemic named without its article after a preposition ("during COVID-19 pandemic").

"The COVID-19 pandemic" is one event and takes "the" in English prose. Engines working from
languages without articles (Nepali, Hindi, Chinese, Russian and others) print "during COVID-19
pandemic", "amid coronavirus pandemic". Headlines drop articles on purpose, so a line that does
not end as a sentence ends is left alone.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# A preposition (or "and" in a list of events), then the disease's name and "pandemic" with no
# determiner between.
_BARE = lazy(
    r"\b(during|amid|amidst|since|after|before|throughout|in|of|by|from|against|to|with|despite|under|and)"
    r"[ \u00a0]+((?:COVID-19|COVID|Covid-19|Covid|coronavirus|Coronavirus)[ \u00a0]+pandemic)\b(?![-\u2011])"
)
_SENTENCE_END = lazy(r"[.!?][\"”’)]*\s*$")


@rule(
    "grammar/pandemic-without-article",
    triggers=(Phrases("pandemic", ("pandemic",)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def pandemic_without_article(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The pandemic named without its article after a preposition (“during COVID-19 pandemic”), as engines write it from languages without articles.

    ## Why it matters
    The COVID-19 pandemic is one event and takes "the". Dropped, the article marks the copy as
    machine English from a language that has none.

    ## Examples
    bad:  Canada helped Nepal's health sector during [[COVID-19 pandemic->the COVID-19 pandemic]].
    bad:  Flights were cut amid [[coronavirus pandemic->the coronavirus pandemic]], the agency said.
    good: Canada helped Nepal's health sector during the COVID-19 pandemic.
    good: Schools closed twice during a pandemic that lasted three years.
    good: Amid COVID-19 pandemic, city cancels parade
    good: The plan covers post-COVID-19 pandemic-era recovery grants.

    ## Fix safety
    Safe: "the" is added before the name; nothing else changes.
    """
    text = par.text
    if not _SENTENCE_END.search(text):
        return  # a headline or a caption: articles dropped on purpose
    for m in _BARE.finditer(text):
        s, e = m.start(2), m.end(2)
        yield ctx.finding(
            par, s, e,
            f"“{text[s:e]}” without its article: English writes “the {text[s:e]}”",
            fix=Fix.safe("Add “the”", f"the {text[s:e]}"),
        )
