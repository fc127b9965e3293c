"""Grammar the source language leaves in English: a noun's number.

Chinese marks no plural, and French, Spanish and German mark it where English does not: an
engine translating *l'un des plus grands problèmes* or *其中最大的问题之一* keeps the head
noun as the source had it (``one of the biggest problem``), and *beaucoup de gens* comes out
as ``much people``. The number is read from word classes (``mtqa.tagging``), not a word
list: a singular noun that has a plural of its own, or a plural noun after *much* (the optional
extra ``mtqa[grammar]``; without it those two rules are skipped). The lexical kinds of
interference (prepositions a source verb governs, false friends, articles, reporting verbs,
idioms) are entries of the calques pack (``rules/calques.toml``); a preposition of time the
source chose (*le lundi*, *am Montag* → ``in Monday``) is ``time_place_prepositions``'s.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# Nouns a group is named by: "one of the staff", "one of the family" are English.
_COLLECTIVE = frozenset({
    "staff", "crew", "family", "team", "public", "group", "jury", "band", "club", "committee", "board",
    "council", "panel", "couple", "pair", "audience", "class", "party", "gang", "squad", "faculty",
    "congregation", "household", "cast", "lot", "bunch", "kind", "sort", "type", "people",
})
# What may stand between "one of the" and its noun: adverbs of degree and adjectives.
_MODIFIER_TAGS = frozenset({"JJ", "JJS", "JJR", "RBS", "RBR", "VBN", "VBG", "CD"})
# What may follow the noun phrase's last noun: the phrase has ended there.
_AFTER_HEAD_TAGS = frozenset({"IN", "TO", "WDT", "WP", "VBZ", "VBD", "VBP", "MD", ",", ".", ":", "RB"})
_NOT_AFTER = frozenset({"and", "or", "&", "-", "/", "'s", "’s", "of"})


@rule(
    "grammar/one-of-singular",
    triggers=(Phrases("one of the", ("one of the",)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def one_of_singular(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*One of the* before a singular noun (``one of the biggest problem in the city``).

    ## Why it matters
    *One of* picks one from many, so its noun is plural; a source language without a plural
    (Chinese) or with the plural on the article only leaves the singular, and the sentence
    reads as an error. The noun must be certain: singular in the lexicon, with a plural spelt
    otherwise, written in lowercase, and the last word of its phrase (a preposition, a verb,
    a relative or a mark follows). Nouns for groups (*one of the staff*) stay quiet.

    ## Examples
    bad:  One of the biggest [[problem]] in the city is housing.
    bad:  He is one of the most experienced [[minister]] in the cabinet.
    bad:  Housing is one of the main [[priority]] for the government.
    good: One of the biggest problems in the city is housing.
    good: He is one of the most experienced ministers in the cabinet.
    good: She is one of the staff who stayed; he was one of the team.
    good: It is one of the largest oil and gas companies in Canada.
    good: One of the party leaders spoke; one of the best, he said.
    good: One of the Liberal MPs voted against it.
    good: It is one of the tourist highlights in Singapore.

    ## Fix safety
    None: the noun takes its plural, which an editor writes.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 3):
        if not _one_of_the_at(toks, i):
            continue
        k = _head_at(toks, i)
        if k is None:
            continue
        noun, after = toks[k], toks[k + 1]
        if _certain_singular(noun, tg) and _phrase_ends_at(after, tg):
            yield ctx.finding(par, noun.start, noun.end, f"“one of the” needs a plural noun: “{noun.text}” is singular")


def _one_of_the_at(toks, i: int) -> bool:
    """Whether the tokens from `i` read *one of the*."""
    return toks[i].lower == "one" and toks[i + 1].lower == "of" and toks[i + 2].lower == "the"


def _head_at(toks, i: int) -> int | None:
    """Where the noun of *one of the* at `i` stands, past at most three modifiers (not *few* or
    *many*); None when no token follows it, or when no modifier came between and the word
    before it is not *the*."""
    k = i + 3
    while k < len(toks) and k < i + 6 and toks[k].tag in _MODIFIER_TAGS and toks[k].lower not in ("few", "many"):
        k += 1
    if k >= len(toks) or k + 1 >= len(toks):
        return None
    if k < i + 4 and toks[k - 1].lower != "the":
        return None
    return k


def _certain_singular(noun, tg) -> bool:
    """Whether `noun` is surely a singular that has a plural of its own: a lowercase common
    noun, singular in the lexicon too, not a noun for a group (*staff*, *team*)."""
    if not (noun.text.isalpha() and noun.text.islower()) or noun.tag != "NN" or noun.lower in _COLLECTIVE:
        return False
    return tg.lexicon_tag(noun.lower) == "NN" and tg.has_distinct_plural(noun.lower)


def _phrase_ends_at(after, tg) -> bool:
    """Whether the noun phrase has ended before `after`: a preposition, a verb, a relative or a
    mark follows, and not a word that may be the head noun itself (*one of the tourist
    highlights*)."""
    if after.lower in _NOT_AFTER or after.tag not in _AFTER_HEAD_TAGS:
        return False
    return not (after.text.isalpha() and "NOUN" in tg.readings(after.text))


@rule(
    "grammar/much-with-plural",
    triggers=(Phrases("much", ("much",)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def much_with_plural(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*Much* before a plural noun (``much people came``; ``much countries``): English says *many*.

    ## Why it matters
    French *beaucoup de*, Spanish *mucho/muchos*, German *viel/viele* and Chinese *很多* have
    one word for both; English counts with *many* and measures with *much*, and an engine that
    picks *much* before a plural marks the copy as translated.

    ## Examples
    bad:  [[Much people]] came to the rally on Sunday.
    bad:  The plan was criticised by [[much countries]] in Europe.
    good: Many people came to the rally on Sunday.
    good: Much of the money went to hospitals; much needed supplies arrived.
    good: Thanks very much. Much thanks to the volunteers; as much as 40 per cent.
    good: The report shows how much mayors earn, and how much voters care.
    bad:  The report asked how [[much people]] came to the rally.

    ## Fix safety
    None: *many* is meant, but the sentence may need more.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 1):
        much, noun = toks[i], toks[i + 1]
        if much.lower != "much" or noun.tag != "NNS" or not noun.text.isalpha() or not noun.text.islower():
            continue
        if noun.lower in ("thanks", "times"):
            continue
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.tag.startswith("NN"):
            continue  # "much needs assessment": a compound, not a head
        if i > 0 and toks[i - 1].lower == "how" and after is not None and after.lower in _AMOUNT_VERBS:
            continue  # "how much chiefs make": the plural is the clause's subject, "much" its amount
        yield ctx.finding(par, much.start, noun.end, f"“much” before the plural “{noun.text}”: English says “many”")


# Verbs whose object may be an amount or a degree: after "how much" and a plural, the plural is
# their subject ("how much chiefs make", "how much voters care"), not a count "much" misjudges.
_AMOUNT_VERBS = frozenset("""
    make makes made earn earns earned pay pays paid spend spends spent owe owes owed save saves saved
    lose loses lost charge charges charged raise raises raised receive receives received get gets got
    want wants wanted need needs needed care cares cared value values valued love loves loved
    like likes liked know knows knew use uses used cost costs
""".split())
