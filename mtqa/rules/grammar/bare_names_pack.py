"""The ``bare_names`` pack (``rules/bare_names.toml``): names English writes without "the",
compiled for `grammar/article-before-bare-name` (mtqa.rules.grammar.bare_names).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires.
"""

from __future__ import annotations

import msgspec

from mtqa.packs import pack_compiler

PACK = "bare_names"
SCHEMA = {"names!": {"words!": [str]}}


class BareNames(msgspec.Struct, frozen=True):
    names: frozenset[str]  # lowercase, as the model has them

    @property
    def after_the(self) -> list[str]:
        """Each name after "the" (a trigger's phrases, `mtqa.scan.FromPack`)."""
        return [f"the {n}" for n in self.names]


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> BareNames:
    return BareNames(frozenset(n.lower() for n in raw["names"]["words"]))
