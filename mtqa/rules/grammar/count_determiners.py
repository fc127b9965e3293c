"""Grammar: "this" before a plural noun ("this measures will", "this countries").

`grammar/determiner-number` reads a closed list of news nouns; this rule reads word classes
instead: "this", at most two adjectives, then a noun the tagger's lexicon calls plural (not a
verb in -s: "this measures the cost" is a verb), where the noun phrase ends on a verb, a modal,
a preposition or a mark. Needs the part-of-speech tagger (the optional extra ``mtqa[grammar]``).
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
_ENDS_TAGS = frozenset({"MD", "VBP", "VBD", "IN", "."})
_ENDS_MARKS = frozenset({",", ";", ":"})
_SINGULAR_USE = frozenset("data media news series species means headquarters odds".split())


@rule(
    "grammar/this-with-plural",
    triggers=(Phrases("this", ("this",), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.6,
)
def this_with_plural(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"This" before a plural noun that ends its phrase (``this measures will``, ``this countries are``).

    ## Why it matters
    An engine that loses the plural of the determiner (*ces* → "this") leaves a phrase every
    reader stops on.

    ## Examples
    bad:  Officials said [[this measures]] will take effect in May.
    bad:  [[This new countries]] are members of the bloc.
    good: Officials said these measures will take effect in May.
    good: This measures the cost; this data is new; this year's plans were cut.
    good: This week's talks and this season's games were moved.

    ## Fix safety
    None: "these", or the noun in the singular, depending on what was meant.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, det in enumerate(toks):
        if det.lower != "this":
            continue
        j = i + 1
        while j < len(toks) and j <= i + 2 and toks[j].tag in _ADJECTIVE_TAGS and toks[j].text.islower():
            j += 1
        if j + 1 >= len(toks):
            continue
        noun, after = toks[j], toks[j + 1]
        if not (noun.text.isalpha() and noun.text.islower()) or noun.lower in _SINGULAR_USE:
            continue
        if tg.lexicon_tag(noun.lower) != "NNS":
            continue
        if not (after.tag in _ENDS_TAGS or after.text in _ENDS_MARKS or after.lower in ("are", "were", "have")):
            continue
        yield ctx.finding(par, det.start, noun.end, f"“{det.text}” is singular, but “{noun.text}” is plural")
