"""mtqa.patterns.lazy: a pattern compiled on first use behaves as the compiled pattern."""

from __future__ import annotations

import regex

from mtqa.patterns import lazy


def test_not_compiled_until_used() -> None:
    p = lazy(r"(?<year>\d{4})")
    assert "_compiled" not in p.__dict__
    assert p.pattern == r"(?<year>\d{4})"  # reading the text does not compile it
    assert "_compiled" not in p.__dict__
    assert p.search("in 2024").group("year") == "2024"
    assert isinstance(p.compiled, regex.Pattern)


def test_same_results_as_the_compiled_pattern() -> None:
    source, flags = r"\b(\p{Lu})\p{Ll}+", regex.IGNORECASE
    eager, p = regex.compile(source, flags), lazy(source, flags)
    text = "Ottawa and québec, Montréal"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert p.findall(text) == eager.findall(text)
    assert p.sub("X", text) == eager.sub("X", text)
    assert p.subn("X", text) == eager.subn("X", text)
    assert p.split(text) == eager.split(text)
    assert p.match(text).span() == eager.match(text).span()
    assert p.fullmatch("Ottawa").span() == eager.fullmatch("Ottawa").span()
    assert (p.flags, p.groups, dict(p.groupindex)) == (eager.flags, eager.groups, dict(eager.groupindex))


def test_after_first_use_methods_are_the_compiled_patterns_own() -> None:
    p = lazy(r"a+")
    p.match("aa")
    assert p.search.__self__ is p.compiled
    assert p.compiled is p.compiled
    assert type(p.search).__name__ == "builtin_function_or_method"


def test_lazy_re_compiles_with_pythons_re_on_first_use() -> None:
    """`lazy_re` stands in for `re.compile`: nothing is parsed until a method is called, and
    the matches are `re`'s, not `regex`'s (they differ on a combining mark after a letter,
    which `regex`'s \\w takes and `re`'s does not)."""
    import re

    from mtqa.patterns import lazy_re

    word = lazy_re(r"\w+", re.IGNORECASE)
    assert "_compiled" not in word.__dict__ and word.pattern == r"\w+"
    text = "Ce\u0301line said no"
    assert word.findall(text) == re.findall(r"\w+", text, re.IGNORECASE) == ["Ce", "line", "said", "no"]
    assert regex.findall(r"\w+", text) != word.findall(text)
    assert isinstance(word.compiled, re.Pattern) and word.flags & re.IGNORECASE
    assert word.sub("-", "a b") == "- -" and word.fullmatch("abc") and [m.span() for m in word.finditer("ab c")] == [(0, 2), (3, 4)]
    assert word.__dict__["search"].__self__ is word.compiled  # after first use: the compiled pattern's own methods
    assert not hasattr(word.compiled, "splititer")
