"""Where a quotation meets the words around it: a mark glued between two words.

Engines that turn a source's « » or „ “ into English marks sometimes drop the spaces the
source's marks carried, or turn them the wrong way, and leave a mark with a letter on either
side ("the Liberals“For their help").
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Chars
from mtqa.segment import Paragraph

# A double quotation mark with a letter on both sides and no space.
_GLUED_MARK = lazy(r"(?<=\p{L})[“”\"](?=\p{L})")


@rule(
    "quotes/glued-mark",
    triggers=(Chars("double mark", "“”\""),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
)
def glued_mark(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A double quotation mark between two words with no space on either side (“the Liberals“For”).

    ## Why it matters
    A mark always has a space on one side: before an opening mark, after a closing one. A mark
    with a letter on each side shows an engine that dropped the source's spacing or turned the
    mark round, and the reader cannot tell where the quotation starts or stops.

    ## Examples
    bad:  The mayor thanked the Liberals[[“]]For their help, she told the council.
    bad:  He called the plan a[[”]]failure” and walked out of the hearing.
    good: The mayor thanked the Liberals. “For their help, I am grateful,” she said.
    good: He called the plan a “failure” and walked out; the band’s “Rock” tour went on.
    good: The board measured the screen at 55" and the shelf at 6'2" across.

    ## Fix safety
    None: which side the space goes on, and which way the mark turns, depend on the quotation.
    """
    text = par.text
    for m in _GLUED_MARK.finditer(text):
        yield ctx.finding(par, m.start(), m.end(),
                          "A quotation mark with a word on each side and no space: a space is missing, "
                          "or the mark is turned the wrong way")
