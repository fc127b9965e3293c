"""The untranslated family's pack (``rules/untranslated.toml``): French loanwords, function
words and titles, compiled for the rules of `mtqa.rules.untranslated.rules`.

Apart from the rules so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rules: the rules' triggers read this pack by name
(`mtqa.scan.FromPack`), so their module is imported only when one of them fires.
"""

from __future__ import annotations

import msgspec

from mtqa.matching import PhraseMatcher
from mtqa.packs import pack_compiler

PACK = "untranslated"
SCHEMA = {"french": {"loanwords": [str], "function_words": [str], "titles": [str], "title_english_before": [str]}}


class FrenchLexicon(msgspec.Struct):
    loans: PhraseMatcher
    function_words: frozenset
    titles: PhraseMatcher
    english_before: frozenset
    title_words: frozenset  # first words of the titles, as written in lowercase copy


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> FrenchLexicon:
    raw = raw.get("french", {})
    return FrenchLexicon(
        PhraseMatcher({w: w for w in raw.get("loanwords", [])}, ignorecase=True),
        frozenset(w.casefold() for w in raw.get("function_words", [])),
        PhraseMatcher({w: w for w in raw.get("titles", [])}, ignorecase=True),
        frozenset(w.casefold() for w in raw.get("title_english_before", [])),
        frozenset(w.split()[0] for w in raw.get("titles", [])),
    )
