"""What follows the place of a release's dateline set in brackets at a line's start:
"(Halifax) June 3, 2024 –", "(Ottawa, ON) –".

Two families must tell such a dateline from a bracket of the copy's own: `consistency`
(a place in capitals there is the dateline's style, not the story's spelling of the word) and
`ridings` (a place and province there is where the release was issued, not a member's riding).
They read the dateline by the same mark, written here once: after the closing bracket, spaces
(plain or no-break, as release templates set them), then a dash, or a month and a day's digit.
"""

from __future__ import annotations

from mtqa.patterns import lazy

# The form as a pattern's source, for a rule that matches more before it (the place's province).
BRACKETED_DATELINE_TAIL = (
    r"[ \u00a0]*(?:[—–-]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?[ \u00a0]\d)"
)
_TAIL = lazy(BRACKETED_DATELINE_TAIL)


def dateline_follows(text: str, pos: int) -> bool:
    """Whether a dash, or a date, follows `pos` (just past a closing bracket) as it follows a
    release's bracketed dateline."""
    return _TAIL.match(text, pos) is not None
