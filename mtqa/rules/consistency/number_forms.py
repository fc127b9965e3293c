"""One story, one way of writing a kind of number: the clock, and per cent.

A story assembled from engine output writes "2 p.m." in one paragraph and "16:00" (the
source's 24-hour clock kept) or "9:30pm" in the next, or "per cent" beside "percent". Each
rule flags the form the story uses less, only when it uses both.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from mtqa import re_programs
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy_re
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_TWELVE_HOUR = lazy_re(r"\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_DIGIT = lazy_re(r"\d")  # the same digits as the pattern's (a scan for one is a fast search)
# A 24-hour time after a word that introduces a time of day: "at 16:00", "until 18:30".
_TWENTY_FOUR = lazy_re(r"\b(?:at|from|to|until|till|by|before|after|around|since) ((?:1[3-9]|2[0-3]|00):([0-5]\d))\b(?!:)")


# A 12-hour time and the parts of its style: the space before the suffix, and the suffix.
_CLOCK = lazy_re(r"\b(\d{1,2}(?::\d\d)?)( ?)(a\.m\.|p\.m\.|am\b|pm\b|A\.M\.|P\.M\.|AM\b|PM\b)")


def _clock_style(m: re.Match) -> tuple[bool, bool, bool]:
    """(spaced, with periods, in capitals): "9:30pm" is (False, False, False)."""
    suffix = m.group(3)
    return m.group(2) == " ", "." in suffix, suffix.isupper()


def _in_style(m: re.Match, style: tuple[bool, bool, bool]) -> str:
    spaced, periods, capitals = style
    suffix = m.group(3).replace(".", "").lower()
    suffix = f"{suffix[0]}.{suffix[1]}." if periods else suffix
    return m.group(1) + (" " if spaced else "") + (suffix.upper() if capitals else suffix)


def _odd_clock_styles(doc, ctx: RuleContext) -> Iterator[tuple[Paragraph, re.Match, str]]:
    """The 12-hour times written otherwise than the style the story uses most (at least twice,
    more than any other), each with its form in that style: "9:30pm" among "7:30 p.m."s. A
    page's time stamp ("Mar 3, 2025 | 5:00 PM") is set by its publishing system, not written
    in the story's style: its time is left out."""
    times = [(par, m) for par in doc.paragraphs if _DIGIT.search(par.text) for m in _CLOCK.finditer(par.text)]
    if len({_clock_style(m) for _, m in times}) < 2:
        return
    layout = ctx.analysis(line_roles)
    times = [(par, m) for par, m in times if layout.role(par, m.start()) is not LayoutRole.TIMESTAMP]
    counts = Counter(_clock_style(m) for _, m in times)
    if len(counts) < 2:
        return
    (major, n), (_, second) = counts.most_common(2)
    if n < 2 or n == second:
        return
    for par, m in times:
        if _clock_style(m) != major:
            yield par, m, _in_style(m, major)


def _twelve_hour(hour: int, minute: str) -> str:
    suffix = "a.m." if hour < 12 else "p.m."
    h = hour % 12 or 12
    return f"{h} {suffix}" if minute == "00" else f"{h}:{minute} {suffix}"


@rule(
    "consistency/clock-style",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
    # Both of its checks need a 12-hour time, whose suffix holds one of these: a story
    # without one is not read.
    triggers=[Phrases("clock suffix", ("am", "pm", "a.m.", "p.m."), boundary="none")],
    only_where_fired=True,
)
def clock_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A 24-hour time (at 16:00), or a 12-hour time in another style (9:30pm), in a story that writes its times as 7:30 p.m.

    ## Why it matters
    The source's 24-hour clock, kept in one place while the rest of the story uses the
    12-hour clock, makes readers convert; North American news writes "4 p.m.". A time
    written "9:30pm" or "9:30 PM" among "7:30 p.m."s shows a story put together from pieces.

    ## Examples
    bad:  The meeting started at 2 p.m. on Monday and ended at [[16:00->4 p.m.]] after a vote.
    good: The meeting started at 2 p.m. on Monday and ended at 4 p.m. after a vote.
    good: The meeting starts at 14:30 in Brussels and ends at 16:00.
    good: He ran the race in 2:15:30 at 3 p.m., and the score was 13:05 at the break.
    bad:  Doors open at 6 p.m., the show starts at 7:30 p.m. and ends at [[10pm->10 p.m.]]; buses leave at [[11 PM->11 p.m.]]
    good: Doors open at 6 p.m., the show starts at 7:30 p.m. and ends at 10 p.m.
    bad:  Doors open at 6pm and the show ends at 10pm; the bus left at [[5 a.m.->5am]]
    good: Doors open at 6pm and the show ends at 10 p.m.; the bus left at 5 a.m. and 6am.
    good: Doors open at 6 pm and the show ends at 10 p.m.
    good: Mar 3, 2025 | 5:00 PM\\n\\nDoors open at 6 p.m. and the show starts at 7:30 p.m.
    bad:  Doors open at 6 p.m. and the show starts at 7:30 p.m.; it ends at [[10:00 PM->10:00 p.m.]]

    ## Fix safety
    Unsafe: the time is rewritten on the 12-hour clock; a time quoted from a timetable may
    be meant to stay as printed. A 12-hour time's style is changed safely: only its spacing
    and the suffix's periods and case.
    """
    for par, m, fixed in _odd_clock_styles(doc, ctx):
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group()}” in a story that writes its times as “{fixed}”",
                          fix=Fix.safe(f"Write {fixed}", replacement=fixed))
    # Set aside before the patterns run: a 24-hour time holds a colon, a 12-hour time a digit
    # (most paragraphs hold no colon or no digit, and the 12-hour pattern is tried at every place).
    with_colon = [par for par in doc.paragraphs if ":" in par.text]
    if not with_colon or not any(_TWELVE_HOUR.search(par.text) for par in doc.paragraphs if _DIGIT.search(par.text)):
        return
    for par in with_colon:
        text = par.text
        for m in _TWENTY_FOUR.finditer(text):
            hour, minute = int(m.group(1).split(":")[0]), m.group(2)
            fixed = _twelve_hour(hour, minute)
            yield ctx.finding(par, m.start(1), m.end(1), "A 24-hour time in a story that writes a.m. and p.m.",
                              fix=Fix.unsafe(f"Write {fixed}", replacement=fixed))


_PERCENT_WORD = re_programs.compile(r"\b(?:per cent|percent)\b")


@rule(
    "consistency/percent-style",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
    # "per cent" and "percent" both hold it (as written: the words are matched so)
    triggers=[Phrases("cent", ("cent",), ignorecase=False, boundary="none")],
    only_where_fired=True,
)
def percent_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """“per cent” and “percent” both in one story: the form used less is flagged.

    ## Why it matters
    Canadian and British news writes "per cent", US news "percent"; a story with both was
    put together from different sources or engines.

    ## Examples
    bad:  Prices rose 3 per cent in May and 4 per cent in June, and wages rose 1 [[percent->per cent]].
    bad:  Unemployment fell 5 per cent, and rents rose 2 per cent, while food rose 4 [[percent->per cent]].
    good: Prices rose 3 per cent in May and 4 per cent in June.
    good: Prices rose 3 percent in May and 4 percent in June; the percentage fell.

    ## Fix safety
    Unsafe: the story's majority form is written; a quoted title keeps its own.
    """
    found: list[tuple[Paragraph, re.Match[str]]] = []
    for par in doc.paragraphs:
        text = par.text
        if "cent" in text:
            found.extend((par, m) for m in _PERCENT_WORD.finditer(text))
    spaced = len([m for _, m in found if " " in m.group()])
    closed = len(found) - spaced
    if not spaced or not closed or spaced == closed:
        return
    minority, fixed = ("percent", "per cent") if closed < spaced else ("per cent", "percent")
    for par, m in found:
        if m.group() == minority:
            yield ctx.finding(par, m.start(), m.end(), f"“{minority}” in a story that writes “{fixed}” elsewhere",
                              fix=Fix.unsafe(f"Write “{fixed}”", replacement=fixed))
