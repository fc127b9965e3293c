"""Declared analyses (mtqa.analysis) over the abbreviations pack, computed once per document:
every occurrence of a listed abbreviation (dotted or not) and every `Month Day` date, which the
abbreviations rules and the consistency family's date-style rule read, and the initials of the
document's capitalised names, which `abbreviations/french-acronym` reads.
"""

from __future__ import annotations

import msgspec

from mtqa.analysis import TriggerHits, analysis
from mtqa.patterns import lazy
from mtqa.rules.abbreviations.pack import AbbrevData, Pair
from mtqa.scan import FromPack, Phrases
from mtqa.segment import (
    SENTENCE_OPENERS, Paragraph,
)
from mtqa.text.case import shouting

# ---- occurrences ---------------------------------------------------------------------------


class Occurrence(msgspec.Struct, frozen=True):
    par: Paragraph
    start: int
    end: int
    pair: Pair
    dotted: bool
    sentence_final: bool  # a dotted form whose last period also ends the sentence


# Where the analyses look, as plain substrings of the text as written (every match of `forms_re`
# is a form; every `Month Day` holds its month word as written): a paragraph with neither holds
# none. Every rule that reads an analysis declares its trigger (all of them are document rules,
# called wherever the triggers fire or not).
FORM = Phrases("abbreviation form", FromPack("by_form"), pack="abbreviations", ignorecase=False, boundary="none")
MONTH = Phrases("month word", FromPack("month_words"), pack="abbreviations", ignorecase=False, boundary="none")


_NEXT = lazy(r"[\"'”’)\]]*\s+[\"“‘(\[]?(\w+)")


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a dotted abbreviation ending at `end` also ends its sentence (as mtqa.segment decides)."""
    m = _NEXT.match(text, end)
    if m is None:
        return not text[end:].strip()
    return m.group(1) in SENTENCE_OPENERS


@analysis("abbreviations", packs=("abbreviations",), triggers=(FORM,))
def occurrences(doc, data: AbbrevData, hits: TriggerHits) -> list[Occurrence]:
    """Every bare or dotted form of a listed abbreviation in the document (searched where one
    is written)."""
    out: list[Occurrence] = []
    for par in hits.fired_in(doc.paragraphs, FORM.name):
        text = par.text
        if shouting(par):
            continue
        for m in data.forms_re.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
                continue
            pair, dotted = data.by_form[m.group()]
            if not dotted and _in_capitals(text, m.start(), m.end()):
                continue  # "LET US IN" in a quote: the pronoun, or a form the capitals chose
            if pair.keep and any(text.startswith(k, m.start()) for k in pair.keep):
                continue
            final = dotted and _ends_sentence(text, m.end())
            out.append(Occurrence(par, m.start(), m.end(), pair, dotted, final))
    return out


# An all-capital word of two or more letters right before or after a bare form, a space between;
# and a quote mark (or "!") that opens or closes a run of capitals.
_CAPITALS_BEFORE = lazy(r"(?<![\p{L}\p{N}])\p{Lu}{2,}[ \u00a0]$")
_CAPITALS_AFTER = lazy(r"[ \u00a0]\p{Lu}{2,}(?![\p{L}\p{N}])")
_OPENS = "\"“‘«"
_CLOSES = "\"”’»!"


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a bare form stands in a run of capitals inside a paragraph that is not all capitals
    (`shouting` leaves those out): a quote or a slogan written in capitals ("chanted LET US IN",
    "“SAVE US”"), where "US" is the pronoun and a fix to "U.S." would garble it. A capital word on
    one side only is not enough: "US GAAP" and "the US FDA" put an acronym beside the country."""
    before = bool(_CAPITALS_BEFORE.search(text[max(0, start - 40):start]))
    after = bool(_CAPITALS_AFTER.match(text, end))
    if before and after:
        return True
    if before:
        return text[end:end + 1] in _CLOSES and end < len(text)
    return after and start > 0 and text[start - 1] in _OPENS


class DateOcc(msgspec.Struct, frozen=True):
    par: Paragraph
    start: int
    month_end: int
    end: int
    name: str  # full month name
    abbr: str  # its abbreviation ("" if never abbreviated)
    abbreviated: bool
    abbreviable: bool


_DAY = lazy(r" (\d{1,2})(?:st|nd|rd|th)?(?![\p{N}\p{L}])")


@analysis("dates", packs=("abbreviations",), triggers=(MONTH,))
def date_occurrences(doc, data: AbbrevData, hits: TriggerHits) -> list[DateOcc]:
    """Every `Month Day` in the document (searched where a month word is written)."""
    out = []
    words = data.month_words
    for par in hits.fired_in(doc.paragraphs, MONTH.name):
        text = par.text
        for m in _DAY.finditer(text):
            j = m.start()  # the space before the day
            k = j - 1 if j and text[j - 1] == "." else j
            i = k
            while i > 0 and text[i - 1].isalpha() and k - i < 10:
                i -= 1
            if i == k or (i and (text[i - 1].isalnum() or text[i - 1] in "-’'")):
                continue
            month = text[i:j]
            name = words.get(month)
            if name is None:
                continue
            abbreviated = month not in data.months
            abbr = data.months[name]
            out.append(DateOcc(par, i, j, m.end(1), name, abbr, abbreviated, bool(abbr)))
    return out


# ---- initials of capitalised names ---------------------------------------------------------

# A run of capitalised words, each word's initial one letter of an acronym the story may spell out in
# English ("Timmins Police Service" for TPS, "Prairie Lakes Quarry" for PLQ).
_CAPITALISED_RUN = lazy(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*)+")
_ARTICLES = ("The", "A", "An")  # a sentence's capitalised article is not part of the name


@analysis("capitalised initials")
def capitalised_initials(doc) -> frozenset[str]:
    """The initials of every run of capitalised words in the document, each whole run ("Timmins
    Police Service" gives TPS; "The Timmins Police Service" too), so that a title-case headline's
    words do not count one by one. Read once per document: asking the text per acronym cost a
    pass over the whole story for each acronym found."""
    initials = set()
    for m in _CAPITALISED_RUN.finditer(doc.text):
        words = m.group().split()
        if words[0] in _ARTICLES:
            words = words[1:]
        initials.add("".join(word[0] for word in words))
    return frozenset(initials)
