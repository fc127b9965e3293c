"""Boilerplate: a CMS's metadata printed as text, a machine time stamp or a run of tags.

A page's metadata (its ISO 8601 publication stamp, its list of hashtags) sits in the page's
markup; a scraper that keeps the text keeps it too, and a translator passes it through. Neither
is ever a line of a story an editor wrote.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import DIGIT, Pattern, Phrases
from mtqa.segment import Paragraph

# An ISO 8601 date-time alone on its line (2022-08-02T13:35:09.529Z, 2023-05-01T08:00:00+02:00).
_ISO_STAMP = lazy(
    r"(?m)^[ \t]*(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)[ \t]*$"
)
# Three or more hashtags at the head of a line, separated by commas or spaces (#Montreal, #Bill21,
# #Manitoba Montreal, Nov 29 ...).
_TAG_RUN = lazy(r"(?m)^[ \t]*(#\w+(?:[ \t]*,[ \t]*|[ \t]+)#\w+(?:(?:[ \t]*,[ \t]*|[ \t]+)#\w+)+)(?=[ \t]*(?:,|$|\p{Lu}))")


@rule(
    "boilerplate/cms-metadata",
    # What each form holds: a stamp a digit, "T" and a digit; a run of tags "#".
    triggers=(Pattern("time stamp", rf"[{DIGIT}]T[{DIGIT}]"), Phrases("hash", ("#",), ignorecase=False, boundary="none")),
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.9,
)
def cms_metadata(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A page's metadata printed in the copy: an ISO 8601 time stamp alone on a line, or a run of hashtags heading a line.

    ## Why it matters
    ``2022-08-02T13:35:09.529Z`` and ``#Montreal, #Bill21, #Manitoba`` are what a content
    system stores about a story, not text of it; scraped and translated with the page they
    are published as its first line. A single hashtag in a quoted tweet, a date written for
    readers and a time in a sentence are left alone.

    ## Examples
    bad:  The situation: Inside Austria\\n\\n[[2022-08-02T13:35:09.529Z]]\\n\\nThe chancellor's party is ailing.
    bad:  [[#Montreal, #Bill21, #Manitoba]] Montreal, Nov 29: Some women were tempted by the offer.
    bad:  [[#Troops #Latvia #NATO]] Ottawa, Feb 3: Troops left on Monday.
    good: The vote was set for 2022-08-02, and polls closed at 20:00.
    good: #Habs David Savard on staying: “I want to be here.”
    good: The tag #Bill21 trended on Monday, the party said.

    ## Fix safety
    Unsafe: deleting the line is offered; an editor checks that nothing of the story goes with it.
    """
    text = par.text
    for regex, what in ((_ISO_STAMP, "a machine time stamp"), (_TAG_RUN, "a run of tags")):
        for m in regex.finditer(text):
            yield ctx.finding(par, m.start(1), m.end(1), f"{what} of the page's metadata, printed as copy",
                              fix=Fix.unsafe("Delete it", replacement=""), suggestions=("",))
