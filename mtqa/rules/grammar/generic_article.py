"""``the health``, ``the soccer``: a field or a sport named generically with the source's article.

French, Spanish, Italian and German give a field of public life or a sport its definite article
when they mean it in general (*investir dans la santé*, *el dopaje en el ciclismo*, *der
Wasserstoff*); English names it bare: ``invest in health care``, ``doping in cycling``. An
engine keeps the article. A closed list of nouns that English uses without an article when it
means the field (never a thing that can be pointed at, as *the economy* or *the violence*
can), and only where the noun ends its phrase: ``the health of``, ``the health minister`` and
``the education they received`` are English.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan

_FIELDS = (
    "health|education|immigration|agriculture|tourism|racism|xenophobia|homophobia|unemployment|humanity|"
    "hydrogen|soccer|hockey|baseball|basketball|tennis|golf|cycling"
)
# What may follow the noun when it ends its phrase: a mark that ends a clause, or a preposition
# or verb that opens the rest of the sentence (never "of", a noun, a pronoun or "that").
_GENERIC = lazy(
    rf"(?<![\p{{L}}\p{{N}}’'-])(?P<the>(?-i:the|The))\s+(?P<noun>{_FIELDS})\b(?![-’'])"
    r"(?=\s*[.,;:!?)]|\s+(?:in|for|is|are|was|were|remains|must|should|will|would|can|and the|or the|"
    r"as a|at all|sector)\b)",
    regex.IGNORECASE,
)


@rule(
    "grammar/article-before-field",
    triggers=(Phrases("field", tuple(_FIELDS.split("|")), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def article_before_field(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*The* before a field or a sport meant in general (``underfunding the health``, ``doping in
    the cycling``): English writes ``health care``, ``doping in cycling``.

    ## Why it matters
    Romance languages and German put the definite article on a noun meant in general (*la santé*,
    *el fútbol*, *die Landwirtschaft*); English leaves it bare, and ``cuts to the education``
    reads as a translation at once. Only a noun that ends its phrase counts.

    ## Examples
    bad:  The party wants to stop underfunding [[the health->health]], its leader said.
    bad:  Doping in [[the cycling->cycling]] is a problem the league has ignored.
    bad:  Investment in [[the hydrogen->hydrogen]] must double, the minister said.
    bad:  Cuts to [[the education->education]] and the arts were announced on Tuesday.
    good: The health of the premier was not discussed; the health minister spoke on Tuesday.
    good: Spending on health is up, and the education they received was poor.
    good: The soccer team won, and the hockey season opens in October.
    good: The economy is slowing, and the violence in the north continues.
    good: She said the hydrogen plant will open next year.

    ## Fix safety
    Display only: the article goes; a field meant as a system may want a noun ("health care").
    """
    try:
        matches = list(_GENERIC.finditer(par.text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        noun = m.group("noun")
        yield ctx.finding(par, m.start(), m.end(), f"“{noun}” meant in general takes no article in English",
                          fix=Fix.display_only(f"Write “{noun}”", replacement=noun))
