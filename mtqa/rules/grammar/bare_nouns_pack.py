"""The ``bare_nouns`` pack (``rules/bare_nouns.toml``): count nouns English writes without an
article after some words or in some compounds, compiled for `grammar/bare-count-noun`
(mtqa.rules.grammar.bare_count_noun).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires.
"""

from __future__ import annotations

import msgspec

from mtqa.packs import pack_compiler

PACK = "bare_nouns"
SCHEMA = {"noun!": [{"noun!": str, "bare_after": [str], "bare_compounds": [str]}]}


class BareNouns(msgspec.Struct, frozen=True):
    bare_after: dict[str, frozenset[str]]  # noun → context words after which English writes it bare
    # noun → adjectives with which it makes a compound English writes bare ("on real estate")
    bare_compounds: dict[str, frozenset[str]]


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> BareNouns:
    entries = raw.get("noun", [])
    return BareNouns({e["noun"].lower(): frozenset(e.get("bare_after", [])) for e in entries},
                     {e["noun"].lower(): frozenset(a.lower() for a in e["bare_compounds"])
                      for e in entries if e.get("bare_compounds")})
