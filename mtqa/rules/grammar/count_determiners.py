"""Grammar: a determiner that counts, before a singular count noun ("All elementary school offer").

`grammar/determiner-number` reads a closed list of news nouns; engines that drop a plural ending
(Chinese, Vietnamese, Russian sources have none to carry over) leave it on any noun. This rule
reads word classes instead: a plural determiner ("several", "these", "all", "three"), at most
two adjectives, then a noun the tagger's lexicon calls singular and that has a plural of its
own, where the noun phrase ends at once on a verb that agrees with a plural, a modal or a mark.
A noun for a group (*staff*, *council*) or a stretch of time (*all day*, *all season*) is left
alone, as is a noun that goes on as a compound ("these government officials"). Needs the
part-of-speech tagger (the optional extra ``mtqa[grammar]``).
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.tokens import lower_words

_PLURAL_DETERMINERS = frozenset(
    "several many multiple numerous various these those both all two three four five six seven eight nine ten".split())
# Nouns for a group, or a stretch of time, that a plural determiner takes in the singular.
_NOT_COUNTED = frozenset("""
    staff crew family team public group jury band club committee board council panel couple pair audience class
    party gang squad faculty personnel police media government management leadership kind sort type manner
    day night morning afternoon evening week weekend month year season summer winter spring fall autumn
    time way life hell
""".split())
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# What ends the noun phrase on a verb agreeing with a plural subject, a modal, or a mark.
_AFTER_TAGS = frozenset({"VBP", "MD"})
_AFTER_WORDS = frozenset({"are", "were", "have", "do"})
_AFTER_MARKS = frozenset({".", ",", ";", ":", "!", "?"})
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "CD", "PRP"})


def _verb_before_object(toks, k: int, tg) -> bool:
    """Whether token `k` reads as a verb without -s opening its object ("school offer the
    program"): a lowercase word that may be a verb, followed by a determiner, a number or a
    pronoun, which no noun of a compound is."""
    word = toks[k]
    return (word.text.isalpha() and word.text.islower() and not word.lower.endswith("s")
            and k + 1 < len(toks) and toks[k + 1].tag in _OBJECT_OPENERS and "VERB" in tg.readings(word.lower))


@rule(
    "grammar/counted-singular",
    triggers=(Phrases("plural determiner", tuple(sorted(_PLURAL_DETERMINERS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.6,
)
def counted_singular(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A plural determiner before a singular count noun that ends its phrase (``All elementary school offer``).

    ## Why it matters
    Chinese, Vietnamese and Russian mark no plural on the noun after a number or "all"; the
    engine leaves the singular, and the sentence reads as a slip ("several hospital are full").

    ## Examples
    bad:  [[All elementary school]] offer the program this fall.
    bad:  Officials said [[several regional hospital]] are full.
    bad:  [[Three main road]] were closed after the storm.
    good: All elementary schools offer the program this fall.
    good: All staff are asked to stay home, and all day the lines were long.
    good: These government officials said several hospital workers were sick.
    good: Both party leaders spoke; all summer, crews worked; many a voter stayed home.
    good: The two Michaels came home; all three were freed.

    ## Fix safety
    None: the noun takes the plural, and the verb may already agree with it.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_PLURAL_DETERMINERS):
        return
    toks, tg = tagged_tokens(par, ctx)
    for i, det in enumerate(toks):
        if det.lower not in _PLURAL_DETERMINERS or not det.text.isalpha():
            continue
        j = i + 1
        while j < len(toks) and j <= i + 2 and toks[j].tag in _ADJECTIVE_TAGS and toks[j].text.isalpha() \
                and toks[j].text.islower() and j + 1 < len(toks) and toks[j + 1].text.isalpha():
            j += 1
        if j + 1 >= len(toks):
            continue
        noun, after = toks[j], toks[j + 1]
        if not (noun.text.isalpha() and noun.text.islower()) or noun.tag != "NN" or noun.lower in _NOT_COUNTED:
            continue
        if tg.lexicon_tag(noun.lower) != "NN" or not tg.has_distinct_plural(noun.lower):
            continue
        if not (after.tag in _AFTER_TAGS or after.lower in _AFTER_WORDS or after.text in _AFTER_MARKS
                or _verb_before_object(toks, j + 1, tg)):
            continue
        yield ctx.finding(par, det.start, noun.end, f"“{det.text}” counts, but “{noun.text}” is singular")
