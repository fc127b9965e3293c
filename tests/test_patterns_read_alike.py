"""Patterns a check uses that were Python's `re` and are now `regex`'s from the pattern cache
(`mtqa.patterns.lazy`: no parsing at each start-up). The two modules read them the same way
only because they hold nothing the two define apart: no `\\w`, `\\b`, `\\s`, `\\d` (and their
negations), whose Unicode classes differ (combining marks, numerals), no flags, no inline flags.
These tests hold each such pattern to that, and to `re`'s matches over texts made to match
them and to almost match them (curly and straight apostrophes, accents, combining marks, other
scripts, line breaks)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from mtqa.patterns import LazyPattern, LazyStdPattern
from mtqa.rules.names import accented as names_accented
from mtqa.rules.nonwords import english_forms, forms, rules as nonwords_rules
from mtqa.rules.quotes import marks

READ_ALIKE = {
    "nonwords.rules._TOKEN": nonwords_rules._TOKEN,
    "nonwords.english_forms._DRAWN_OUT": english_forms._DRAWN_OUT,
    "nonwords.english_forms._DOUBLED_L": english_forms._DOUBLED_L,
    "nonwords.rules._LATIN_ENDING": nonwords_rules._LATIN_ENDING,
    "nonwords.rules._INNER_APOSTROPHE": nonwords_rules._INNER_APOSTROPHE,
    "nonwords.forms._WORD": forms._WORD,
    "nonwords.forms._PAIR": forms._PAIR,
    "quotes.marks._NESTED": marks._NESTED,
    "names.accented._MAYBE_LETTER_BEYOND_ASCII": names_accented._MAYBE_LETTER_BEYOND_ASCII,
}

# Escapes and syntax `re` and `regex` (version 0) give different meanings or classes.
_READ_APART = re.compile(r"\\[wWbBsSdDpPNXRGKLmMh]|\(\?[a-zA-Z]|\[\[:|\\[0-7]{3}")

_PIECES = [
    "travelled", "labelling", "cancelled", "fuelled", "soooo", "noooo", "hmmm", "aaah", "status", "forum",
    "alumnae", "radii", "basis", "cosmos", "canon", "formula", "don't", "rock'n'roll", "it’s", "o’clock",
    "l'État", "d’Ottawa", "Jean-François", "Montréal", "Québec", "naïve", "cafe\u0301", "re\u0301sume\u0301",
    "Москва", "東京", "Ωmega", "ﬁnance", "x²", "①", "well-known", "co-operate", "e-mail", "foo@example.org",
    "#hashtag", "a/b", "c\\d", "example.ca", "in fact", "a lot", "some times", "any more", "every day",
    "“He said “no” twice”", "“one “two” three”", "“open", "close”", "«", "»", "—", "–", "…", "\u00a0", "\n",
    ".", ",", "'", "’", "-", " ", " ", " ", "Mr", "MRS", "xyzzy", "abcde", "ABCDE", "Abcde", "12345", "_x_",
]


def _texts(seed: int, count: int = 1500) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(_PIECES) for _ in range(rng.randint(1, 12))]
        out.append("".join(p + rng.choice(["", " ", " ", "-", "'", "’", "\n", "."]) for p in parts))
    return out


def _tuning_articles() -> str:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "tune"
    files = sorted(path.glob("*.txt"))[:40] if path.is_dir() else []
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def _as_re(pattern: LazyPattern) -> re.Pattern:
    text, flags = pattern._source  # the declaration, as the lazy pattern holds it
    assert flags == 0
    return re.compile(text)


@pytest.mark.parametrize("name", sorted(READ_ALIKE))
def test_the_pattern_is_regex_and_holds_nothing_the_two_read_apart(name: str) -> None:
    pattern = READ_ALIKE[name]
    assert isinstance(pattern, LazyPattern) and not isinstance(pattern, LazyStdPattern)
    assert _READ_APART.search(pattern.pattern) is None, pattern.pattern


@pytest.mark.parametrize("name", sorted(READ_ALIKE))
def test_regex_finds_what_re_finds(name: str) -> None:
    pattern, with_re = READ_ALIKE[name], _as_re(READ_ALIKE[name])
    texts = [*_texts(len(name)), _tuning_articles()]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in with_re.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, text
        found += bool(expected)
        for word in text.split()[:6]:
            assert bool(pattern.fullmatch(word)) == bool(with_re.fullmatch(word)), word
    assert found > 50, "too few texts match: the comparison would prove little"


def test_the_check_for_what_the_two_read_apart_catches_it() -> None:
    for text in (r"\w+", r"\bx", r"(?i)x", r"\d", r"[[:alpha:]]", r"\p{L}", r"a\sb"):
        assert _READ_APART.search(text), text
    # and the difference is real: a combining accent is a word character to regex only
    import regex

    assert regex.fullmatch(r"\w+", "cafe\u0301") and not re.fullmatch(r"\w+", "cafe\u0301")
