"""A count under ten in figures after "the", "these", "both" or a possessive ("the 2 leaders").

`numbers/small-figure` (preview) reads every lone figure before a plural noun and meets the
figures clean copy keeps (a list's items, scores, tables). A determiner before the figure narrows
it to the counted group a sentence names, which English copy spells out in every house style
("the two leaders", "their three children") and engines keep as figures from Chinese, Russian
or Vietnamese copy ("the 2 governments"). Needs the part-of-speech tagger (the optional extra
``mtqa[grammar]``): without it the rule stays quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import LOWER, Pattern
from mtqa.segment import Paragraph

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# A determiner (case as written, or capitalised at a sentence's start), a lone figure from 2 to 9,
# then one or two lowercase words: "the 2 governments", "Their 3 young children".
_DETERMINED_FIGURE = lazy(
    r"(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)"
    r"[ \u00a0]([2-9])(?![\p{N}.,:/\-–%°'’])[ \u00a0](\p{Ll}+)(?:[ \u00a0](\p{Ll}+))?(?![\p{L}\-’'])"
)
# What keeps figures in every style: measures, money, times, scores, points ("the 2 per cent",
# "the 3 p.m. deadline", "the 5 km loop", "the 4 goals"), and a figure used as a name or rank.
_KEPT = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    metre metres meter meters kilometre kilometres kilometer kilometers km cm mm m mile miles foot feet inch
    inches kilogram kilograms kg gram grams g pound pounds lb lbs tonne tonnes ton tons litre litres liter
    liters ml hectare hectares acre acres degree degrees per percent point points cent cents dollar dollars
    euro euros p a am pm goal goals run runs seed seeds star stars million millions billion billions
    trillion thousand thousands""".split()
)
_ADJECTIVE_TAGS = frozenset({"JJ", "JJS", "JJR", "NN", "VBN"})
# A figure of ten or more close by: a range or a comparison keeps figures ("the 5 to 12 classes").
_BIG_FIGURE_NEAR = lazy(r"\d{2,}")
_NEAR = 24


def _plural_noun(tg: tagging.Tagger, word: str) -> bool:
    """Whether `word` reads as a plural noun ("leaders"; "suspects", whose likeliest tag is a
    verb's; "premiers", which the tagger's lexicon leaves untagged but knows as a noun)."""
    tag = tg.lexicon_tag(word)
    return tag == "NNS" or (tag in ("VBZ", None) and word.endswith("s") and "NOUN" in tg.readings(word))


@rule(
    "numbers/figure-after-determiner",
    triggers=(Pattern("figure under ten before a word", rf"[2-9] [{LOWER}]"),),
    category="Style/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def figure_after_determiner(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A determiner, then a count under ten in figures, then what it counts (“the 2 leaders”).

    ## Why it matters
    English copy spells out a small count that names a group (“the two leaders”, “their three
    children”); a figure there is the source language's way, kept by the engine, and reads like
    a table in a sentence.

    ## Examples
    bad:  The talks between the [[2->two]] premiers ended on Friday.
    bad:  Both [[3->three]] mayors signed, and their [[4->four]] young children watched.
    bad:  Officials named the [[5->five]] largest lenders in the report.
    good: The talks between the two premiers ended on Friday.
    good: The 2 per cent levy, the 3 p.m. deadline and the 5 km loop stay as they are.
    good: The 4 goals in the third and the 2 seeds of the draw; the 9 stars of the guide.
    good: The 3-2 win, the 2019 season and the 7,000 fans; the 2 million doses.
    good: The 5 to 12 classes closed; the No. 2 pick went first.
    good: Her 2 Corinthians reading and the 4 Seasons hotel; Route 2 exits.

    ## Fix safety
    Unsafe: the figure becomes its word; a house style that counts in figures keeps them.

    ## Known issues
    Needs the part-of-speech tagger (``mtqa[grammar]``) to tell a plural noun; without it the
    rule is quiet. A list or table that writes every count in figures is flagged too.
    """
    tg = tagging.tagger()
    if tg is None:
        return
    text = par.text
    for m in _DETERMINED_FIGURE.finditer(text):
        first, second = m.group(2), m.group(3)
        if first in _KEPT or second in _KEPT:
            continue
        counts = _plural_noun(tg, first) or (second is not None and tg.lexicon_tag(first) in _ADJECTIVE_TAGS
                                             and _plural_noun(tg, second))
        if not counts:
            continue
        near = text[max(0, m.start() - _NEAR): m.end() + _NEAR]
        if _BIG_FIGURE_NEAR.search(near):
            continue
        word = _WORDS[int(m.group(1)) - 1]
        yield ctx.finding(
            par, m.start(1), m.end(1), f"A count under ten in figures after a determiner: write “{word}”",
            fix=Fix.unsafe(f"Write {word}", replacement=word),
        )
