"""A translation against its source at its edges: left as the source, spaces at either end,
the final punctuation mark.

These are the first checks of Xbench, CheckMate and Phrase QA on a bilingual file ("target same
as source", "leading and trailing spaces", "end punctuation"): a segment copied untranslated,
a space the layout needs lost or added where segments are joined back, a question turned into
a statement or a sentence cut short. They read the source of one translation: a bilingual
file's segment, or a document checked with ``--source``.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.bilingual.filescope import normalised
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, Status, rule
from mtqa.rules.source.language import EN_FUNCTION, WORD_TOKEN, source_language
from mtqa.text.tokens import APOSTROPHE_WORD

_URL_OR_MAIL = lazy(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.V1)
_MIN_WORDS = 2


def _is_prose(text: str) -> bool:
    """Whether `text` holds words a translator translates: two words or more, one of them in
    lower case, once URLs and e-mail addresses are set aside (a name, a figure, a code, a
    label in capitals stays as it is in any language)."""
    words = APOSTROPHE_WORD.findall(_URL_OR_MAIL.sub(" ", text))
    return len(words) >= _MIN_WORDS and any(w.islower() and len(w) > 1 for w in words)


def _english_source(source: str) -> bool:
    """A source that reads as English (English function words, no other language's more): a
    quotation or a name of a work kept in English is translated by being kept. (A bilingual
    file whose source language is English is refused before any rule reads it.)"""
    return source_language(source) == "en" and any(m.group().casefold() in EN_FUNCTION
                                                   for m in WORD_TOKEN.finditer(source))


@rule("source/target-same-as-source", category="Accuracy/Untranslated", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def target_same_as_source(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The translation is the source, unchanged: the segment was not translated.

    ## Why it matters
    A tool that copies the source into the target when it has no translation (Trados, memoQ,
    Phrase all can) leaves a segment that looks done; machine translation passes a sentence
    through when it cannot read it. The reader gets the foreign sentence.

    ## Examples
    bad:  [[Cliquez ici pour vous abonner.]] || source: Cliquez ici pour vous abonner.
    bad:  [[configuration réseau avancée]] || source: Configuration réseau avancée
    good: Click here to subscribe. || source: Cliquez ici pour vous abonner.
    good: Emmanuel Macron || source: Emmanuel Macron
    good: https://example.org/vote || source: https://example.org/vote
    good: 12,5 % || source: 12,5 %
    good: Description || source: Description
    good: FAQ OK || source: FAQ OK
    good: Read the terms of use first. || source: Read the terms of use first.

    ## Known issues
    Compared after whitespace is collapsed, inline codes dropped and the first letter
    lower-cased. Left alone: a text of fewer than two words or with no word in lower case (a
    name, a title in capitals, a figure, a code, a URL or e-mail address), and a source that
    reads as English (a quotation kept in English in a French file is translated by being kept).
    """
    source = doc.source or ""
    if normalised(doc.text) != normalised(source) or not _is_prose(source) or _english_source(source):
        return
    pars = doc.paragraphs
    if pars:
        first, last = pars[0], pars[-1]
        start, end = 0, last.end - first.start
        yield ctx.finding(first, start, end, "The translation is the source left untranslated")


# Spaces within a line only: a text's final line break is its file's layout, and a CJK source's
# ideographic spaces are its paragraph indent, which English does not write.
_OPENING_SPACE = lazy(r"\A[ \t\u00a0]+", regex.V1)
_CLOSING_SPACE = lazy(r"[ \t\u00a0]+\Z", regex.V1)


@rule("source/edge-whitespace", category="Fluency/Punctuation", severity=Severity.MINOR,
      scope=Scope.DOCUMENT, requires=("source",), fix=FixAvailability.ALWAYS, confidence=0.6)
def edge_whitespace(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A bilingual segment's target starts or ends with a space its source does not, or lacks one its source has.

    ## Why it matters
    A tool joins a file's segments back into the page as they are: a sentence segmented out
    of a paragraph carries the space that separates it from the next, and a target without
    it runs two sentences together ("done.The"); an added one doubles a space or indents a
    line.

    ## Examples
    bad:  The vote is on Sunday.[[ ]] || source: Le vote a lieu dimanche.
    bad:  [[  ]]The vote is on Sunday. || source: Le vote a lieu dimanche.
    good: The vote is on Sunday. || source: Le vote a lieu dimanche.

    ## Fix safety
    Safe: the target's space at that end becomes the source's (removed, or the source's added).

    ## Known issues
    Only spaces within a line count (space, tab, no-break space): a final line break is a
    file's layout, and a CJK source's ideographic spaces are its paragraph indent. Spaces of
    these kinds count alike (a tab for a space is no difference). A missing space is an
    insertion the examples cannot mark; the tests show it on files.
    """
    pars = doc.paragraphs
    if not pars or doc.source is None or not doc.source.strip() or doc.format != "plain":
        return  # Markdown's or HTML's edges are markup, not the translation's
    text, source = doc.text, doc.source
    first, last = pars[0], pars[-1]
    for pattern, par, at_start in ((_OPENING_SPACE, first, True), (_CLOSING_SPACE, last, False)):
        t, s = pattern.search(text), pattern.search(source)
        if bool(t) == bool(s):
            continue
        if t is not None:  # a space the source does not have: removed
            start, end = t.start() - par.start, t.end() - par.start
            yield ctx.finding(par, start, end, f"The target {'starts' if at_start else 'ends'} with a space the source does not have",
                              fix=Fix.safe("Remove the space", replacement=""), suggestions=("",))
        elif s is not None:  # the source's space missing: added at that end
            at = (0 if at_start else len(text)) - par.start
            yield ctx.finding(par, at, at, f"The source {'starts' if at_start else 'ends'} with a space the target lacks",
                              fix=Fix.safe("Add the source's space", replacement=s.group()), suggestions=(s.group(),))


# The final marks compared, each as English writes it (CJK full-width forms read as theirs).
_MARKS = {".": ".", "。": ".", "．": ".", "?": "?", "？": "?", "!": "!", "！": "!", ":": ":", "：": ":"}
_CLOSERS = "\"'”’」』)）]］》〉»"
_ELLIPSIS = ("…", "...", "⋯")
_LAST_WORD = lazy(r"[\p{L}\p{N}]+[\s" + regex.escape(_CLOSERS) + r"]*$", regex.V1)


def _final_mark(text: str) -> tuple[str | None, int]:
    """The final punctuation mark of `text` as English writes it (None: no mark of the four, an
    ellipsis, or another sign), and where it stands (-1 when none), closing quotes and brackets
    after it set aside."""
    body = text.rstrip()
    while body and body[-1] in _CLOSERS:
        body = body[:-1].rstrip()
    if not body or body.endswith(_ELLIPSIS):
        return None, -1
    return _MARKS.get(body[-1]), len(body) - 1


@rule("source/end-punctuation", category="Fluency/Punctuation", severity=Severity.MINOR,
      scope=Scope.DOCUMENT, requires=("source",), confidence=0.6, status=Status.PREVIEW)
def end_punctuation(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The translation does not end with the source's final punctuation mark (a full stop, question mark, exclamation mark or colon).

    ## Why it matters
    A question that ends as a statement, a sentence cut short by the engine, a colon that
    introduced a list turned into a full stop: the end of a segment is where truncation and
    changed sentence types show. The source's full-width marks (。？！：) are read as their
    English counterparts.

    ## Examples
    bad:  Will the council vote on Monday[[.->?]] || source: Le conseil votera-t-il lundi ?
    bad:  The council will vote on [[Monday->Monday.]] || source: Le conseil votera lundi.
    bad:  The agenda has three items[[.->:]] || source: L'ordre du jour compte trois points :
    bad:  The council will vote on [[Monday->Monday.]] || source: 理事会将于周一投票。
    good: The council will vote on Monday. || source: 理事会将于周一投票。
    good: "Will the council vote?" she asked. || source: « Le conseil votera-t-il ? », a-t-elle demandé.
    good: He said the council "will vote on Monday." || source: Il a dit que le conseil « votera lundi ».
    good: The council will vote on Monday… || source: Le conseil votera lundi...
    good: Council to vote on Monday || source: Le conseil votera lundi
    good: The council will vote (on Monday). || source: Le conseil votera (lundi).

    ## Known issues
    Only the text's last mark is compared, after closing quotes and brackets; an ellipsis on
    either side, and a source ending without one of the four marks, are left alone (a headline
    may gain a full stop). A quotation's mark put inside or outside its quote in one language
    and not the other is read through: the quote marks are set aside, not where the mark stands.
    It is a preview: on the error-free human translations of the shared evaluation sets
    translators end a sentence otherwise often enough that it would cost clean copy points
    (benchmarks/README).
    """
    want, _ = _final_mark(doc.source or "")
    if want is None:
        return
    pars = doc.paragraphs
    if not pars:
        return
    last = pars[-1]
    got, at = _final_mark(last.text)
    if got == want:
        return
    if got is not None:
        yield ctx.finding(last, at, at + 1, f"The translation ends with {got!r} where the source ends with {want!r}",
                          suggestions=(want,))
        return
    word = _LAST_WORD.search(last.text.rstrip())
    if word is None:
        return
    core = word.group().rstrip(" \t\n" + _CLOSERS)
    yield ctx.finding(last, word.start(), word.start() + len(core),
                      f"The translation ends without the source's final {want!r}", suggestions=(core + want,))
