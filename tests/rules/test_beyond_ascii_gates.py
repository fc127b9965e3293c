"""Rules that skip a paragraph by its characters beyond ASCII (`mtqa.text.scripts`) before
running a pattern over it: every match needs a character of the class the gate asks about (a
letter of another script), or two such characters side by side (mojibake), so the gate never
sets aside a paragraph the pattern would match in. Checked on look-alikes at the edges: marks
alone, Latin letters with accents, Han and kana, Greek symbols, code-page debris, no-break spaces."""

from __future__ import annotations

import random
from types import SimpleNamespace

from mtqa.rules.encoding import rules as encoding
from mtqa.rules.untranslated import rules as untranslated
from mtqa.text.scripts import any_of, beyond_ascii

_PIECES = ["the", "The", " ", " ", "\u00a0", ",", ".", "’s", "“", "”", "—", "–", "…", "é", "É", "ç", "à", "ß",
           "\u0301", "\u0308\u0301", "e\u0301", "μ", "μg", "π", "Москва", "д", "Αθήνα", "α", "עברית", "ש", "بغداد",
           "ب", "बुध", "బుధవారం", "ไทย", "中文", "中", "かな", "カ", "한국", "Ã©", "Ã", "©", "â€™", "â€", "Â", "├ž",
           "Fran", "ois", "Qu", "bec", "е", "Quеbec", "\ufffd", "ǅ", "ʼ", "ˈ", "Ⅻ", "①", "\u200b", "x", "7"]


def _texts(seed: str, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", "", " "]) for _ in range(rng.randint(1, 7)))
            for _ in range(count)]


def _characters(text: str):
    return beyond_ascii(SimpleNamespace(text=text))


def test_the_characters_are_those_beyond_ascii() -> None:
    for text in _texts("characters", 500):
        found = _characters(text)
        assert found.characters == {c for c in text if ord(c) > 127}
        assert found.adjacent == any(ord(a) > 127 and ord(b) > 127 for a, b in zip(text, text[1:]))


def test_mojibake_needs_two_characters_side_by_side() -> None:
    matched = 0
    for text in _texts("mojibake"):
        if encoding._MOJIBAKE.search(text) or encoding._NON_ASCII_RUN.search(text):
            matched += 1
            assert _characters(text).adjacent, text
    assert matched > 100, "the look-alikes never match: the test would prove nothing"


def test_mixed_script_needs_a_letter_of_another_script_among_the_characters() -> None:
    matched = 0
    for text in _texts("mixed script"):
        if encoding._NON_LATIN_LETTER.search(text):
            matched += 1
            assert any_of(_characters(text).characters, encoding._non_latin_letter), text
        else:
            assert not any_of(_characters(text).characters, encoding._non_latin_letter), text
    assert matched > 100


def test_foreign_script_needs_a_character_of_its_class_among_the_characters() -> None:
    matched = 0
    for text in _texts("foreign script"):
        if untranslated._FOREIGN_RUN.search(text):
            matched += 1
            assert any_of(_characters(text).characters, untranslated._foreign_character), text
    assert matched > 100
