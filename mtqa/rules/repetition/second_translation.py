"""Repetition: a sentence printed twice, the second time in another translation, a paragraph or two apart.

A page often carries its lead twice (a summary above the story, the story's first line); machine
translated one by one, the copies come out worded a little differently, and both land in the copy.
`repetition/repeated-headline` reads short lines; this rule reads sentences.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule

_WORD = lazy(r"\p{L}+")
_MIN_WORDS = 10
_SHARED = 0.6  # the share of the two sentences' words (their union) both hold
_WINDOW = 2  # paragraphs back the first copy may stand


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@rule("repetition/second-translation", category="Accuracy/Addition", severity=Severity.MINOR, scope=Scope.DOCUMENT,
      confidence=0.6)
def second_translation(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A paragraph's first sentence that says again, in other words or the same, the first sentence of one just before it.

    ## Why it matters
    The reader meets the same news twice in a row; an editor keeps one copy.

    ## Examples
    bad:  Canada and Chile have reached a deal to again allow seasonal farm workers to come to Canadian farms.\\n\\n[[Canada and Chile have reached a deal to again allow the sending of seasonal farm workers to Canadian farms.]]
    good: Canada and Chile have reached a deal to allow seasonal farm workers to come to Canadian farms.\\n\\nThe deal, signed in Ottawa on Monday, lets workers come to farms from April to November.
    good: The premier waves before her victory speech at the arena in Regina on Monday night.\\n\\nThe premier waves before her victory speech at the arena in Regina on Monday night.

    ## Fix safety
    None: an editor keeps the better-worded copy.
    """
    recent: list[set[str]] = []
    for par in doc.paragraphs:
        if par.kind not in ("paragraph", "quote", "list-item") or not par.sentences:
            recent.append(set())
            continue
        first = par.sentences[0]
        words = _words(first.text)
        if len(_WORD.findall(first.text)) >= _MIN_WORDS:
            for earlier in recent[-_WINDOW:]:
                if words == earlier:
                    continue  # the same words: a caption and its alt text, which a page prints twice
                if len(earlier) >= _MIN_WORDS and len(words & earlier) >= _SHARED * len(words | earlier):
                    yield ctx.finding(par, first.start, first.start + len(first.text.rstrip()),
                                      "The sentence before says this already, in other words")
                    break
        recent.append(words)
