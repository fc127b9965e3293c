"""Repetition: one sentence of the source printed twice, in two different translations.

A page that carries the same sentence twice (a deck and its lede, a quotation given in the lede and
again in full) is translated sentence by sentence, and the two copies come out worded differently:
"Canada and Mexico reached a deal to send farm workers again" and, a paragraph later, "Canada and
Mexico have reached an agreement to again allow the sending of farm workers". Word-for-word repeats
are `rules.repeated_sentence`'s; this module reads two long sentences that share nearly all their
content words but not their wording.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule

_WORD = lazy(r"\p{L}[\p{L}’'\-]*")
# Words that carry no content: two sentences about different things share them anyway.
_FUNCTION = frozenset(
    """the a an of to in on at by for from with as and or but nor is are was were be been being that which who whom
    whose it its this these those he she they we his her their our i you me him them us not no said says say told
    has have had will would can could may might must shall should also than then there here into about after
    before over under more most some any all so such do does did very just what when where while how why if one
    two new other only own same each both many much few""".split()
)
_MIN_CONTENT = 8  # content words each sentence must have: short sentences share words by chance
_SHARED = 0.7  # of the longer sentence's content words the two must share
_WINDOW = 30  # sentences back a second translation is looked for (a page repeats within a screen or two)


def _stem(word: str) -> str:
    """A word without its commonest inflection, so that "protesters said" and "protester says" meet."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + repl
    return w


def _content(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.casefold() not in _FUNCTION)


def _wording(text: str) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(text))


@rule(
    "repetition/sentence-translated-twice",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def sentence_translated_twice(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two long sentences that say the same thing in nearly the same words, not word for word.

    ## Why it matters
    The page the engine was given carried the sentence twice (a deck repeated as the lede, a
    quotation quoted again), and it came out twice, worded differently: the second copy adds
    nothing, and an editor keeps one of them. Both copies are reported, as either may be the one
    to cut.

    ## Examples
    bad:  [[The port authority says the strike has delayed more than forty container ships bound for the western terminals.]]\\n\\nThe union rejected the offer.\\n\\n[[The port authority said the strike delayed over forty container ships headed for the western terminals.]]
    good: The port authority says the strike has delayed more than forty container ships bound for the western terminals.\\n\\nThe union says the strike will go on until the port authority returns to the table with a new offer.
    good: The port authority says the strike has delayed ships.\\n\\nThe port authority said the strike delayed ships.
    good: The port authority says the strike has delayed more than forty container ships bound for the western terminals.\\n\\nThe port authority says the strike has delayed more than forty container ships bound for the western terminals.

    Sentences of fewer than eight content words are left alone (short ones share their words by
    chance), and so is a sentence printed twice word for word (`repetition/repeated-sentence`
    reads those, and a deck printed again as the lede is a page's layout).

    ## Fix safety
    None: which copy reads better is an editor's choice.
    """
    layout = ctx.analysis(line_roles)
    seen: list[tuple[frozenset[str], str, object, int, int]] = []
    for par in doc.paragraphs:
        for sent in par.sentences:
            text = sent.text.rstrip()
            if "\n" in text.strip():
                continue
            if layout.role(par, sent.start) is not LayoutRole.BODY:
                continue  # a caption, a deck: a page prints them twice by design
            words = _content(text)
            if len(words) < _MIN_CONTENT:
                continue
            wording = _wording(text)
            for owords, owording, opar, ostart, oend in seen[-_WINDOW:]:
                if wording == owording:
                    continue
                shared = len(words & owords)
                if shared >= _SHARED * max(len(words), len(owords)):
                    yield ctx.finding(opar, ostart, oend, "Sentence said again below in other words (a second translation)")
                    yield ctx.finding(par, sent.start, sent.start + len(text),
                                      "Sentence said again in other words (a second translation of one above)")
                    break
            seen.append((words, wording, par, sent.start, sent.start + len(text)))
