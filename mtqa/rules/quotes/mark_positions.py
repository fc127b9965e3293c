"""Where a quotation mark stands: opening, closing, floating or bare by the characters beside it
(`classify`), the white space around it, and the words near it (a speech verb after it, the
last word before a stop). The paragraph reader and the document's analysis both judge by these.
"""

from __future__ import annotations

from bisect import bisect_right

from mtqa.patterns import lazy
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.text.tokens import LETTER_RUN


MARKS = lazy(r"[“”\"‘’']")
OPEN_BEFORE = frozenset("([{—–/")  # what may stand right before an opening mark
_CLOSE_AFTER = frozenset(".,;:!?)]}—–…-/")  # what may stand right after a closing mark
END_PUNCT = frozenset(",.!?…;:")
_RUN_INTO_WORD = frozenset(".…—–-")


def classify(text: str, i: int) -> str:
    """Position of the mark at i: O (opening), C (closing), F (floating: space both sides), B (no space)."""
    p = text[i - 1] if i > 0 else None
    n = text[i + 1] if i + 1 < len(text) else None
    left_open = p is None or p.isspace() or (p in OPEN_BEFORE and (i < 2 or not text[i - 2].isalnum()))
    right_close = n is None or n.isspace() or n in _CLOSE_AFTER
    if right_close and n is not None and n in _RUN_INTO_WORD and _run_into_word(text, i + 1):
        right_close = False
    return _POSITION[left_open, right_close]


# (space or opening punctuation before, space or closing punctuation after) -> position
_POSITION = {(True, False): "O", (False, True): "C", (True, True): "F", (False, False): "B"}


def _run_into_word(text: str, j: int) -> bool:
    """Whether the run of dots or dashes from j (at most 7) leads into a word: “…and then”,
    “—and that is final”, where the mark before it opens."""
    i = j - 1
    while j < len(text) and j - i < 8 and text[j] in _RUN_INTO_WORD:
        j += 1
    return j < len(text) and text[j].isalnum()


def ws_start(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    return j


def ws_end(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    return j


def attribution_follows(text: str, i: int, pack: QuotesPack) -> bool:
    """Whether a speech verb stands within the next four words after position i."""
    for k, m in enumerate(LETTER_RUN.finditer(text, i, min(len(text), i + 60))):
        if k >= 4:
            break
        if m.group().casefold() in pack.speech_verbs:
            return True
    return False


class SpeechVerbIndex:
    """`attribution_follows` for many positions of one text: its letter runs found once, each
    question a bisection. A paragraph reader asks once for each mark in an opening position; a
    pasted line of such marks (``, ”it , ”it …``) made each question a regular-expression search
    of its own, a third of the reader's time (stop 47). The same answers: a run cut by the start
    or the 60-character reach is read as the search reads it, cut."""

    def __init__(self, text: str, pack: QuotesPack) -> None:
        self.text, self.verbs = text, pack.speech_verbs
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.is_verb: list[bool] = []
        for m in LETTER_RUN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.is_verb.append(m.group().casefold() in self.verbs)

    def follows(self, i: int) -> bool:
        """`attribution_follows(text, i, pack)`."""
        text, starts, ends = self.text, self.starts, self.ends
        limit = min(len(text), i + 60)
        first = bisect_right(ends, i)  # the first run that ends after i
        for k in range(first, min(first + 4, len(starts))):
            s, e = starts[k], ends[k]
            if s >= limit:
                return False
            if s >= i and e <= limit:
                if self.is_verb[k]:
                    return True
            elif text[max(s, i):min(e, limit)].casefold() in self.verbs:
                return True
        return False


def says(text: str, start: int, end: int, pack: QuotesPack) -> bool:
    """Whether the words between start and end hold a speech verb (said, added, told)."""
    return any(w.group().casefold() in pack.speech_verbs for w in LETTER_RUN.finditer(text, start, end))


# The last word of a text and the stops after it (an abbreviation's dot among them)
LAST_WORD = lazy(r"[\p{L}\p{N}’'\-]+[.!?…,;:]*$")


def opens_sentence_quote(text: str, o: int) -> bool:
    """Whether the mark at o opens a quoted sentence: after a colon, comma or a sentence end."""
    j = ws_start(text, o)
    if j == 0:
        return True
    prev = text[j - 1]
    if prev in ",:;":
        return True
    if prev in "”\"’'" and j >= 2:
        prev = text[j - 2]
    return prev in ".!?…"
