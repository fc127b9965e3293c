"""One story, one spelling system: -ize beside -ise, -yze beside -yse.

Engines learn from British and North American text alike, and a story assembled from their
output spells "organize" in one paragraph and "recognise" in the next. North American and
Canadian news (CP, the Globe and Mail) writes -ize and -yze; British news writes -ise and
-yse. A story that writes both has a leftover of the other system.
"""

from __future__ import annotations

import re
from typing import Iterator

from mtqa import re_programs
from mtqa import lexicon
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule

# Lowercase words in -ise/-ize, -yse/-yze and their inflections and nouns.
_VARIANT = re_programs.compile(r"(?<![\w’'\-])[a-z]{2,}?(is|iz|ys|yz)(e|es|ed|ing|ation|ations|er|ers)(?![\w’'\-])")
# Where a match of `_VARIANT` ends: its middle and ending, at the end of a word. Found by a
# pattern that begins with a letter of two (a fast scan), and the word's start read back from it.
_VARIANT_END = re_programs.compile(r"(?:is|iz|ys|yz)(?:e|es|ed|ing|ation|ations|er|ers)(?![\w’'\-])")


def variants(text: str) -> Iterator[re.Match]:
    """`_VARIANT.finditer(text)`, tried only at the start of the lowercase words that end as a
    match must (every match is such a whole word, so one try a word finds it)."""
    pos = 0
    while (end := _VARIANT_END.search(text, pos)) is not None:
        start = end.start()
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        m = _VARIANT.match(text, start)
        if m is not None:
            yield m
        pos = end.end()


_TWIN = {"is": "iz", "iz": "is", "ys": "yz", "yz": "ys"}
_BRITISH = frozenset({"is", "ys"})
_STEM = 3  # letters before the ending at least: "rise", "size", "wise" are not variants


def _variant_pair(lex: lexicon.Lexicon, m: re.Match) -> tuple[str, bool] | None:
    """(the spelling-system key, whether this is the British form) for a word that has a
    variant in the other system, else None. A British form counts only when its North
    American twin is at least as common in general English ("realise": "realize"), so
    words that are -ise in every system ("advertise", "compromise", "exercise") never do."""
    word = m.group()
    mid, end = m.group(1), m.group(2)
    stem = word[: m.start(1) - m.start()]
    if len(stem) < _STEM or (mid == "ys" and end == "es"):
        return None  # "analyses" is also the plural of "analysis" in every system
    twin = stem + _TWIN[mid] + end
    british = mid in _BRITISH
    ize_form, ise_form = (twin, word) if british else (word, twin)
    if lex.zipf(ize_form) < lexicon.COMMON_ZIPF or lex.zipf(ize_form) < lex.zipf(ise_form):
        return None
    return stem + ("z" if mid in ("is", "iz") else "y") + end, british


@rule(
    "consistency/ize-ise",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def ize_ise(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """British -ise or -yse beside North American -ize or -yze in one story (recognise beside organize).

    ## Why it matters
    A story spelt in two systems shows that pieces of it came from different sources, or
    from an engine that learned both; North American and Canadian house styles write -ize
    and -yze, so the -ise forms are the leftovers. Where the story writes -ise throughout
    (a British house) nothing is flagged.

    ## Examples
    bad:  The party will organize a vote. Critics [[demonise->demonize]] the plan.
    bad:  Officials analyze the analyses. Experts [[recognised->recognized]] the risk and the [[privatisation->privatization]].
    good: The party will organize a vote. Critics demonize the plan.
    good: The party will organise a vote. Critics recognise the risk and analyse it.
    good: They organize the advertising; critics criticize the enterprise's compromise and exercise.
    good: Ads advertise the size of the prize; the Organisation for Economic Co-operation was named.

    ## Fix safety
    Unsafe only in a quotation from British English or a proper name written in lowercase.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    british: list = []
    american = 0
    for par in doc.paragraphs:
        text = par.text
        if "is" not in text and "ys" not in text:
            continue
        for m in variants(text):
            pair = _variant_pair(lex, m)
            if pair is None:
                continue
            if pair[1]:
                british.append((par, m))
            else:
                american += 1
    if not british or american == 0:
        return
    for par, m in british:
        word = m.group()
        mid = m.group(1)
        fixed = word[: m.start(1) - m.start()] + _TWIN[mid] + m.group(2)
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” is spelt the British way; the story writes -ize elsewhere",
                          fix=Fix.unsafe(f"Write “{fixed}”", replacement=fixed))
