"""A noun English does not count, counted (``an information``, ``a useful advice``, ``many
evidence``, ``numerous applause``).

French *une information*, *un conseil*, *un équipement*, Spanish *una información*, German
*eine Information* and Chinese measure words count what English only measures; an engine keeps
the article or the counting word (*many*, *several*, *numerous*, *these*). The nouns are a closed list from ESL grammar references' uncountable nouns (those
never counted in news English); the noun must be the head of its phrase, read from the tag of
the word after it (``mtqa.tagging``), so that compounds (``an information campaign``, ``a
research team``, ``a news conference``) stay quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# Uncountable in every sense news copy uses ("knowledge", "damage", "traffic" are left out:
# "a good knowledge of", "a damages award", "a traffic of drugs" have senses of their own).
_UNCOUNTABLE = frozenset({
    "information", "advice", "equipment", "evidence", "research", "furniture", "luggage", "baggage",
    "homework", "progress", "feedback", "news", "software", "machinery", "legislation", "applause",
})
# Words that count: English measures these nouns with "much", "little", "some", "a piece of".
_COUNTERS = frozenset({"a", "an", "another", "many", "several", "numerous", "few", "these", "those", "each",
                       "every", "various", "countless"})
# What may stand between the article and the noun: adjectives and adverbs of degree.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "VBN"})
# What may follow the head of a noun phrase (a noun there makes the listed word a modifier).
_AFTER_HEAD_TAGS = frozenset({"IN", "TO", "WDT", "WP", "VBZ", "VBD", "VBP", "MD", "CC", ",", ".", ":", "RB"})


@rule(
    "grammar/counted-uncountable",
    triggers=(Phrases("uncountable noun", tuple(sorted(_UNCOUNTABLE))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def counted_uncountable(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An uncountable noun after *a*, *an* or a counting word (``an information``, ``a new
    equipment``, ``many evidence``): English says ``information``, ``a piece of information``,
    ``new equipment``, ``much evidence``.

    ## Why it matters
    Information, advice, equipment, evidence, research, progress and news are counted in
    French, Spanish, German and Chinese (*une information*, *un conseil*, 一条消息) and not in
    English; the article, or *many*, *several*, *numerous*, *these* before the singular, is
    the learner's error every grammar reference lists beside the plural (``informations``, the rule ``grammar/uncountable-plural``). The noun must be
    lowercase, at most two modifiers from the counting word, and the head of its phrase (a
    preposition, a verb, a conjunction or a mark follows).

    ## Examples
    bad:  Police released [[an information]] about the suspect on Friday.
    bad:  The lawyer gave him [[a useful advice]] before the hearing.
    bad:  The hospital bought [[a new equipment]] for the emergency room.
    bad:  The talks made [[a progress]], officials said.
    bad:  Police found [[many evidence]] at the scene, and the speech drew [[numerous applause]].
    good: Police released information about the suspect on Friday.
    good: The ministry ran an information campaign; a research team and a news conference followed.
    good: The lawyer gave him a piece of advice; an evidence-based plan.
    good: The Research Council of Norway funded it, and a Progress Party member spoke.
    good: Many news outlets ran it; these research findings and several software firms agree.

    ## Fix safety
    None: the article goes, or a measuring word (*much*, *a piece of*) comes in.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i, art in enumerate(toks):
        if art.lower not in _COUNTERS:
            continue
        k = i + 1
        while k < len(toks) and k < i + 3 and toks[k].tag in _MODIFIER_TAGS and toks[k].lower not in _UNCOUNTABLE:
            k += 1
        if k >= len(toks):
            continue
        noun = toks[k]
        if noun.lower not in _UNCOUNTABLE or noun.text != noun.lower:
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is not None and (after.tag not in _AFTER_HEAD_TAGS or after.lower in ("-", "/", "&")):
            continue
        yield ctx.finding(par, art.start, noun.end, f"“{noun.text}” is not counted in English: not “{art.lower} {noun.text}”")
