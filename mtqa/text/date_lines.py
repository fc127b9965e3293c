"""A date standing alone on its line, and whether the story writes its own dates month first.

A page's template sets the posting date on a line of its own ("13 October 2017"), day first on
many sites whatever the house style of the copy under it; the story's own dates ("March 1, 2017",
"Oct. 3") show what the copy writes. A day-first date alone on its line, in a story that writes a
date month first elsewhere, is the template's metadata, not a source's order an engine kept: an
engine that keeps the order keeps it in the sentences too ("marks 29 October", "on 18 March").
"""

from __future__ import annotations

from mtqa.analysis import analysis
from mtqa.patterns import lazy
from mtqa.text.calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_MONTH = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))
_DAY = r"(?:[1-9]|[12]\d|3[01])"
# A month, then a day that is not the start of a year or a time ("March 1, 2017", "Oct. 3"; not
# "March 2017", "May 10:30").
_MONTH_FIRST = lazy(rf"(?<![\p{{L}}\p{{N}}])(?:{_MONTH})\.?[ \u00a0]{_DAY}(?:st|nd|rd|th)?(?![\p{{N}}:])")
# A whole line that is one date, day first, perhaps after its weekday and before its year.
_DAY_FIRST_LINE = lazy(rf"(?:(?:{'|'.join(WEEKDAYS)}),?[ \u00a0])?{_DAY}[ \u00a0](?:{_MONTH})\.?"
                       r"(?:,?[ \u00a0](?:19|20)\d\d)?")


def day_first_date_line(text: str) -> bool:
    """Whether the paragraph `text` is nothing but one date written day first ("13 October 2017")."""
    return _DAY_FIRST_LINE.fullmatch(text.strip()) is not None


@analysis("month-first-dates")
def writes_month_first(doc) -> bool:
    """Whether the story writes a date month first anywhere ("March 1, 2017", "Oct. 3")."""
    return _MONTH_FIRST.search(doc.text) is not None
