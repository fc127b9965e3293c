"""French that the copy itself says is French: "the motto, in French, is …", "known in French as the CRO (congé rémunéré obligatoire)".

English copy that names a thing in French tells the reader so, and the French that follows is
given as French on purpose, not left by an engine. The rules that look for French leftovers
(``untranslated/french-words``) and non-words (``nonwords/unknown-word``) read the same marker
here, so that they agree on what counts as French marked as such.
"""

from __future__ import annotations

from mtqa import rx as regex
from mtqa.patterns import lazy
from mtqa.segment import sentence_stops

# The words by which a sentence says that what it gives is French.
MARKED_AS_FRENCH = lazy(r"\b(?:in French|French for|French word|French term|en français|French-language|"
                        r"French name|known in French|French phrase)\b", regex.IGNORECASE)

# How far back a bracket's opening is looked for, and how far a sentence runs before it.
_BRACKET_REACH = 120
_SENTENCE_REACH = 300


def in_marked_french_bracket(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of `text` lies inside a bracket whose sentence, before the bracket,
    says that what it gives is French: "known in French as the CRO (congé rémunéré obligatoire)".
    A bracket in a sentence that says nothing of French ("often called the CRO (congé rémunéré
    obligatoire)") is not marked, and a word outside the bracket never is."""
    opening = text.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end)
    if closing < 0 or "(" in text[end:closing]:
        return False
    before = text[max(0, opening - _SENTENCE_REACH):opening]
    sentence_start = max([before.rfind("\n"), *(stop for stop in sentence_stops(before))]) + 1
    return MARKED_AS_FRENCH.search(before[sentence_start:]) is not None
