"""``the health``, ``the soccer``: a field or a sport named generically with the source's article.

French, Spanish, Italian and German give a field of public life or a sport its definite article
when they mean it in general (*privatiser la santé*, *el racismo en el fútbol*, *der
Wasserstoff*); English names it bare: ``privatize health care``, ``racism in soccer``. An
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
    """*The* before a field or a sport meant in general (``privatizing the health``, ``racism in
    the soccer``): English writes ``health care``, ``racism in soccer``.

    ## Why it matters
    Romance languages and German put the definite article on a noun meant in general (*la santé*,
    *el fútbol*, *die Landwirtschaft*); English leaves it bare, and ``cuts to the education``
    reads as a translation at once. Only a noun that ends its phrase counts.

    ## Examples
    bad:  The party wants to stop privatizing [[the health->health]], its leader said.
    bad:  Racism in [[the soccer->soccer]] is a problem the league has ignored.
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


# --- an article before a bill's number, or before a weekday ------------------------------------
# "Le projet de loi 21", "la loi 96": French names a bill with its article; English writes
# "Bill 21". Followed by what ends its noun phrase (never a noun: "the Bill 21 debate").
_BILL = lazy(
    r"(?<![\p{L}\p{N}’'-])(?P<the>(?-i:the|The))\s+(?P<name>(?-i:Bill|bill|Law|law)\s+(?:[CS]-)?\d{1,3})\b(?![-’'.,]\d)"
    r"(?=\s*[.,;:!?)]|\s+(?:is|was|are|were|has|had|will|would|says?|said|remains|requires|bans|on|in|and|to|by|for|which|"
    r"that|at|as|but)\b)"
)
# "Am Freitag", "el viernes": the source's article left before a weekday ("on the Friday"),
# where nothing after it says which Friday ("on the Friday before the vote" is English).
_WEEKDAY = lazy(
    r"(?<![\p{L}])(?P<on>on|On)\s+(?P<the>the)\s+(?P<day>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?![’'\p{L}])(?=\s*[.;:!?)]|\s+(?:a|an|the|he|she|they|we|it|his|her|their|its|to|in|at|with|said|announced)\b)"
)


@rule(
    "grammar/article-before-bill-number",
    triggers=(Phrases("bill", ("Bill", "bill", "Law", "law"), ignorecase=False, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def article_before_bill_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*The* before a bill named by its number (``struck down by the Bill 21``): English writes
    ``Bill 21``.

    ## Why it matters
    French and Spanish name a bill with an article (*le projet de loi 21*, *la ley 5*); English
    names it bare, as it does a chapter or a highway. Only where the name ends its phrase:
    ``the Bill 21 debate`` is English.

    ## Examples
    bad:  The teacher's hiring was blocked by [[the Bill 21->Bill 21]], her lawyer said.
    bad:  Critics of [[the Law 96->Law 96]] say it goes too far.
    good: The teacher's hiring was blocked by Bill 21, her lawyer said.
    good: The Bill 21 debate lasted a year, and the Bill 96 hearings open Monday.
    good: The law 21 years ago was different.

    ## Fix safety
    Display only: the article goes.
    """
    try:
        matches = list(_BILL.finditer(par.text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        name = " ".join(m.group("name").split())
        yield ctx.finding(par, m.start(), m.end(), f"“{name}” takes no article in English",
                          fix=Fix.display_only(f"Write “{name}”", replacement=name))


@rule(
    "grammar/article-before-weekday",
    triggers=(Phrases("weekday", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                      ignorecase=False, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.55,
)
def article_before_weekday(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*On the* before a weekday that nothing after it singles out (``you will see on the Friday
    a plan``): English says ``on Friday``.

    ## Why it matters
    German *am Freitag*, Spanish *el viernes*, Italian *il venerdì* put an article before the
    day; English drops it unless a phrase after the day says which one (``on the Friday before
    the vote``, ``on the Monday after``).

    ## Examples
    bad:  Ministers will meet [[on the Friday->on Friday]] to sign the deal.
    bad:  Police arrested him [[on the Sunday->on Sunday]] at his home.
    good: Ministers will meet on Friday to sign the deal.
    good: They met on the Friday before the vote, and again on the Monday after.
    good: The deal was signed on the Friday of that week; on the Sunday that followed, talks resumed.

    ## Fix safety
    Display only: the article goes.
    """
    try:
        matches = list(_WEEKDAY.finditer(par.text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        repl = f"{m.group('on')} {m.group('day')}"
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group('day')}” takes no article here",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
