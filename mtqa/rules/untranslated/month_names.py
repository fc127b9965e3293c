"""A day in figures before a month written in the source language ("31 mar", "3 avril").

French, Spanish, Italian and Portuguese write the day before a lowercase month ("le 3 avril",
"el 31 de marzo"); an engine that leaves the month alone leaves a date an English reader stops
at. The list holds the four languages' month names and abbreviations that are no English
month or abbreviation of one ("feb", "oct", "nov" lowercased are style slips, not leftovers)
and no English word ("may").
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph

# Each source form, with the English month it names.
_MONTHS = {
    "January": "janv janvier ene enero gennaio janeiro",
    "February": "févr février febrero febbraio fevereiro",
    "March": "mars mar marzo março",
    "April": "avr avril abr abril aprile",
    "May": "mai mayo maggio maio",
    "June": "juin junio giugno junho",
    "July": "juil juillet julio luglio julho",
    "August": "août ago agosto",
    "September": "septembre septiembre settembre setembro",
    "October": "octobre octubre ottobre outubro",
    "November": "novembre noviembre novembro",
    "December": "déc décembre dic diciembre dicembre dezembro",
}
_ENGLISH_OF = {form: month for month, forms in _MONTHS.items() for form in forms.split()}
_FORMS = "|".join(sorted(_ENGLISH_OF, key=len, reverse=True))
# A day (1-31), a space, "de " for Spanish and Portuguese, the month, an optional period, then no
# more letters; "ago" only where "years ago" cannot be meant (a month's day, never a count).
_DAY_MONTH = lazy(
    rf"(?<![\p{{L}}\p{{N}},.])([1-9]|[12]\d|3[01])[ \u00a0](?:de[ \u00a0])?({_FORMS})\.?(?![\p{{L}}\p{{N}}'’-])"
)
_COUNT_BEFORE = lazy(r"(?i:\b(?:some|about|around|nearly|almost|only|just|over|under|the|those|these)|\d)[ \u00a0]$")


@rule(
    "untranslated/source-month",
    triggers=(Pattern("a figure before a lowercase word", r"[0-9][ \u00a0][a-zéû]"),),
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def source_month(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A day in figures before a month left in French, Spanish, Italian or Portuguese (“31 marzo”).

    ## Why it matters
    A month in the source language after the day is a leftover of the source's date; an
    English reader may not know the word, and the date is in no English style.

    ## Examples
    bad:  The strike began on [[3 avril->April 3]] and ended a week later.
    bad:  Polls close on [[14 de junio->June 14]], officials said.
    bad:  Updated [[31 mar.->March 31]] 2024
    good: The strike began on April 3 and ended a week later.
    good: Some 5 ago said so; it was 3 Mars bars and 2 mai tais.
    good: The top 3 may change, and 4 mar the view; the 8 marzo-themed posters.

    ## Fix safety
    Safe: the month is written in English before the day, as North American copy dates.
    """
    text = par.text
    for m in _DAY_MONTH.finditer(text):
        form = m.group(2)
        if form == "ago" and _COUNT_BEFORE.search(text, 0, m.start()):
            continue
        if form in ("mai", "mar") and _followed_by_noun(text, m.end()):
            continue  # "2 mai tais", "4 mar the view": a word of its own
        english = f"{_ENGLISH_OF[form]} {m.group(1)}"
        yield ctx.finding(par, m.start(), m.end(), f"“{form}” is the source language's month: write “{english}”",
                          fix=Fix.safe(f"Write {english}", replacement=english), suggestions=(english,))


_LOWER_WORD_AFTER = lazy(r"[ \u00a0]\p{Ll}")


def _followed_by_noun(text: str, end: int) -> bool:
    """Whether a lowercase word follows: a date's month ends its phrase or runs into a year."""
    return bool(_LOWER_WORD_AFTER.match(text, end))
