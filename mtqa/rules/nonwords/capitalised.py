"""A capitalised non-word inside a sentence: a garbled word the engine capitalised as if a name.

`unknown-word` reads only lowercase words, since capitalised ones are names. An engine that
cannot place a word sometimes prints a string no list knows with a capital ("highlights the
Sovranityness of the nation"). Such a string stands alone, mid-sentence, after a lowercase
word and before one, and the story never names it again; a name the story uses comes with a
first name or a title beside it, or again elsewhere. Needs the word list (``mtqa[words]``):
without it the rule is quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import lexicon
from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.nonwords.pack import PACK
from mtqa.segment import Paragraph

# A capitalised ASCII word of six letters or more, after a lowercase word (a comma between
# allowed), before a lowercase word or a sentence's punctuation, never beside another capital.
_LONE_CAPITAL = lazy(
    r"(?<=\b\p{Ll}+[,;]? )([A-Z][a-z]{5,})(?=[ ,.;:!?”\"’)](?![ \u00a0]?\p{Lu})|$)"
)
# The first letters a name's other mentions share ("Sovranit" in "Sovranityness's").
_STEM = 5


@rule(
    "nonwords/capitalised-nonword",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    packs=(PACK,),
    confidence=0.6,
)
def capitalised_nonword(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capitalised string no English word list knows, alone in mid-sentence and named nowhere else in the story.

    ## Why it matters
    A garbled word capitalised by the engine reads like a name nobody introduced ("the
    Sovranityness of Canada"); the meaning the word carried is lost.

    ## Examples
    bad:  The speech stressed the [[Sovranityness]] of the country as a nation.
    bad:  He said the talks, [[Grovelation]] to the panel, would resume.
    good: The speech stressed the sovereignty of the country as a nation.
    good: Chief Wabanakwe spoke, and then Wabanakwe left the hall.
    good: The team met Janine Ostrowicz and Premier Dallaire on Friday.
    good: Crews reached the hamlet of Tikwatsik, whose Tikwatsik Road was closed.
    good: The province thanked Ottawa, and Toronto agreed.

    ## Known issues
    A name mentioned once, alone, between lowercase words ("a call from Ostrowicz on Monday")
    is reported; add it to the pack's ``known_words``.
    """
    lex = lexicon.english()
    if lex is None:
        return
    text = par.text
    known = ctx.data(PACK).known
    for m in _LONE_CAPITAL.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in lex or low in known:
            continue
        stem = word[:_STEM]
        if sum(p.text.count(stem) for p in ctx.doc.paragraphs) > 1:
            continue  # the story's own name, used again
        yield ctx.finding(par, m.start(1), m.end(1), f"“{word}” is no English word and no name the story gives")
