"""The ``spelling`` pack (``rules/spelling.toml``): per locale, each foreign spelling and the
locale's own, and the words left alone, compiled for the spelling rules (mtqa.rules.spelling.rules).

Apart from the rules so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rules: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires or an analysis
of it is asked for.
"""

from __future__ import annotations

import msgspec

from mtqa.matching import PhraseMatcher
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.text.tokens import ALNUM_RUN

PACK = "spelling"
SCHEMA = {"locale": {"*": {"words": {"*": str}, "variant_words": {"*": str}, "allow": [str]}}}


class LocaleSpelling(msgspec.Struct):
    words: dict[str, tuple[str, float]]  # lower-case foreign form -> (own form, confidence)
    allow: PhraseMatcher
    forms: frozenset  # every key as written: favor, Favor, FAVOR (for a C-speed set prefilter)
    # Those of `forms` that are one token (letters and digits), sorted: the rule's trigger
    # phrases, found here once with the pack, not by every process (~0.6 ms of a start-up).
    single_forms: tuple[str, ...]
    # The keys of `words` made of lowercase letters alone: the only ones a token can be and
    # `LOWER_WORD` of the rules find (their `common_us_words` counts the paragraphs' tokens among these).
    lowercase_words: frozenset[str]


_LOWERCASE_LETTERS = lazy(r"\p{Ll}+")


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> dict[str, LocaleSpelling]:
    out = {}
    for locale, t in raw.get("locale", {}).items():
        words: dict[str, tuple[str, float]] = {}
        for k, v in t.get("variant_words", {}).items():
            words[k.lower()] = (v, 0.7)
        for k, v in t.get("words", {}).items():
            words[k.lower()] = (v, 0.9)
        forms = frozenset(f for k in words for f in (k, k[:1].upper() + k[1:], k.upper()))
        single = tuple(sorted(f for f in forms if ALNUM_RUN.fullmatch(f)))
        out[locale] = LocaleSpelling(words, PhraseMatcher({a: a for a in t.get("allow", [])}, ignorecase=True), forms,
                                     single, frozenset(k for k in words if _LOWERCASE_LETTERS.fullmatch(k)))
    return out
