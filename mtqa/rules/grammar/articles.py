"""Grammar: articles that English needs and engines from article-less languages drop.

Chinese, Russian, Japanese and other languages without articles (and engines that lose
French *l'*) leave a singular noun bare where English needs *a* or *the*: ``issued evacuation
order for the town``, ``events of different nature``, ``according to RCMP``. Each pattern
names a closed list of nouns and what follows them, and headline-style lines (which drop
articles on purpose) are skipped.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.rules.grammar import anchored
from mtqa.rules.grammar.anchored import matches_at, words_before
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.tokens import alternatives, contains_any, lower_words

TIMEOUT = 0.5  # seconds per paragraph scan

# Verbs of issuing and deciding, and the singular count nouns they take in news copy.
_VERBS = (
    "issued|released|announced|signed|adopted|made|took|received|filed|launched|published|tabled|"
    "ordered|imposed|lifted|declared|rejected|approved|granted|sent|submitted|opened|presented|proposed"
)
_COUNT_NOUNS = (
    "order|warning|statement|decision|report|complaint|lawsuit|request|proposal|bill|motion|ruling|warrant|"
    "investigation|appeal|alert|advisory|notice|ban|curfew|injunction|recommendation|announcement|"
    "press release|news release|directive|decree|resolution|memo|letter"
)
_NOT_MODIFIERS = (
    "the|a|an|its|his|her|their|this|that|these|those|another|one|no|every|each|any|some|our|my|your|what|"
    "which|whose|such|first|last|two|three|both|all|it|them|him|us|me|out|up|on|in|to|for|by|with|of|and|or|but|"
    "public|clear|good|sure|certain|possible|known"
)
_BARE_NOUN = lazy(
    rf"\b(?P<verb>{_VERBS})\s+(?P<np>(?:(?!(?:{_NOT_MODIFIERS})\b)\p{{Ll}}[\p{{Ll}}-]*\s+)?(?:{_COUNT_NOUNS}))\b(?![-’'])"
    r"(?=\s*[,.;:]|\s+(?:to|into|for|on|in|against|after|before|over|from|that|which|at|as|last|this|early|late|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|\b(?P<of>of)\s+(?P<np2>(?:different|similar|another|other) (?:nature|kind|type|sort|magnitude|scale|order))\b(?![-s])",
    regex.IGNORECASE,
)
# A match needs one of the verbs, or "of" before one of these words.
_BARE_NOUN_TRIGGERS = alternatives(_VERBS) | alternatives("different|similar|another|other")
_PARTICIPLE_BEFORE = lazy(r"(?:\b(?:the|a|an|its|his|her|their|this|that|these|those|our|newly|recently|once|already)|['’]s)\s+$", regex.IGNORECASE)
_HEADLINE_END = lazy(r"[.!?…”\"’')]\s*$")


def _article(np: str) -> str:
    return "an" if np[:1].lower() in "aeiou" else "a"


@rule(
    "grammar/missing-article",
    triggers=(Phrases("bare noun", tuple(sorted(_BARE_NOUN_TRIGGERS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def missing_article(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A singular count noun with no article after a verb of issuing (``issued evacuation order for``).

    ## Why it matters
    Languages without articles give the engine nothing to translate into *a* or *the*; the
    bare noun reads as a headline in the middle of a sentence, and editors add the article
    every time.

    ## Examples
    bad:  The district [[issued evacuation order->issued an evacuation order]] for the valley on Monday.
    bad:  The company [[filed complaint->filed a complaint]] against the union.
    bad:  Both fires are [[of different nature->of a different nature]], officials said.
    good: The district issued an evacuation order for the valley on Monday.
    good: The district issued evacuation orders for the valley on Monday.
    good: The court issued its ruling on Friday, and the board made public the report.
    good: The two sides reached agreement on wages.
    good: District issues evacuation order for valley
    good: The premier praised the signed bill on Monday, and Ottawa's proposed ban on plastics.

    ## Fix safety
    Display only: "a" or "an" is added; "the" may be meant.
    """
    text = par.text
    if par.kind not in ("paragraph", "quote", "list-item") or not _HEADLINE_END.search(text):
        return  # a headline or a caption line: articles are dropped there on purpose
    if ctx.analysis(lower_words, par).isdisjoint(_BARE_NOUN_TRIGGERS):
        return
    matches = anchored.matches(_BARE_NOUN, text, lambda: bare_noun_matches(text, ctx.hits(par)), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if m.group("verb") and _PARTICIPLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the signed bill", "Ottawa's proposed ban": a participle, not a verb
        if m.group("of"):
            np = m.group("np2")
            repl = f"of {_article(np)} {np}"
        else:
            np = m.group("np")
            repl = f"{m.group('verb')} {_article(np)} {np}"
        yield ctx.finding(par, m.start(), m.end(), f"“{np}” needs an article here",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def bare_noun_matches(text: str, trigger_hits: list) -> list:
    """The matches ``_BARE_NOUN.finditer(text)`` finds, given its trigger's hits: a match begins
    at a verb of issuing (a trigger word) or at the "of" before "different", "similar",
    "another" or "other" (the run of letters before a trigger word), and is tried there alone
    (`anchored.matches_at`)."""
    starts = set()
    for hit in trigger_hits:
        starts.add(hit.start)
        starts.update(words_before(text, hit.start, 1))
    return matches_at(_BARE_NOUN, text, starts)


# Institutions that Canadian copy names by an acronym with "the" (CP style: the RCMP, the UN).
_INSTITUTIONS = "RCMP|OPP|UN|EU|CRA|CBSA|IMF|OECD|WHO|WTO"
_NEEDS_THE = lazy(
    r"\b(?P<prep>according to|for|by|of|with|from|against|than|like|at|inside|within|joined|joins|join)\s+"
    rf"(?P<acr>(?-i:{_INSTITUTIONS}))\b(?![-’'])"
    r"(?=\s*[.,;:!?)]|\s+(?:said|says|is|was|has|had|will|would|which|that|who|in|on|at|to|but|since|after|before)\b)",
    regex.IGNORECASE,
)
_INSTITUTION_SET = frozenset(_INSTITUTIONS.split("|"))  # a match needs one, as written


@rule(
    "grammar/institution-without-article",
    status=Status.PREVIEW,  # stop 42, stop 39's rule: 1 clean flag, 0 MT labels alone; cp selects it
    triggers=(Phrases("institution", tuple(sorted(_INSTITUTION_SET)), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def institution_without_article(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An institution's acronym without its article (``according to RCMP``, ``a report by UN``).

    ## Why it matters
    Canadian copy writes "the RCMP", "the UN", "the EU", "the CRA" when the acronym is a noun;
    an engine from a language without articles, or one that lost *la GRC*'s *la*, leaves it bare.

    ## Examples
    bad:  The suspect was arrested, [[according to RCMP->according to the RCMP]], on Tuesday.
    bad:  The plan was criticized by the opposition and [[by UN->by the UN]].
    good: The suspect was arrested, according to the RCMP, on Tuesday.
    good: The vote was called by RCMP officers and UN staff.
    good: Exports to EU countries rose, and both RCMP and OPP officers attended.
    good: She spoke with UN-backed investigators.

    ## Fix safety
    Display only: "the" is added before the acronym.
    """
    if not contains_any(par.text, _INSTITUTION_SET):
        return
    text = par.text
    try:
        matches = list(_NEEDS_THE.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        repl = f"{m.group('prep')} the {m.group('acr')}"
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group('acr')}” takes “the” as a noun",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
