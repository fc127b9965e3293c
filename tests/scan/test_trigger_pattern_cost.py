"""Built-in trigger patterns stay cheap for Rust's `regex` to build.

A pattern that ignores case makes Rust fold the case of every character each class takes in:
a negated class (``[^\\S ]``, ``\\S``, ``\\W``) or a Unicode property takes in most of Unicode,
~20 ms of automaton a pattern, which a fresh ``mtqa check`` waits for at its first scan
(`grammar/impossible-pair` once cost 23 ms that way). Such a pattern spells its words in either
case instead (``[Tt][Hh][Ee]``) and leaves case alone; the wide classes without case folding
are the supersets of `mtqa.scan.triggers` (LETTER, UPPER, ...), built in ~0.02 ms.
"""

from __future__ import annotations

import regex

from mtqa import Checker
from mtqa.scan.triggers import Pattern

# What takes in most of Unicode: a negated class, a negated shorthand, a Unicode property.
_WIDE = regex.compile(r"\[\^|\\[SWDP]|\\p\{")


def _ignorecase_patterns() -> list[tuple[str, str]]:
    return [(r.id, t.pattern) for r in Checker(preview=True).rules for t in r.meta.triggers
            if isinstance(t, Pattern) and t.ignorecase]


def test_no_builtin_trigger_ignores_case_over_a_wide_class() -> None:
    found = _ignorecase_patterns()
    assert found  # some patterns do ignore case (over narrow classes)
    wide = [(rule_id, p) for rule_id, p in found if _WIDE.search(p)]
    assert wide == []


def test_the_guard_sees_the_classes_that_cost() -> None:
    for costly in (r"a(?:\s{2,}|[^\S ])b", r"\Sx", r"\W", r"\D", r"\p{L}", r"\P{L}"):
        assert _WIDE.search(costly), costly
    for cheap in (r"and\s+(?:is|was)", r"from[  ]+\d", "[Tt][Hh][Ee]"):
        assert not _WIDE.search(cheap), cheap
