"""Repetition: words and phrases that translation duplicated.

Engines that translate clause by clause, or that merge two candidate translations, leave
the same word or phrase twice in a row ("in Canada in Canada") or the same modifier on
both halves of a compound ("Canadian-led NATO-led"). Legitimate repeats are kept quiet:
"that that", "had had", reduplicated names (Walla Walla, Baden-Baden), and a word that
ends one sentence and starts the next.
"""

from __future__ import annotations

from typing import Iterator

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
    text = par.text
    spans = word_spans(par)
    folded = [text[s:e].casefold() for s, e in spans]
    n = len(spans)
    i = 0
    while i < n:
        hit = 0
        for size in (4, 3, 2):
            j = i + size
            if j + size > n or folded[i] != folded[j] or folded[i : i + size] != folded[j : j + size]:
                continue
            # Only single spaces may separate the words of both copies ("in Canada in Canada").
            if all(text[spans[k][1] : spans[k + 1][0]] == " " for k in range(i, j + size - 1)):
                words = folded[i : i + size]
                if len(set(words)) > 1 and words[0] not in ("and", "or") and words[-1] not in ("and", "or"):
                    hit = size
                    break
        if not hit:
            i += 1
            continue
        start, end = spans[i + hit - 1][1], spans[i + 2 * hit - 1][1]
        phrase = text[spans[i][0] : spans[i + hit - 1][1]]
        yield ctx.finding(
            par, start, end, f"Phrase repeated: “{phrase}”",
            fix=Fix.safe("Remove the repeated phrase", edits=(Edit(start, end, ""),)),
            suggestions=("",),
        )
        i += 2 * hit
