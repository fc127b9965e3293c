"""The capitalised words read from a paragraph's tokens (`mtqa.text.capital_words`) are what
each rule's own pattern found: the same words, in the same order, with the same neighbours, on
made-up paragraphs (capitals beyond ASCII, the titlecase ǅ, Ŀ, Roman numerals, apostrophes,
hyphens, combining marks, digits) and on the tuning half's texts."""

from __future__ import annotations

import random
from pathlib import Path

import regex

from mtqa.document import Document
from mtqa.segment import Paragraph
from mtqa.rules.names.rules import mid_capital_words, names_then_lower
from mtqa.text.capital_words import capital_tokens, is_letter, is_lower, is_titled

TUNE = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "tune"

# The patterns the rules ran before (the definitions the derivations must equal).
CAPITAL_START = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
NAME_THEN_LOWER = regex.compile(
    r"(?<![\p{L}\p{N}.'’\-])(\p{Lu}\p{Ll}++) (\p{Ll}{4,}+)(?:[,.;:)]|$| (\p{Ll}++)(?![\p{L}\p{N}]))")
MID_CAPITAL_WORD = regex.compile(r"(?<=(?<![\p{L}\p{N}])\p{Ll}+ |[,;] |\p{L}-)\p{Lu}\p{Ll}{2,}+(?![\p{L}\p{N}'’])")

WORDS = ["Ana", "lopez", "said", "Paris", "NATO", "McLeod", "B52", "région", "Élise", "Ŀlosa", "Ǆemal", "ǅemal",
         "ǆemal", "Ⅳth", "İstanbul", "straße", "Chengdu", "the", "an", "to", "Roy's", "O’Brien", "ª", "ʰaus",
         "cafe\u0301", "Cafe\u0301s", "Ab", "east", "Kazan", "x", "Ωmega", "ωmega", "2024", "Zoë", "ĳssel", "Ĳssel"]
GAPS = [" ", " ", " ", ", ", "; ", "-", "’", "'", ". ", ".", ")", "\u00a0", "\n", "  ", ": ", "(", "@"]


def made_up(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(GAPS) for _ in range(rng.randint(1, 14))).rstrip(" ") + rng.choice(["", ".", " said", "\n"])


def texts() -> list[str]:
    rng = random.Random(14)
    made = [made_up(rng) for _ in range(3000)]
    tune = [p.read_text(encoding="utf-8") for p in sorted(TUNE.glob("*.txt"))[:60]]
    return made + tune


def paragraphs(text: str) -> list[Paragraph]:
    """The document's paragraphs (tokens from the scan), and the whole text as one paragraph as
    it stands (line breaks inside, one at its end)."""
    return [*Document(text).paragraphs, Paragraph(text, 0)]


def test_capital_tokens_are_the_tokens_the_capital_pattern_starts() -> None:
    for text in texts():
        for par in paragraphs(text):
            spans = par.token_spans
            starts = [m.start() for m in CAPITAL_START.finditer(par.text)]
            assert [spans[k][0] for k in capital_tokens(par)] == starts, par.text


def test_names_then_lower_equals_the_pattern() -> None:
    seen = 0
    for text in texts():
        for par in paragraphs(text):
            old = [(m.group(1), m.group(2), m.start(2), m.group(3)) for m in NAME_THEN_LOWER.finditer(par.text)]
            assert [tuple(m) for m in names_then_lower(par, capital_tokens(par))] == old, par.text
            seen += len(old)
    assert seen > 300


def test_mid_capital_words_equal_the_pattern_over_the_story() -> None:
    seen = 0
    for text in texts():
        pars = Document(text).paragraphs
        old = MID_CAPITAL_WORD.findall("\n".join(par.text for par in pars))
        assert [w for par in pars for w in mid_capital_words(par, capital_tokens(par))] == old, text
        seen += len(old)
    assert seen > 300


def test_word_shapes_equal_their_character_classes() -> None:
    for word in WORDS + ["", "A", "a", "aB", "a1", "ab_", "Ǆ", "ǅ", "ǆ", "Ⅳ", "ⅳ", "ß", "Ŀ", "ŀ", "ª"]:
        assert is_lower(word) == (regex.fullmatch(r"\p{Ll}+", word) is not None), word
        if word and regex.match(r"\p{Lu}", word):
            assert is_titled(word) == (regex.fullmatch(r"\p{Lu}\p{Ll}+", word) is not None), word
    for code in range(0x2000):
        c = chr(code)
        assert is_letter(c) == (regex.match(r"\p{L}", c) is not None), hex(code)
