"""Attribution: one quote given two verbs of saying ("said, “…,” he said").

Korean and Japanese put the verb of saying after the quote (*…라고 말했다*); an engine that also
supplies English's "said," before it leaves the quote attributed twice in one sentence.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_SAY = "said|says|added|adds|stated|states|noted|notes|stressed|stresses"
# A verb of saying, a comma or a colon, a quote that closes on a comma, then (a speaker and) a
# second verb of saying at once: nothing but the speaker stands between the quote and the verb.
_TWICE = lazy(
    rf"\b(?P<first>{_SAY})[ \u00a0]*[,:][ \u00a0]*[“\"][^”\"\n]{{1,800}}?,[ \u00a0]*[”\"][ \u00a0]*"
    r"(?:(?:he|she|they|we|I|(?:the[ \u00a0]+)?\p{Lu}[\p{L}.’'\-]*(?:[ \u00a0]+\p{Lu}[\p{L}.’'\-]*){0,4})[ \u00a0]+)?"
    rf"(?P<second>{_SAY})\b(?:[ \u00a0]+\p{{Lu}}[\p{{L}}.’'\-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}.’'\-]*){{0,4}}\b)?"
)


@rule(
    "attribution/said-twice",
    triggers=(Phrases("verb of saying", tuple(_SAY.split("|")), boundary="letters"),),
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    confidence=0.6,
)
def said_twice(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quote given a verb of saying before it and another after it in one sentence (``Yoon said, “…,” he said``).

    ## Why it matters
    Korean and Japanese put the verb of saying after the quote; an engine that adds English's
    "said," before it attributes the quote twice, and the reader hears the speaker announced
    two times.

    ## Examples
    bad:  The president [[said, “We will build the bridge,” he said]].
    bad:  Kim [[said, “The talks went well,” said Kim]] at the dinner.
    good: The president said, “We will build the bridge.” He said it would open in 2027.
    good: “We will build the bridge,” the president said.
    good: Kim said, “The talks went well,” and Lee said the next round was set.
    good: The president said: “We will build it.” Then she said, “Soon.”

    ## Fix safety
    None: one of the two verbs goes, with the speaker's name kept once.
    """
    text = par.text
    for m in _TWICE.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "The quote has two verbs of saying: keep one")
