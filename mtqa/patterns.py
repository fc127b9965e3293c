"""Patterns compiled on first use: a module's patterns cost nothing until a rule needs them.

The `regex` module parses patterns in Python, so compiling the few hundred patterns of the
rule modules at import is a large part of a one-file check's start-up, and a plain check
never uses many of them (the checks against --source, rare formats, branches behind a
pre-filter). Declare such a pattern with `lazy` instead of `regex.compile`:

    _DATE = lazy(r"\\b\\p{Lu}\\p{Ll}+ \\d{1,2}\\b")
    ...
    for m in _DATE.finditer(text):

After the first call, the matching methods are the compiled pattern's own bound methods (set
on the instance), so a call costs what it costs on the compiled pattern (no __getattr__:
it would slow every attribute lookup). `.pattern`, `.flags`, `.groupindex` and `.groups`
are there too. Pass `.compiled` where a real
pattern object is required (`regex.sub(p.compiled, ...)`).

`regex` lets go of the GIL and takes it back around every match it tries on a `str` (~100 ns
each, ~4 % of a warm check's instructions). A pattern that matches at most words of a text
(words, capitalised words, tokens) is iterated with ``concurrent=False``, which keeps the GIL
and finds the same matches; a search that finds one match or none is called without it (the
keyword's parsing costs more than the one hand-over it saves).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from mtqa import pattern_cache


def longest_first(term: str) -> tuple[int, str]:
    """Sort key for the alternatives of a pattern built from a table of terms: longest first
    (so a longer term wins over its prefix), ties in a fixed order, so the pattern is the same
    text in every process and `mtqa.pattern_cache` finds it (a set's order changes with the
    hash seed)."""
    return -len(term), term


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")


class LazyPattern:
    """A `regex` pattern compiled the first time it is used."""

    _names: tuple[str, ...] = _METHODS
    _methods = attrgetter(*_METHODS)  # the compiled pattern's matching methods, read at once

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        return self.__dict__.get("_compiled") or self._compile()

    def _compile(self) -> Any:
        compiled = self._build()
        # shadow the compiling methods below with the real ones: one C call reads the ten and
        # one update sets them (ten getattr and setattr calls in a loop cost a first use more)
        self.__dict__.update(zip(self._names, self._methods(compiled)), _compiled=compiled)
        return compiled

    def _build(self) -> Any:
        """The compiled pattern: `regex`'s, through the pattern cache."""
        return pattern_cache.compile(*self._source)

    def _pattern(self) -> Any:
        return self.__dict__.get("_compiled") or self._compile()

    def search(self, *args, **kwargs):
        return self._pattern().search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self._pattern().match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._pattern().fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self._pattern().finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self._pattern().findall(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self._pattern().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self._pattern().subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self._pattern().split(*args, **kwargs)

    def splititer(self, *args, **kwargs):
        return self._pattern().splititer(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self._pattern().scanner(*args, **kwargs)

    @property
    def pattern(self) -> str:
        """The pattern's text (without compiling it: other patterns are built from it)."""
        return self._source[0]

    @property
    def flags(self) -> int:
        return self._pattern().flags

    @property
    def groupindex(self) -> Any:
        return self._pattern().groupindex

    @property
    def groups(self) -> int:
        return self._pattern().groups

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """Declare a `regex` pattern to be compiled when it is first used."""
    return LazyPattern(pattern, flags)


_STD_METHODS = tuple(name for name in _METHODS if name != "splititer")


class LazyStdPattern(LazyPattern):
    """A pattern of Python's own `re`, compiled the first time it is used: `re` parses in
    Python too (~0.1-0.3 ms a pattern), and a plain check never uses many module-level ones
    (~2.7 ms of them at each start-up)."""

    _names = _STD_METHODS  # `re` patterns have no splititer
    _methods = attrgetter(*_STD_METHODS)

    def _build(self) -> Any:
        from mtqa import re_programs  # `re.compile`, its program kept between processes

        return re_programs.compile(*self._source)

    def __repr__(self) -> str:
        return f"lazy_re({self._source[0]!r})"


def lazy_re(pattern: str, flags: int = 0) -> LazyStdPattern:
    """Declare a pattern of Python's `re` (not `regex`: its syntax and matches are `re`'s)
    to be compiled when it is first used."""
    return LazyStdPattern(pattern, flags)
