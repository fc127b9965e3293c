"""Typography: a paragraph of running prose whose last sentence lost its full stop.

Engines that translate sentence by sentence, and pipelines that rejoin their output, drop the
closing stop of a paragraph's last segment ("…, the spokesperson said" then a new paragraph).
A headline, a deck or a caption ends without a stop on purpose, so the rule reads only body
lines on which an earlier sentence did end, or longer than any deck: prose, not display type.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import LazyPattern, lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import is_abbreviation_period

# A sentence ended inside the line: a stop (a quote's mark may close it), a space, a capital.
# Tried from the start of a lowercase run only: from each of its letters, the run was read to
# its end again (a pasted run of letters with no space was quadratic: 16k took 2 s, stop 46).
_EARLIER_END = lazy(r"(?<!\p{Ll})\p{Ll}{2,}([.!?])[\"'”’)]?\s+[\"“‘]?\p{Lu}")
# The line's last sentence: after the last stop followed by a space, to the line's end. The
# space after the stop is taken whole (possessive): given back a character at a time, each
# shorter try read the rest of the run again, quadratic on a stop before thousands of spaces
# (7,000 pasted no-break spaces: seconds; stop 47's fuzz). No shorter try can match where the
# whole run did not: what follows it is read by a class that holds every such space.
_LAST_SENTENCE = lazy(r"(?:^|[.!?][\"'”’)]?\s++)([^.!?\n]*)$")
# What the line must end on: a lowercase word or a figure, so names, signatures and
# acronyms (“— with files from The Canadian Press”, “… (CP)”) are left alone.
_BARE_END = lazy(r"(?<![\p{L}\p{N}@/._\-])(\p{Ll}{2,}|\p{N}{1,4})$")
# Lines that end unpunctuated by design: a list's lead-in, a link, a tag or share line.
_DESIGNED_ENDS = lazy(r"(?i)\b(?:https?|www|read more|related|tags?|share|follow us|subscribe|click|photos?|video)\b")
_MIN_LAST_WORDS = 4
# A headline may ask a question and answer it (“How safe is the pool? New test tells”): a short
# line whose only earlier ends are question marks is display type, not a paragraph of prose.
_QUESTION_HEADLINE_WORDS = 16
_STATEMENT_END = lazy(r"(?<!\p{Ll})\p{Ll}{2,}([.!])[\"'”’)]?\s+[\"“‘]?\p{Lu}")
# A line of more words than this is prose even as one sentence: longer than any deck the
# layout roles allow (30 words).
_LONG_LINE_WORDS = 30


def _ends_inside(line: str, pattern: LazyPattern) -> bool:
    """Whether a sentence ends inside the line by `pattern` (group 1 its stop), the stop not an
    abbreviation's (`is_abbreviation_period`: "Supt. Jane Roe" ends no sentence)."""
    return any(m.group(1) != "." or not is_abbreviation_period(line, m.start(1)) for m in pattern.finditer(line))


@rule(
    "typography/paragraph-without-stop",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def paragraph_without_stop(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A paragraph of prose whose last sentence ends without a full stop (“… the spokesperson said”).

    ## Why it matters
    A sentence-by-sentence engine, or the script that rejoins its segments, drops the stop
    after a paragraph's last sentence. Readers see an unfinished sentence; an editor sees a
    page no one proofread. Only body lines where another sentence ended first, or of more
    than 30 words, are read, so headlines, decks, captions and credit lines, which end
    without a stop by design, are not.

    ## Examples
    bad:  The ferry left at noon. About forty cars were on board, the harbour master [[said->said.]]
    bad:  Talks resumed on Monday. The next round is set for March [[14->14.]]
    bad:  The two ministers met in the capital on Tuesday to discuss trade, fishing quotas, the new ferry link and the shared costs of a bridge that neither province has yet agreed to fund, an aide [[said->said.]]
    good: The ferry left at noon. About forty cars were on board, the harbour master said.
    good: Ferry service resumes on the island route
    good: Crews clear the pier after the storm. Photo by Jane Roe
    good: The ferry left at noon. Passengers were told to bring:
    good: The ferry left at noon. Details are posted at www.example.org/ferry
    good: The ferry left at noon. — With files from The Canadian Press
    good: Ministers meet in the capital to discuss trade and fishing quotas
    good: Is the lake safe to swim in? Weekly tests give the answer
    bad:  Is the lake safe to swim in? Weekly tests by the city, the province and two volunteer groups have given the same answer since the spring, the health unit [[said->said.]]
    bad:  The beach reopened. Is the lake safe? Weekly tests give the [[answer->answer.]]

    ## Fix safety
    Safe: a full stop is added after the paragraph's last word; nothing else changes.
    """
    layout = None
    for par in doc.paragraphs:
        text = par.text.rstrip()
        if not text or not text[-1].isalnum():
            continue
        line_start = text.rfind("\n") + 1
        line = text[line_start:]
        if not _ends_inside(line, _EARLIER_END) and len(line.split(None, _LONG_LINE_WORDS)) <= _LONG_LINE_WORDS:
            continue  # one short sentence or none: a headline, deck or label, not prose
        last = _LAST_SENTENCE.search(line)
        if last is None or len(last.group(1).split()) < _MIN_LAST_WORDS:
            continue
        if len(line.split()) <= _QUESTION_HEADLINE_WORDS and "?" in line and not _ends_inside(line, _STATEMENT_END):
            continue  # a headline's question and its answer
        if _DESIGNED_ENDS.search(last.group(1)):
            continue
        word = _BARE_END.search(line)
        if word is None:
            continue
        if layout is None:
            layout = ctx.analysis(line_roles)  # read only for a candidate: most paragraphs end in a stop
        start = line_start + word.start()
        if layout.role(par, start) is not LayoutRole.BODY:
            continue
        end = line_start + word.end()
        yield ctx.finding(
            par, start, end, "The paragraph's last sentence ends without a full stop",
            fix=Fix.safe("Add a full stop", replacement=f"{word.group()}."), suggestions=(f"{word.group()}.",),
        )
