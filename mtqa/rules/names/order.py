"""A person's name with its parts in the wrong place: surname and given name swapped, an honorific before the given name.

Engines translating from languages that put the family name first (Chinese, Japanese,
Korean, Hungarian), or that met a name in a list written "SURNAME Given", reorder names
inconsistently: the story names "Justin Trudeau", then "Trudeau Justin", then "Mr. Justin".
Each rule compares the story with itself: it takes the order the story uses for a name
most often as the right one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from mtqa import re_programs
from mtqa import lexicon
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases

_NAME_TAIL = r"[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"  # a name word after its capital
_NAME_WORD = r"[A-Z]" + _NAME_TAIL
# The left boundary is tested after the first capital, not before it: a pattern that begins with
# a character class lets `re` skip to the capitals (the same matches, a few times faster).
_PAIR = re_programs.compile(rf"([A-Z](?<![\w’'\-.][A-Z]){_NAME_TAIL}) ({_NAME_WORD})(?![\w’'\-])")
_COMMON_ZIPF = 5.0  # a capitalised word this common in lowercase is a sentence opener or a title, not a name


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"})


def _name_like(lex: lexicon.Lexicon | None, word: str) -> bool:
    return word not in _CALENDAR and (lex is None or lex.zipf(word.lower()) < _COMMON_ZIPF)


@analysis("name-pairs")
def name_pairs(doc) -> list[tuple]:
    """(paragraph, match) of every two capitalised words in a row, overlapping ("Prime Minister
    Justin Trudeau" holds three): what both name-order rules compare."""
    found = []
    for par in doc.paragraphs:
        text = par.text
        pos = 0
        while True:
            m = _PAIR.search(text, pos)
            if m is None:
                break
            found.append((par, m))
            pos = m.start(2)  # overlapping pairs: "Prime Minister Justin Trudeau"
    return found


@rule(
    "names/reversed-name",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def reversed_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A two-word name written in both orders in one story (Justin Trudeau, then Trudeau Justin).

    ## Why it matters
    Surname-first order from the source language, kept in one place and not another, makes
    readers wonder whether two people are meant.

    ## Examples
    bad:  Justin Trudeau met the premiers. Justin Trudeau spoke first, and [[Trudeau Justin->Justin Trudeau]] then left.
    good: Justin Trudeau met the premiers. Trudeau spoke first, and Justin then left.
    good: Xi Jinping met Li Qiang. Xi Jinping spoke, and Li Qiang listened.
    good: The Maple Leafs played in Toronto. Toronto Maple Leafs fans cheered.

    ## Fix safety
    Unsafe: the story's usual order is written; two people whose names are each other's
    reversed would both be changed.
    """
    lex = lexicon.english()
    pairs = ctx.analysis(name_pairs)
    counts = Counter((m.group(1), m.group(2)) for _, m in pairs)
    for par, m in pairs:
        a, b = m.group(1), m.group(2)
        other = counts.get((b, a), 0)
        # the counts first: most pairs are never written the other way, and a word's frequency
        # is a lookup in the word list
        if not other or counts[(a, b)] >= other or a == b or not (_name_like(lex, a) and _name_like(lex, b)):
            continue
        right = f"{b} {a}"
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group()}” is written “{right}” elsewhere in the story",
                          fix=Fix.unsafe(f"Write “{right}”", replacement=right))


_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Mme", "Madam", "Mister")
_HONORIFIC = re_programs.compile(rf"(?<![\w’'\-])(?:{'|'.join(_HONORIFICS)})\.? ({_NAME_WORD})(?![\w’'\-]| [A-Z])")
# Office titles English puts before the family name as an honorific is ("Premier Roy", "foreign
# minister Roy"); royal and religious titles take the given name ("King Charles", "Pope Leo").
# Endings of abstract nouns that head a body's or an era's name ("the Roy Administration",
# "Roy Government"), never a family name's.
_COMMON_NOUN_ENDINGS = ("tion", "ment", "ship", "ism", "ity", "ance", "ence")
_OFFICES = ("minister", "president", "premier", "mayor", "senator", "chancellor", "governor", "ambassador")
_OFFICE = re_programs.compile(
    rf"(?<![\w’'\-])(?:{'|'.join(o[0].upper() + o[1:] for o in _OFFICES)}|{'|'.join(_OFFICES)}) "
    rf"({_NAME_WORD})(?![\w’'\-]| [A-Z])"
)


@rule(
    "names/honorific-given-name",
    # every match begins with one of the honorifics as written (the substring test it made of
    # each paragraph before its pattern): the engine's scan finds them
    triggers=(Phrases("honorific", _HONORIFICS, ignorecase=False, boundary="none"),
              Phrases("office", _OFFICES, boundary="none")),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def honorific_given_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An honorific or an office before a person's given name (Mr. Justin, Premier Justin) where the story names them in full (Justin Trudeau).

    ## Why it matters
    News English puts Mr., Ms. and Dr. before the family name only; before the given name
    they show a name order mixed up by the engine (family name first in the source), and
    a reader may take the given name for a second person's surname.

    ## Examples
    bad:  Justin Trudeau spoke on Monday. [[Mr. Justin->Mr. Trudeau]] said the deal was good.
    good: Justin Trudeau spoke on Monday. Mr. Trudeau said the deal was good.
    good: Adam James spoke. Jesse James and Mr. James, his father, agreed.
    good: Mr. Justin Trudeau spoke on Monday, and Mr. Trudeau left.
    bad:  Talks with Ottawa, said Dana Whitlock, went well, according to deputy trade [[minister Dana->minister Whitlock]].
    bad:  Premier Dana Whitlock spoke. [[Premier Dana->Premier Whitlock]] later left.
    good: Premier Dana Whitlock spoke. Premier Whitlock later left, and King Charles and Pope Leo wrote.
    good: The Whitlock Administration's aide met Mr. Whitlock and President Whitlock.
    good: Senator Grant Mitchell spoke; Senator Mitchell nodded. The prime minister Dana Whitlock sat.

    ## Fix safety
    Unsafe: the surname the story gives that given name is written; a relative of the same
    given name would be changed too.
    """
    # a paragraph is searched only where one of the honorifics stands (the pattern, tried at
    # every place, costs several times more than the scan's phrases)
    honorifics = [(par, m) for par in ctx.fired_in(doc.paragraphs) for pattern in (_HONORIFIC, _OFFICE)
                  for m in pattern.finditer(par.text)]
    if not honorifics:
        return  # most stories: nothing to judge, and no names to gather
    lex = lexicon.english()
    # Only the given names after an honorific are asked about: the pairs that hold none of them
    # are not looked up in the word list.
    asked = {m.group(1) for _, m in honorifics}
    given_of: dict[str, Counter] = defaultdict(Counter)
    surnames: set[str] = set()
    for _, m in ctx.analysis(name_pairs):
        a, b = m.group(1), m.group(2)
        if a.lower() in _OFFICES or b.lower().endswith(_COMMON_NOUN_ENDINGS):
            continue  # "Premier Dana", "Roy Administration": not a given name before a surname
        if (a in asked or b in asked) and _name_like(lex, a) and _name_like(lex, b):
            given_of[a][b] += 1
            surnames.add(b)
    for par, m in honorifics:
        given = m.group(1)
        family = given_of.get(given)
        if not family or given in surnames or len(family) != 1:
            continue
        surname = next(iter(family))
        right = par.text[m.start():m.start(1)] + surname
        yield ctx.finding(par, m.start(), m.end(), f"“{given}” is a given name in this story ({given} {surname})",
                          fix=Fix.unsafe(f"Write “{right}”", replacement=right))
