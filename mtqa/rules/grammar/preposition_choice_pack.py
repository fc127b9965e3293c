"""The ``preposition_choice`` pack (``rules/preposition_choice.toml``): the preposition English
follows some words by and those it almost never does, compiled for `grammar/preposition-choice`
(mtqa.rules.grammar.preposition_choice).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires.
"""

from __future__ import annotations

import msgspec

from mtqa.packs import pack_compiler

PACK = "preposition_choice"
SCHEMA = {"head!": [{"word!": str, "expects!": str, "rare!": [str]}]}


class PrepositionChoice(msgspec.Struct, frozen=True):
    expects: dict[str, str]  # word → the preposition English follows it by
    rare: dict[str, frozenset[str]]  # word → prepositions English almost never follows it by


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> PrepositionChoice:
    entries = raw.get("head", [])
    return PrepositionChoice({e["word"].lower(): e["expects"] for e in entries},
                             {e["word"].lower(): frozenset(e["rare"]) for e in entries})
