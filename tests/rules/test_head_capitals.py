"""typography/capitalised-head (`typography.head_capitals`) beyond its one-line examples."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags
from tests.scan.test_engine_triggers import BACKENDS

needs_tagger = pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)


def test_capitalised_head_after_a_lowercase_modifier() -> None:
    rule = "typography/capitalised-head"
    assert_flags("The plan needs a housing Fund, said the trade Union, as talks among Countries stalled.", rule,
                 ["housing Fund", "trade Union", "Countries"])
    assert_clean("The plan needs the Housing Fund; the new Council met, the Union said, and relations among "
                 "countries and the United Nations improved. Mayor Roe thanked Council.", rule)


@needs_tagger
def test_capitalised_head_before_a_name_needs_a_noun_modifier() -> None:
    rule = "typography/capitalised-head"
    assert_flags("Agents of the border Service of Canada and the federal Department of Finance met.", rule,
                 ["border Service"])


@needs_tagger
def test_capitalised_head_before_a_lowercase_field() -> None:
    rule = "typography/capitalised-head"
    got = assert_flags("Staff of the Ministry of coastal tourism said its Bureau of labour statistics agreed.", rule,
                       ["Ministry of coastal tourism", "Bureau of labour statistics"])
    assert got[0].suggestions == ("Ministry of Coastal Tourism",)
    assert_clean("Staff of the Ministry of Coastal Tourism met the ministry of coastal tourism's head; the "
                 "Department of every region, the Bureau of a city and Secretariat of trade talks agreed.", rule)


# Words that build `_MODIFIED_HEAD`'s matches and their near misses: determiners, possessives,
# capitalised words, lowercase modifiers (some of them function words), heads and words that
# only begin like one, punctuation glued on either side, letters beyond ASCII.
_PIECES = ("the", "The", "a", "an", "An", "its", "their", "this", "those", "his", "Canada's", "it’s", "x'",
           "Euro", "European", "Old", "banking", "security", "new", "the", "and", "rural", "éco", "ab", "abc",
           "Fund", "Union", "Unions", "Council", "Service", "Ministry", "Bureau", "Nations", "States",
           "Union's", "Fund-", "-Fund", "of", "Department", "Administration", "among", "for", "Ukraine", "(", ")", ",", ".", "2020", "Ïle", "ÉTAT", "\u00a0")


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 40))]
        joiners = [rng.choice((" ", " ", " ", " ", "", "  ", "\n")) for _ in words]
        texts.append("".join(w + j for w, j in zip(words, joiners)).strip())
    return texts


@pytest.mark.parametrize("backend", BACKENDS)
def test_modified_heads_are_the_patterns_matches(backend: str) -> None:
    """`modified_heads`, tried only before the trigger's hits, equals `finditer` over the whole
    paragraph (spans and groups), each backend: fails when the window starts too late (a
    capitalised word or a possessive before the modifier), when the lookahead is cut short, or
    when a hit inside an earlier match is not passed over."""
    from mtqa.registry import get
    from mtqa.rules.typography import head_capitals
    from mtqa.scan import Scanner
    from mtqa.segment import Paragraph
    from mtqa.text.tokens import contains_any
    rule = get("typography/capitalised-head")
    scanner = Scanner([(rule.meta.id, rule.meta.triggers)], {}, backend=backend)
    texts = _random_texts(4000, 14) + [
        "the Euro rescue Fund of Ukraine", "Canada's security Service (new)", "the Old banking Union Station",
        "its new Council of Europe and the banking Union", "x'banking Fund", "the the Fund the banking Fund",
        "The European banking Union of States", "a rural Ministry of Ïle", "their éco Bureau",
    ]
    matched = 0
    for start in range(0, len(texts), 200):
        chunk = texts[start:start + 200]
        pars = [Paragraph(text, 0, index=i) for i, text in enumerate(chunk)]
        result = scanner.scan(pars)
        for par in pars:
            expected = [(m.span(), m.groups()) for m in head_capitals._MODIFIED_HEAD.finditer(par.text)]
            got = [(m.span(), m.groups()) for m in head_capitals.modified_heads(par.text, result.hits(par, rule.meta.id))]
            assert got == expected, par.text
            matched += len(expected)
            # the other two patterns are searched only where the literals they need stand
            if not contains_any(par.text, head_capitals._OF_HEAD_LITERALS):
                assert head_capitals._HEAD_OF_FIELD.search(par.text) is None, par.text
            if not contains_any(par.text, head_capitals._PLURAL_LITERALS):
                assert head_capitals._BARE_PLURAL.search(par.text) is None, par.text
    assert matched > 150, matched
