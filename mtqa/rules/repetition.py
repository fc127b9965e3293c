"""Repetition: words and phrases that translation duplicated.

Engines that translate clause by clause, or that merge two candidate translations, leave
the same word or phrase twice in a row ("in Canada in Canada") or the same modifier on
both halves of a compound ("Canadian-led NATO-led"). Legitimate repeats are kept quiet:
"that that", "had had", reduplicated names (Walla Walla, Baden-Baden), and a word that
ends one sentence and starts the next.
"""

from __future__ import annotations

from typing import Iterator

import regex

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.segment import Paragraph, word_spans

# Words English legitimately doubles ("that that", "had had", "is is" is not among them).
ALLOWED_DOUBLES = frozenset({"that", "had", "do", "is", "bye", "no", "far", "knock", "ha", "boo", "chop", "tut",
                             "dum", "hush", "pooh", "yada", "la", "bla", "blah", "ah", "oh", "yeah", "so"})


@rule(
    "repetition/doubled-word",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    options={"allow": []},
)
def doubled_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same word twice in a row.

    ## Why it matters
    A doubled word is the commonest trace of a translation engine merging two
    candidate outputs; readers notice it at once.

    ## Examples
    bad:  The minister said the[[ the->]] mission would continue.
    bad:  They met on[[ on->]] Tuesday in Ottawa.
    good: The minister said the mission would continue.
    good: He said that that was the plan.
    good: She had had enough of the delays.
    good: The team flew to Walla Walla on Monday.
    good: Talks ended in Iraq. Iraq later asked troops to leave.

    ## Fix safety
    Safe: the second copy and the space before it are removed; nothing else changes.
    """
    allow = {a.casefold() for a in ctx.options["allow"]}
    text = par.text
    spans = word_spans(par)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        w1, w2 = text[s1:e1], text[s2:e2]
        if w1.casefold() != w2.casefold() or not w1.isalpha():
            continue
        gap = text[e1:s2]
        if gap not in (" ", "  ", "\n") and not (gap.isspace() and "\n\n" not in gap):
            continue  # punctuation between them: "Iraq. Iraq", "no, no"
        low = w1.casefold()
        if low in ALLOWED_DOUBLES or low in allow or f"{w1} {w2}".casefold() in allow:
            continue
        if w1[0].isupper() and w2[0].isupper() and s1 > 0:
            continue  # reduplicated names: Walla Walla, Bora Bora (sentence-initial doubles still count)
        yield ctx.finding(
            par, e1, e2, f"Word repeated: “{w2}”",
            fix=Fix.safe("Remove the repeated word", edits=(Edit(e1, e2, ""),)),
            suggestions=("",),
        )


_PHRASE = regex.compile(r"(?<![\p{L}\p{N}])((?:[\p{L}\p{N}]+[ ]){1,3}[\p{L}\p{N}]+)[ ]\1(?![\p{L}\p{N}])", regex.I)


@rule("repetition/doubled-phrase", category="Accuracy/Addition", severity=Severity.MAJOR, fix=FixAvailability.ALWAYS)
def doubled_phrase(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A phrase of two to four words repeated immediately.

    ## Why it matters
    Phrase-level duplication ("in Canada in Canada") shows the engine translated a
    segment twice; it reads as a glitch, not as emphasis.

    ## Examples
    bad:  Research in Canada[[ in Canada->]] is funded by the state.
    bad:  She said the plan was[[ the plan was->]] sound.
    good: Research in Canada is funded by the state.
    good: He kept saying over and over and over again that it was fine.

    ## Fix safety
    Safe: the second copy of the phrase is removed.
    """
    for m in _PHRASE.finditer(par.text, timeout=1.0):
        phrase = m.group(1)
        if len(set(phrase.casefold().split())) == 1:
            continue  # "over and over and" style runs are the word rule's business
        words = phrase.casefold().split()
        if words[0] in ("and", "or") or words[-1] in ("and", "or"):
            continue  # "over and over and over": an intensifier
        start = m.start(1) + len(phrase)
        yield ctx.finding(
            par, start, m.end(), f"Phrase repeated: “{phrase}”",
            fix=Fix.safe("Remove the repeated phrase", edits=(Edit(start, m.end(), ""),)),
            suggestions=("",),
        )
