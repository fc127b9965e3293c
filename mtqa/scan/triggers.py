"""What a rule looks for, declared as data beside its docstring: ``@rule(..., triggers=[...])``.

The engine gathers every selected rule's triggers into one scanner per Checker, scans each
document (or section) once, and calls a rule that declares triggers only on the paragraphs
where one of them fired; the rule reads its hits with ``ctx.hits(par)`` and judges them.
A trigger is a pre-filter: it must fire wherever the rule could find something (the rule's
own Python decides), so a trigger may over-fire but never miss.

Matching is defined on *views* of the text, the same for every backend:

* ``exact``: the text as written;
* ``lower``: each character case-folded on its own (a character whose fold is longer than
  one character, such as ß, keeps its lowercase), so offsets are the text's offsets;
* ``folded``: ``lower`` with accents removed from Latin letters (é → e), also one to one.

A phrase matches at every position where the view holds it (overlapping occurrences
included) and, on a word boundary, is not glued to a word character at an edge that is
itself a word character (like ``\\b``). Word characters are letters and digits
(``boundary="word"``) or letters only (``boundary="letters"``).

Token predicates (``Repeated``, ``CapitalRun``) look at the text's *tokens*: the maximal runs
of letters and digits of the text as written (``\\p{L}`` and ``\\p{N}``), the same runs
``Scanner.tokens`` returns.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, NamedTuple

import msgspec



class FromPack(msgspec.Struct, frozen=True):
    """What a trigger reads from its compiled pack, named rather than computed: the value of the
    pack's attribute `attribute` (its phrases, or for `Always` whether it holds any), or with
    `each` the attribute of each value of a pack compiled to a mapping (one entry per locale),
    joined. A trigger holding a function (a lambda: phrases computed from a pack) cannot be kept
    in the rule table, so its rule module was imported by every `Checker()`; one holding this is
    plain data, and the module waits until its trigger fires (mtqa.rule_table). What the
    attribute holds is computed beside the pack's compiler (a field or a property of the
    compiled pack), not in the rule module."""

    attribute: str
    each: bool = False

    def read(self, compiled: Any) -> Any:
        """The attribute's value in `compiled` (with `each`: the set of the values' values)."""
        if self.each:
            return {item for value in compiled.values() for item in getattr(value, self.attribute)}
        return getattr(compiled, self.attribute)


PhraseSource = tuple | FromPack | Callable[[Any], Iterable[str]]

BOUNDARIES = ("none", "word", "letters")  # index = the code the backends use
VIEWS = ("exact", "lower", "folded")


class Phrases(msgspec.Struct, frozen=True):
    """Phrases (from a pack or written out), found anywhere in the text.

    Args:
        name: what the rule calls this trigger (hits carry it).
        phrases: the phrases, or what of the compiled pack `pack` holds them (`FromPack`, which
            the rule table can keep), or a function of that pack returning them.
        pack: the pack the function reads (one of the rule's ``packs``).
        ignorecase: match the ``lower`` view (phrases are case-folded the same way).
        accents: False to ignore accents as well (the ``folded`` view).
        boundary: "word", "letters" or "none" (see the module docstring).
    """

    name: str
    phrases: PhraseSource
    pack: str | None = None
    ignorecase: bool = True
    accents: bool = True
    boundary: str = "word"

    def __post_init__(self) -> None:
        if self.boundary not in BOUNDARIES:
            raise ValueError(f"trigger {self.name!r}: boundary must be one of {', '.join(BOUNDARIES)}")
        if self.computed and self.pack is None:
            raise ValueError(f"trigger {self.name!r}: phrases from a pack need the pack's name")

    @property
    def view(self) -> int:
        if not self.accents:
            return VIEWS.index("folded")
        return VIEWS.index("lower") if self.ignorecase else VIEWS.index("exact")

    @property
    def computed(self) -> bool:
        """Whether the phrases come from a pack (not written out)."""
        return callable(self.phrases) or isinstance(self.phrases, FromPack)

    def resolve(self, data: dict[str, Any]) -> tuple[str, ...]:
        """The phrases as written, given the rule's compiled packs."""
        if self.computed:
            if self.pack is None:
                raise ValueError("phrases computed from a pack need the pack's name")
            if isinstance(self.phrases, FromPack):
                return tuple(self.phrases.read(data[self.pack]))
            return tuple(self.phrases(data[self.pack]))  # type: ignore[operator]
        return tuple(self.phrases)  # type: ignore[arg-type]


class Chars(msgspec.Struct, frozen=True):
    """Every occurrence of any of these characters (as written)."""

    name: str
    chars: str


class Pattern(msgspec.Struct, frozen=True):
    """A small regular expression in the syntax Python's ``regex`` and Rust's ``regex`` share
    (no look-around, no back-references); leftmost-first, non-overlapping, empty matches dropped."""

    name: str
    pattern: str
    ignorecase: bool = False


# Character classes for trigger patterns, written inside [...]: supersets of \p{L}, \p{Lu},
# \p{Ll}, \p{N} and \d that are exact on ASCII and Latin-1 and take in everything from U+0100 on
# but the General Punctuation block (quotation marks, dashes). Rust's `regex` builds ~0.4 ms of
# automaton for each \p{L} of a pattern, once per process; these build in ~0.02 ms. A trigger may
# over-fire, never miss, so a superset is always right, and one exact on ASCII is as selective
# on English copy (tests/scan/test_triggers_necessary.py checks each against `regex`'s tables).
# Not in an `ignorecase` pattern: Rust folds the case of every character of the wide ranges
# (~20 ms).
_BEYOND_LATIN1 = r"\u0100-\u1FFF\u2070-\U0010FFFF"
LETTER = r"A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF" + _BEYOND_LATIN1
UPPER = r"A-Z\u00C0-\u00D6\u00D8-\u00DE" + _BEYOND_LATIN1
LOWER = r"a-z\u00AA\u00B5\u00BA\u00DF-\u00F6\u00F8-\u00FF" + _BEYOND_LATIN1
NUMBER = r"0-9\u00B2\u00B3\u00B9\u00BC-\u00BE" + _BEYOND_LATIN1
DIGIT = r"0-9" + _BEYOND_LATIN1

# Characters whose case folding is longer than one character (ß → ss, ﬁ → fi): the ``lower``
# view keeps them unfolded, where `str.casefold` does not. A rule that looks for words in a
# casefolded text adds them as a `Chars` trigger (tests/scan/test_triggers_necessary.py holds
# this to every code point).
EXPANDING_FOLDS = (
    "\xdf\u0130\u0149\u01f0\u0390\u03b0\u0587\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u1f50\u1f52\u1f54\u1f56"
    "\u1f80\u1f81\u1f82\u1f83\u1f84\u1f85\u1f86\u1f87\u1f88\u1f89\u1f8a\u1f8b\u1f8c\u1f8d\u1f8e\u1f8f"
    "\u1f90\u1f91\u1f92\u1f93\u1f94\u1f95\u1f96\u1f97\u1f98\u1f99\u1f9a\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f"
    "\u1fa0\u1fa1\u1fa2\u1fa3\u1fa4\u1fa5\u1fa6\u1fa7\u1fa8\u1fa9\u1faa\u1fab\u1fac\u1fad\u1fae\u1faf"
    "\u1fb2\u1fb3\u1fb4\u1fb6\u1fb7\u1fbc\u1fc2\u1fc3\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7"
    "\u1fe2\u1fe3\u1fe4\u1fe6\u1fe7\u1ff2\u1ff3\u1ff4\u1ff6\u1ff7\u1ffc"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\ufb13\ufb14\ufb15\ufb16\ufb17"
)


class Always(msgspec.Struct, frozen=True):
    """Every paragraph, when `when` holds of the compiled pack (a `FromPack` whose value is
    truthy, or a function of the pack returning true): for a rule whose pack may hold entries
    no phrase can announce (a user's pattern without trigger words)."""

    name: str
    pack: str
    when: FromPack | Callable[[Any], bool]

    def holds(self, compiled: Any) -> bool:
        """Whether the rule runs on every paragraph, given its compiled pack."""
        if isinstance(self.when, FromPack):
            return bool(self.when.read(compiled))
        return bool(self.when(compiled))


class Repeated(msgspec.Struct, frozen=True):
    """A token equal, in the ``lower`` view, to one of the `within` tokens before it (the same
    word twice in a row, or a phrase of up to `within` words said twice). The hit runs from the
    earlier token's start to the later one's end. Two tokens also count as equal when either
    holds a character whose case folding is longer than one character (ß folds to "ss"), so a
    rule comparing ``casefold()``-ed tokens never misses a pair."""

    name: str
    within: int = 1

    def __post_init__(self) -> None:
        if self.within < 1:
            raise ValueError(f"trigger {self.name!r}: within must be at least 1")


class CapitalRun(msgspec.Struct, frozen=True):
    """`min_words` or more tokens in a row that each start with an upper-case letter
    (``\\p{Lu}``), with nothing but `joiners` characters between neighbours (a run of
    capitalised words: names, institutions, titles). One hit per maximal run, from its first
    token's start to its last token's end."""

    name: str
    min_words: int = 2
    joiners: str = " "

    def __post_init__(self) -> None:
        if self.min_words < 1:
            raise ValueError(f"trigger {self.name!r}: min_words must be at least 1")
        if not self.joiners:
            raise ValueError(f"trigger {self.name!r}: joiners must name at least one character")


Trigger = Phrases | Chars | Pattern | Always | Repeated | CapitalRun

# Token predicate kinds, as the backends number them.
REPEATED, CAPITAL_RUN = 0, 1


# Where a trigger fired in a paragraph (a tuple: cheap to make). Written in NamedTuple's call
# form, its fields' types given as types: in the class form, this module's annotations are
# strings (`from __future__ import annotations`), and typing.NamedTuple compiles each one
# (`typing.ForwardRef`); Python's first `compile` of a process builds the `ast` module's
# classes, ~9.4 M instructions (~2.4 % of a one-sentence check), which a check otherwise never
# needs (`mtqa.commands.import_msgspec_lean`).
Hit = NamedTuple("Hit", [("trigger", str), ("start", int), ("end", int), ("phrase", str)])  # noqa: UP014
Hit.__doc__ = """Where a trigger fired in a paragraph: `start`/`end` index the paragraph's text;
`phrase` is the phrase (or character, or pattern) as declared."""
