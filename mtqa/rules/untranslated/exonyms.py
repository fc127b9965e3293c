"""Untranslated: a foreign place under its French or Spanish name ("in Barcelone", "from Pékin").

Engines pass a place name through when it looks like a name; a French or Spanish exonym of a
city or country English names otherwise is then left in the English sentence.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# Exonym → English name. Names that English also uses, or that stand in company and team names
# ("Credit Suisse", "Team Italia", "Air Brasil", "Argentine" the adjective), are left out.
_EXONYMS = {
    "Barcelone": "Barcelona", "Londres": "London", "Pékin": "Beijing", "Moscou": "Moscow", "Varsovie": "Warsaw",
    "Genève": "Geneva", "Venise": "Venice", "Copenhague": "Copenhagen", "Lisbonne": "Lisbon", "Athènes": "Athens",
    "Séville": "Seville", "Floride": "Florida", "Californie": "California", "Allemagne": "Germany",
    "Angleterre": "England", "Espagne": "Spain", "Italie": "Italy", "Chine": "China", "Russie": "Russia",
    "Belgique": "Belgium", "Irlande": "Ireland", "Grèce": "Greece", "Turquie": "Turkey", "Égypte": "Egypt",
    "Algérie": "Algeria", "Tunisie": "Tunisia", "Brésil": "Brazil", "Mexique": "Mexico", "Japon": "Japan",
    "Corée": "Korea", "Royaume-Uni": "United Kingdom", "États-Unis": "United States", "Pays-Bas": "Netherlands",
    "Nouvelle-Zélande": "New Zealand", "Nueva York": "New York", "Alemania": "Germany", "Francia": "France",
    "Estados Unidos": "United States", "Reino Unido": "United Kingdom", "Inglaterra": "England",
    "Japón": "Japan", "Rusia": "Russia", "Pekín": "Beijing", "Suiza": "Switzerland", "Bélgica": "Belgium",
    "Países Bajos": "Netherlands", "Canadá": "Canada",
}
_EXONYM = lazy(r"(?<![\p{L}\-’'])(?P<name>" + "|".join(sorted(_EXONYMS, key=len, reverse=True)) + r")(?![\p{L}\-])")


@rule(
    "untranslated/source-exonym",
    triggers=(Phrases("exonym", tuple(sorted(_EXONYMS)), ignorecase=False, boundary="letters"),),
    category="Accuracy/Untranslated",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def source_exonym(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A foreign place under its French or Spanish name (``talks in Barcelone``, ``flights to Pékin``).

    ## Why it matters
    French and Spanish name many cities and countries their own way (*Barcelone*, *Pékin*,
    *Alemania*); an engine passes the name through as a name, and an English reader may not
    recognise the place.

    ## Examples
    bad:  The talks were held in [[Barcelone->Barcelona]] last week.
    bad:  Exports to [[Alemania->Germany]] fell, the ministry said.
    good: The talks were held in Barcelona last week.
    good: Credit Suisse, Team Italia and the Argentine team met in Montréal; Albert Londreson spoke.

    ## Fix safety
    Safe: the place's English name replaces its French or Spanish one.
    """
    text = par.text
    for m in _EXONYM.finditer(text):
        name = m.group("name")
        english = _EXONYMS[name]
        yield ctx.finding(par, m.start(), m.end(), f"“{name}” is the source language's name: English says “{english}”",
                          fix=Fix.safe(f"Write “{english}”", replacement=english))
