"""Patterns tried only where a match can begin, as ``finditer`` would find them.

A case-insensitive alternation run with ``finditer`` is tried at every place of a paragraph;
where a rule's triggers say where a match's key word stands, and the pattern says what comes
before it, the places a match can begin are few, and trying the pattern there alone finds the
same matches for a fraction of the work. The walks back read runs of `str.isspace` and
`str.isalpha` characters: a run of the first holds every run of ``\\s``, one of the second every
run of the letters a case-insensitive ASCII word matches, save the few letters below.
"""

from __future__ import annotations

from typing import Callable, Iterable

from mtqa import rx as regex
from mtqa.text.fold import FOLDS_TO_ASCII  # letters the triggers cannot see: searched whole


def run_start(text: str, end: int, inside: Callable[[str], bool]) -> int:
    """Where the run of characters passing `inside` that ends at `end` begins."""
    while end > 0 and inside(text[end - 1]):
        end -= 1
    return end


def not_space(c: str) -> bool:
    """Whether a character is not whitespace (a run of them is a word with its marks)."""
    return not c.isspace()


def words_before(text: str, at: int, count: int, inside: Callable[[str], bool] = str.isalpha) -> list[int]:
    """Where the `count` runs of letters (or of characters passing `inside`) before `at` begin,
    nearest first, each followed by whitespace (fewer where the text before is not such runs
    and whitespace)."""
    starts = []
    for _ in range(count):
        word_end = run_start(text, at, str.isspace)
        word = run_start(text, word_end, inside)
        if word_end == at or word == word_end:
            break
        starts.append(word)
        at = word
    return starts


def matches(pattern: regex.Pattern, text: str, anchored: Callable[[], list], timeout: float) -> list | None:
    """The matches of `pattern` in `text`: `anchored()` (the rule's search where a match can begin),
    or, in a text holding a letter the triggers cannot see (`FOLDS_TO_ASCII`), ``finditer`` over
    the whole text within `timeout` seconds (None when it runs out)."""
    if triggers_see_every_letter(text):
        return anchored()
    try:
        return list(pattern.finditer(text, timeout=timeout))
    except TimeoutError:
        return None


def triggers_see_every_letter(text: str) -> bool:
    """Whether `text` holds none of `FOLDS_TO_ASCII`: four substring searches, or none for ASCII
    text, instead of a set lookup per character (~2 µs a paragraph)."""
    return text.isascii() or not any(map(text.__contains__, FOLDS_TO_ASCII))


def matches_at(pattern: regex.Pattern, text: str, starts: Iterable[int]) -> list:
    """The matches ``pattern.finditer(text)`` finds, given every place a match can begin
    (more do no harm): tried there alone, left to right and from the end of the last match,
    as finditer goes. Untimed: one match at one place of a pattern without nested repetition
    cannot run away (and a timeout costs ~1 µs a call)."""
    found = []
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found
