"""Text a calque pattern cannot match without: a cheap test before its timed search.

A paragraph where an entry's trigger word fired is searched with the entry's pattern, with a
timeout (a user's pattern must not hang the checker); ~98 % of those searches find nothing, and
`regex`'s timeout alone costs ~1.5 µs a search. Most patterns hold a stretch of plain letters
every match contains ("by against", "members of"): a paragraph whose lowercase text holds none
of an entry's stretches is passed over without a search.

The stretches are read from the pattern's parse by Python's own ``re`` parser, which reads the
syntax ``re`` and ``regex`` share the same way; a pattern it cannot read (``\\p{L}``, fuzzy
matching) gets no stretches and is always searched. Only ASCII stretches are kept. A
case-insensitive match of an ASCII character is an ASCII character with the same lower case, or
one of four others (`FOLDS_TO_ASCII`); in a paragraph without those four, the lowercase text
(``str.lower`` maps character by character) holds the lowercase stretch wherever the pattern
matches.
"""

from __future__ import annotations

import sys
import warnings
from os.path import commonprefix
from typing import Any

from mtqa.patterns import lazy_re
from mtqa.text.fold import FOLDS_TO_ASCII

if sys.version_info >= (3, 11):
    from re import _constants as _c, _parser as _p
else:  # pragma: no cover - Python 3.10 names them sre_*
    import sre_constants as _c
    import sre_parse as _p

# Syntax `re` reads otherwise than `regex`: fuzzy constraints ("{e<=1}", literal braces to `re`)
# and nested sets (set operations in `regex`'s version 1).
_REGEX_ONLY = lazy_re(r"\{(?!\d*,?\d*\})|\[\[")
# An escape: a Unicode property (`regex`'s \p{L}, \P{Lu}, \pL), or any other escaped character
# (kept as written, so that "\\p{L}", a backslash then text, is not read as one).
_ESCAPE = lazy_re(r"\\(?:[pP](?:\{[^}]*\}|[A-Za-z])|[\s\S])")
MAX_ALTERNATIVES = 24  # more stretches than this cost more to test than the search they spare


def required_stretches(pattern: str) -> tuple[str, ...] | None:
    """Lowercase ASCII stretches one of which is in every match of `pattern`, or None when
    no such list is known (the pattern is then always searched)."""
    options = _top_options(pattern)
    return _smallest(max(options, key=_selective)) if options else None


MAX_FURTHER = 3  # lists tested after the first admits: each rules out few more than the last


def further_stretches(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Other lists of stretches every match of `pattern` holds one of (besides
    `required_stretches`, each required on its own, so a text must hold one of each): the
    first list alone lets ~40 % of the searches through where one of these is missing
    ("call … to", " to " there, no "police" or "911"). The most selective first, at most
    `MAX_FURTHER`."""
    options = _top_options(pattern)
    if not options:
        return ()
    first = _smallest(max(options, key=_selective))
    out: list[tuple[str, ...]] = []
    for alts in sorted(options, key=_selective, reverse=True):
        own = _smallest(alts)
        if own != first and own not in out and not _implied(own, first):
            out.append(own)
    return tuple(out[:MAX_FURTHER])


def _implied(alts: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """Whether every text holding one of `first` holds one of `alts` (each of `first` holds
    one of them): testing `alts` after `first` admits would rule nothing out."""
    return all(any(a in f for a in alts) for f in first)


def _top_options(pattern: str) -> list[list[str]]:
    """Every list of stretches the whole pattern requires (`_options`), or [] when its syntax
    is not read here."""
    # A property matches a character of a class, never fixed text: read as \w (a class `re`
    # knows, inside brackets or out), it ends a stretch as any class does.
    pattern = _ESCAPE.sub(_class_for_property, pattern)
    if _REGEX_ONLY.search(pattern):
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = _p.parse(pattern)
    except Exception:  # noqa: BLE001 - syntax only `regex` reads: no stretches
        return []
    return _options(list(tree.data))


# What ties a pattern's top-level alternatives together, so that one is not searched alone: a flag
# group (`(?i)`, `(?x)`: global in `regex`'s version 0), a comment, a back-reference or a reference
# to a group, a conditional, a branch reset, recursion, `\G`, nested sets.
_NOT_SPLIT = lazy_re(r"\(\?(?:[a-zA-Z\d-]+\)|#|P=|P>|\(|\||R\)|&|[+-]?\d)|\\(?:\d|[gGkK])|\[\[")


def top_branches(pattern: str) -> tuple[str, ...] | None:
    """The pattern's alternatives at its top level (``a|b|c``: "a", "b", "c"), or None when it has
    one, or holds syntax that ties them together (`_NOT_SPLIT`). In a text where all but one of
    them cannot match at any position, that one alone finds what the whole pattern finds: at each
    position the alternation tries them in order, and the others fail at every one."""
    if _NOT_SPLIT.search(pattern):
        return None
    parts: list[str] = []
    start = depth = i = 0
    in_set = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2  # an escaped character, in a set or out
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":  # a "]" first in a set is one of its characters
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return tuple(parts) if len(parts) > 1 and depth == 0 and not in_set else None


def _smallest(found: list[str]) -> tuple[str, ...]:
    """A stretch holding another is in the text only where that one is: the shorter suffices."""
    return tuple(sorted(a for a in set(found) if not any(b != a and b in a for b in found)))


def _class_for_property(m: Any) -> str:
    """An escape as `re` may read it: a Unicode property becomes \\w, any other stays."""
    escape = m.group()
    return r"\w" if escape[1] in "pP" else escape


def searchable(text: str) -> str | None:
    """What `admits` reads of a paragraph: its lowercase text, or None when it holds a character
    that matches an ASCII one only ignoring case (every entry is then searched)."""
    if not text.isascii() and any(map(text.__contains__, FOLDS_TO_ASCII)):
        return None
    return text.lower()


def admits_all(lists: tuple[tuple[str, ...], ...], lower: str | None) -> bool:
    """Whether the text holds one stretch of each list (`further_stretches`; `lower`:
    `searchable(text)`, None: admitted)."""
    if lower is None:
        return True
    has = lower.__contains__
    return all(any(map(has, alts)) for alts in lists)


def admits(stretches: tuple[str, ...] | None, lower: str | None) -> bool:
    """Whether an entry with these stretches may match the paragraph (`lower`: `searchable(text)`)."""
    if stretches is None or lower is None:
        return True
    return any(map(lower.__contains__, stretches))  # no Python frame a stretch


# A gate: an entry's stretches grouped under a prefix they share ("said her ", "said him",
# "said me" under "said "), each group as (prefix, its stretches), or (stretch, ()) alone.
Gate = tuple[tuple[str, tuple[str, ...]], ...]
GROUP_PREFIX = 5  # stretches whose first five characters agree share a group


def grouped(stretches: tuple[str, ...] | None) -> Gate | None:
    """The stretches as a gate (`gate_admits`): a stretch is in a text only where its prefix
    is, so a group whose shared prefix is absent is passed over with one test instead of one a
    stretch (~2,000 tests a check, most of them of product lists such as ``said (?:her|him|me)``)."""
    if stretches is None:
        return None
    by_prefix: dict[str, list[str]] = {}
    for stretch in stretches:
        by_prefix.setdefault(stretch[:GROUP_PREFIX], []).append(stretch)
    return tuple((members[0], ()) if len(members) == 1 else (commonprefix(members), tuple(members))
                 for _key, members in sorted(by_prefix.items()))


def gate_admits(gate: Gate | None, lower: str | None) -> bool:
    """``admits(stretches, lower)`` for ``gate = grouped(stretches)``: the same answer."""
    if gate is None or lower is None:
        return True
    for prefix, members in gate:
        if prefix in lower and (not members or any(map(lower.__contains__, members))):
            return True
    return False


def _of_sequence(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The best list of alternatives a sequence of parse items requires (one of them is in every
    match of the sequence): the strings of its longest stretches of items that match a few
    fixed strings (``said (?:him|them)``: four), or what a required group inside it requires."""
    options = _options(items)
    return max(options, key=_selective) if options else None


def _selective(alts: list[str]) -> tuple[int, int]:
    """How well a list of alternatives rules text out: its shortest (up to 10 characters), then few."""
    return min(min(map(len, alts)), 10), -len(alts)


def _options(items: list[tuple[Any, Any]]) -> list[list[str]]:
    """Every list of alternatives `_of_sequence` may choose from."""
    options: list[list[str]] = []
    product: list[str] = [""]  # the strings the current stretch of fixed items may match

    def close() -> None:
        if all(product):  # an empty string in it: the stretch may match nothing
            options.append(product)

    for op, av in items:
        fixed = _fixed(op, av)
        if fixed is not None and len(product) * len(fixed) <= MAX_ALTERNATIVES:
            product = [a + b for a in product for b in fixed]
            continue
        close()
        if fixed is not None:
            product = fixed
            continue
        product = [""]
        inner = _of_item(op, av)
        if inner:
            options.append(inner)
    close()
    # ... and each run of plain characters on its own: one string, where a stretch may be many
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL and av < 128:
            run += chr(av).lower()
        elif run:
            options.append([run])
            run = ""
    return options


def _fixed(op: Any, av: Any) -> list[str] | None:
    """The few lowercase ASCII strings a parse item matches (zero-width assertions match ""),
    or None when they are not few and fixed."""
    if op is _c.LITERAL:
        return [chr(av).lower()] if av < 128 else None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return [""]  # consumes nothing: the text on either side is contiguous
    if op is _c.SUBPATTERN:
        return _fixed_sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            got = _fixed_sequence(list(branch))
            if got is None:
                return None
            out += got
        return sorted(set(out)) if len(out) <= MAX_ALTERNATIVES else None
    if op is _c.IN and av and all(o is _c.LITERAL and v < 128 for o, v in av):
        return sorted({chr(v).lower() for _o, v in av})
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] in (0, 1) and av[1] == 1:
        body = _fixed_sequence(list(av[2]))
        return None if body is None else sorted(set(body) | ({""} if av[0] == 0 else set()))
    return None


def _fixed_sequence(items: list[tuple[Any, Any]]) -> list[str] | None:
    product = [""]
    for op, av in items:
        fixed = _fixed(op, av)
        if fixed is None or len(product) * len(fixed) > MAX_ALTERNATIVES:
            return None
        product = [a + b for a in product for b in fixed]
    return sorted(set(product))


def _of_item(op: Any, av: Any) -> list[str] | None:
    """What one parse item requires, or None (anything that may match without plain text)."""
    if op is _c.SUBPATTERN:
        return _of_sequence(list(av[-1]))
    if op is _c.BRANCH:
        each = [_options(list(branch)) for branch in av[1]]
        if not all(each):
            return None  # an alternative needs no plain text
        alts = [a for options in each for a in max(options, key=_selective)]
        if len(alts) > MAX_ALTERNATIVES:  # too many: each alternative's shortest list instead
            alts = [a for options in each for a in min(options, key=lambda o: (len(o), -min(map(len, o))))]
        return alts if len(alts) <= MAX_ALTERNATIVES else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _of_sequence(list(body)) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _of_sequence(list(av))
    return None  # sets, classes, anchors, assertions, back-references
