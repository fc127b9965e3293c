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

import msgspec

from mtqa import rx as regex
from mtqa import tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Status, rule
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


# The derived kind: any noun CMU's trigram model shows bare after a preposition far more often than
# after "the" (`scripts/build_generic_nouns.py` -> rules/generic_nouns.toml), the fields above aside.
PACK = "generic_nouns"
SCHEMA = {"nouns!": {"words!": [str]}}
_FIELD_NOUNS = frozenset(_FIELDS.split("|"))


class GenericNouns(msgspec.Struct, frozen=True):
    nouns: frozenset[str]


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> GenericNouns:
    return GenericNouns(frozenset(raw["nouns"]["words"]) - _FIELD_NOUNS)


# "the", or "the" and one lowercase or capitalised word (an adjective, checked with the lexicon),
# right before the noun.
_BEFORE_NOUN = lazy(r"(?<![\p{L}\p{N}’'-])(?P<the>(?-i:the|The))\s+(?:(?P<adj>\p{L}+)\s+)?$")
# The noun ends its phrase: a mark that ends a clause, or a word that opens the rest of the
# sentence (never "of", a noun, a pronoun, "that", "in which").
_PHRASE_END = lazy(
    r"\s*[.,;:!?)]|\s+(?:is|are|was|were|has|had|remains|must|should|will|would|can|could|may|might|and the|"
    r"or the|as a|at all|for|in (?!which|whose)|on (?!which)|with|by)\b"
)


@rule(
    "grammar/article-before-generic-noun",
    triggers=(Phrases("generic noun", lambda data: tuple(sorted(data.nouns)), pack=PACK, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.5,
    status=Status.PREVIEW,
)
def article_before_generic_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*The* before a noun meant in general that English writes bare (``the society has changed``,
    ``the inflation is rising``, ``fighting the poverty``), from a list derived from a language model.

    ## Why it matters
    French, Spanish and German put the definite article on an abstract or mass noun meant in
    general (*la société*, *la pauvreté*, *die Korruption*); English leaves it bare, and "the
    corruption is a problem" reads as a translation. Only a noun that ends its phrase counts:
    "the society of the time", "the poverty that followed" and "the poverty line" are English.

    ## Examples
    bad:  Experts say [[the society->society]] is more divided than before.
    bad:  The plan aims at fighting [[the poverty->poverty]] in rural areas.
    bad:  Voters worry that [[the modern society->modern society]] has lost its way.
    good: Experts say society is more divided than before.
    good: The poverty rate fell, and the poverty that followed the closures was worse.
    good: The society of the time and the society in which they lived were different.
    good: The Royal Society met on Tuesday.
    good: He was treated for cancer in May. Doctors say the cancer is gone.

    ## Fix safety
    Display only: the article goes; a noun meant as one thing the copy named keeps it.

    ## Known issues
    A noun the copy has used before is left alone, since "the" may point back to it ("was
    treated for cancer … the cancer returned"); so is the same "the society" said twice.
    Preview: judged on one fold of the tuning half.
    """
    text = par.text
    data: GenericNouns = ctx.data(PACK)
    tg = None
    for hit in ctx.hits(par):
        k = hit.start
        while k < len(text) and text[k].isalpha():
            k += 1
        noun = text[hit.start:k]
        if noun not in data.nouns:
            continue  # written with a capital ("the Royal Society") or another word
        m = _BEFORE_NOUN.search(text, max(0, hit.start - 40), hit.start)
        if m is None or _PHRASE_END.match(text, k) is None:
            continue
        if _named_before(ctx.doc, par, hit.start, noun):
            continue  # "diagnosed with cancer … to treat the cancer": the article points back
        adj = m.group("adj")
        if adj is not None:
            if tg is None:
                tg = tagging.tagger()
            if tg is None or tg.lexicon_tag(adj.lower()) != "JJ":
                continue  # "the poverty line" reads the noun as a modifier; only an adjective may stand between
        start = m.start("the")
        repl = text[m.end("the"):k].lstrip()
        if m.group("the") == "The":
            repl = repl[:1].upper() + repl[1:]
        yield ctx.finding(par, start, k, f"“{noun}” meant in general takes no article in English",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def _named_before(doc, par: Paragraph, end: int, noun: str) -> bool:
    """Whether `noun` stands as a word in the copy before `end` of `par` (earlier paragraphs, or
    this one before the finding): then "the" may refer back to it."""
    word = regex.compile(rf"\b{noun}\b", regex.IGNORECASE)
    for earlier in doc.paragraphs:
        if earlier is par:
            return word.search(par.text, 0, end) is not None
        if word.search(earlier.text):
            return True
    return False
