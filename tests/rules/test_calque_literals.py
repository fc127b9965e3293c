"""The calque pre-filter (`mtqa.rules.calques.literals`) never passes over a paragraph its
entry's pattern matches: checked on every entry's example and look-alikes (and the same
texts in capitals and title case), the seed, and hand-made patterns at the edges of the parse."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from mtqa.rules.calques.literals import (FOLDS_TO_ASCII, admits, admits_all, further_stretches, gate_admits, grouped,
                                         required_stretches, searchable)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def _entries() -> list[dict]:
    return tomllib.loads((ROOT / "rules" / "calques.toml").read_text(encoding="utf-8"))["calque"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = []
    for e in _entries():
        out += [e.get("example", ""), *e.get("good", ())]
    out.append((ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8"))
    out += ["He said \u017fo. By again\u017ft, the \u212aey members of the personnel",
            "Members of the personnel met \u201cby against\u201d the plan. By İnside, the ıssue was mınor."]
    return [t for s in out for t in (s, s.upper(), s.title(), s.swapcase()) if t]


def test_every_entry_is_searched_wherever_it_matches(texts: list[str]) -> None:
    entries = _entries()
    lowered = [(text, searchable(text)) for text in texts]  # once a text, not once an entry and text
    narrowed = 0
    for e in entries:
        stretches = required_stretches(e["pattern"])
        narrowed += stretches is not None
        pattern = regex.compile(e["pattern"], regex.IGNORECASE)
        for text, lower in lowered:
            if not admits(stretches, lower):
                assert pattern.search(text) is None, (e["pattern"], text)
    assert narrowed > len(entries) // 2  # the pre-filter does narrow most entries


def test_every_further_list_is_held_wherever_the_entry_matches(texts: list[str]) -> None:
    """Each list `further_stretches` gives is required on its own: a text the entry's pattern
    matches holds one stretch of each (and so passes `admits_all`)."""
    entries = _entries()
    lowered = [(text, searchable(text)) for text in texts]
    further = 0
    for e in entries:
        lists = further_stretches(e["pattern"])
        further += bool(lists)
        pattern = regex.compile(e["pattern"], regex.IGNORECASE)
        for text, lower in lowered:
            if not admits_all(lists, lower):
                assert pattern.search(text) is None, (e["pattern"], lists, text)
    assert further > len(entries) // 4  # many entries have a second list


@pytest.mark.parametrize(("pattern", "wanted"), [
    (r"\b(?:call|called|phoned) to (?:the )?\w*(?:police|911)\b", (("911", "police"),)),
    (r"\bsince (?:\d+|two|three) (?:years|months)\b", ((" months", " years"),)),
    (r"(?:large|big) \w+ (?:large|big)", ((" big", " large"),)),  # not implied by "big ", "large "
    (r"said (?:him|her)", ()),  # one stretch of fixed text: nothing further
    (r"\w+ of \w+", ()),
    (r"(?:colour){e<=1}", ()),  # syntax only `regex` reads: nothing known
    (r"(?:large|big) (?:large|big)", ()),  # one product: nothing further
    (r"abc(?:d|e)\w", ()),  # its run "abc" is in each of "abcd", "abce": implied by the first list
])
def test_further_lists_read_from_the_parse(pattern: str, wanted: tuple[tuple[str, ...], ...]) -> None:
    lists = further_stretches(pattern)
    assert lists == wanted
    assert required_stretches(pattern) not in lists


def test_admits_all_needs_one_of_each_list() -> None:
    lists = (("call",), ("911", "police"))
    assert admits_all(lists, "she called to the police")
    assert not admits_all(lists, "she called to the fire department")  # "call" alone
    assert not admits_all(lists, "she phoned police")
    assert admits_all(lists, None) and admits_all((), "anything")


def test_the_grouped_gate_answers_as_the_stretches_do(texts: list[str]) -> None:
    """`gate_admits` over `grouped` stretches is `admits` over them, on every entry and text
    (and on the lowercase texts of every look-alike: a prefix present without its stretch)."""
    lowered = [searchable(t) for t in texts]
    lowered += ["said hello to them", "sai", "say", "realiz", "realization of said", "", None]
    grouped_some = 0
    for e in _entries():
        stretches = required_stretches(e["pattern"])
        gate = grouped(stretches)
        grouped_some += gate is not None and any(members for _prefix, members in gate)
        for lower in lowered:
            assert gate_admits(gate, lower) is admits(stretches, lower), (e["pattern"], lower)
        for stretch in stretches or ():  # each stretch alone opens the gate (once, not once a text)
            assert gate_admits(gate, stretch)
    assert grouped_some  # some entries' stretches do share a prefix


def test_grouped_stretches_share_their_prefix() -> None:
    gate = grouped(("said her", "said him", "say him", "realize ", "realized "))
    assert gate == (("realize", ("realize ", "realized ")), ("said h", ("said her", "said him")), ("say him", ()))
    assert gate_admits(gate, "they say him")
    assert not gate_admits(gate, "he said hello, they realized")  # prefixes there, no stretch
    assert grouped(None) is None and gate_admits(None, "anything") and gate_admits(gate, None)


@pytest.mark.parametrize(("pattern", "wanted"), [
    (r"\bby against\b", ("by against",)),
    (r"\bthe (?:forces|troops) present\b", ("the forces present", "the troops present")),  # across \b
    (r"(?-i:R)eading of", ("reading of",)),
    (r"(?:very )?large", ("large",)),  # "very large" holds "large": the shorter suffices
    (r"a(?:b|)c", ("abc", "ac")),
    (r"(?:ab)+cd", ("ab",)),  # a repeated group, at least once, or what follows: the first of equals
    (r"said (?:him|her)(?! to)\b", ("said her", "said him")),  # a look-ahead consumes nothing
    (r"[Ss]aid \w+ (?:him|her)", ("said ",)),  # a word between: the stretch stops at it
    (r"évén", ("v",)),  # characters beyond ASCII are not kept
    # a Unicode property is a class: it ends a stretch, inside brackets or out, in any spelling
    (r"\p{L}+ of", (" of",)),
    (r"the [\p{L}'’-]+ of", ("the ",)),  # the longer of two stretches
    (r"(?-i:\p{Lu})eading of", ("eading of",)),
    (r"\P{Lu}said\pLx", ("said",)),
    (r"ab\\\p{L}cd", ("ab\\",)),  # an escaped backslash, then a property
])
def test_stretches_read_from_the_parse(pattern: str, wanted: tuple[str, ...]) -> None:
    assert required_stretches(pattern) == wanted


@pytest.mark.parametrize("pattern", [
    r"\\p{L}+ of",  # a backslash, then "p" and braces `re` would read as text
    r"\p{L}+|of",  # an alternative that is a class alone
    r"(?:colour){e<=1}",  # fuzzy matching: braces `re` would read as text
    r"[[a-z]--[aeiou]]x",  # nested sets
    r"x?|y",  # an alternative that needs nothing
    r"\w+",
])
def test_no_stretches_where_none_are_known(pattern: str) -> None:
    assert required_stretches(pattern) is None


def test_a_character_that_folds_to_ascii_makes_every_entry_searched() -> None:
    stretches = required_stretches("said")
    assert stretches == ("said",)
    assert not admits(stretches, searchable("It is over, “he” sáid."))  # beyond ASCII, no such character
    assert searchable("He \u017faid it.") is None  # the long s matches s ignoring case
    assert regex.search("said", "He \u017faid it.", regex.IGNORECASE)
    assert admits(stretches, None)
    assert admits(None, "anything")


def test_the_characters_that_fold_to_ascii_are_all_known() -> None:
    import string

    beyond = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = set()
    for ch in string.printable:
        folding.update(regex.findall(regex.escape(ch), beyond, flags=regex.IGNORECASE))
    assert folding == set(FOLDS_TO_ASCII)


@pytest.mark.parametrize(("pattern", "wanted"), [
    (r"\bthrew the towel\b|\bput water in (?:his|her) wine\b", (r"\bthrew the towel\b", r"\bput water in (?:his|her) wine\b")),
    (r"(?<=x|y)z|[|\]]w|\|v|[]|]u", (r"(?<=x|y)z", r"[|\]]w", r"\|v", r"[]|]u")),
    (r"(?-i:A)b|c", (r"(?-i:A)b", "c")),
])
def test_top_level_alternatives_read_from_the_text(pattern: str, wanted: tuple[str, ...]) -> None:
    from mtqa.rules.calques.literals import top_branches

    assert top_branches(pattern) == wanted


@pytest.mark.parametrize("pattern", [r"said (?:him|her)", r"(?i)a|b", r"(a)x\1|b", r"a(?#x|y)|b", r"(?P<n>a)|(?P=n)b",
                                     r"\Gab|c", r"(?(1)a|b)", r"[[a-z]--[aeiou]]x|y", r"(?|(a)|(b))"])
def test_no_alternatives_where_they_are_tied_together(pattern: str) -> None:
    from mtqa.rules.calques.literals import top_branches

    assert top_branches(pattern) is None


def test_an_alternative_searched_alone_finds_what_the_entry_finds(texts: list[str]) -> None:
    """`Compiled.pattern_for`: where it gives one alternative alone (or nothing to search), its
    matches are the whole pattern's, on every entry's example and look-alikes and the seed."""
    from mtqa import Checker

    data = Checker(select=["calques/french-calque"], languagetool="off").packs.compiled("calques")
    lowered = [(text, searchable(text)) for text in texts]
    joined = "\n".join(texts)
    lowered.append((joined, searchable(joined)))
    narrowed = skipped = 0
    for idx in data.branches:
        whole = data.pattern(idx)
        for text, lower in lowered:
            pattern = data.pattern_for(idx, lower)
            found = [] if pattern is None else [m.span() for m in pattern.finditer(text)]
            assert found == [m.span() for m in whole.finditer(text)], (data.patterns[idx], text)
            narrowed += pattern is not None and pattern is not whole
            skipped += pattern is None
    assert narrowed > 100 and skipped > 100  # both shortcuts are taken, and checked here
