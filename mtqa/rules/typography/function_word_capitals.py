"""Typography: a capitalised article or pronoun inside a sentence ("but There is racism", "and today The main problem").

An engine that splits a source sentence wrongly, or keeps a capital from a title the source
ran into the sentence, leaves "The", "There" or "This" capitalised after a lowercase word.
A name that begins with "The" (The Globe and Mail, The Canadian Press) is followed by a
capital; these are followed by a lowercase word.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_WORDS = r"The|There|This|These|Those|Their|Our|Its|They|We"
# After a lowercase word (and at most a comma), before a lowercase word: not a sentence's start,
# not the start of a name. A run of spaces counts as one, so a doubled space fixed beside the word
# leaves nothing new to find.
_CAPITAL = lazy(rf"(?<=(?<![@#/.\w])(\p{{Ll}}+),?[ ]+)(?-i:({_WORDS}))(?=[ ]+\p{{Ll}}{{2,}})")
# Every match holds its word between two spaces (the pattern's `[ ]`), in this case.
_SPACED_WORDS = Phrases("spaced function word", tuple(f" {w} " for w in _WORDS.split("|")), ignorecase=False,
                        boundary="none")
# Nouns that introduce a title, which may be styled in lowercase (the band The xx).
_TITLE_NOUNS = frozenset(
    "band group film movie song album show series book magazine newspaper paper daily weekly play novel podcast "
    "title app game".split()
)


@rule(
    "typography/capital-function-word",
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.75,
    triggers=(_SPACED_WORDS,),
)
def capital_function_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An article, determiner or pronoun capitalised after a lowercase word (“but There is crime”, “and today The main problem”).

    ## Why it matters
    A capital inside a sentence is a sentence break the engine made and then lost, or a
    title's capital run into the text; either way the sentence reads as two. Names that
    begin with "The" are followed by a capitalised word and are left alone.

    ## Examples
    bad:  The town is not lawless, but [[There->there]] is crime on its main street.
    bad:  Fertilizers are short, and today [[The->the]] main problem is hunger.
    bad:  The mayor spoke to the city, [[This->this]] evening, at the auditorium.
    good: She read it in The Globe and Mail on Monday, said The Canadian Press.
    good: The vote is Monday. There is no delay.
    good: He met the band The xx and follows @The on social media.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    for m in _CAPITAL.finditer(text):
        if m.group(1) in _TITLE_NOUNS:
            continue
        word = m.group(2)
        lower = word[0].lower() + word[1:]
        yield ctx.finding(par, m.start(2), m.end(2), f"“{word}” capitalised inside a sentence",
                          fix=Fix.safe(f"Write “{lower}”", replacement=lower))
