"""The ``spun_terms`` pack (``rules/spun_terms.toml``): fixed two-word terms and their spun
variants, compiled for `calques/spun-term` (mtqa.rules.calques.spun_terms).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires.
"""

from __future__ import annotations

import msgspec

from mtqa.packs import pack_compiler
from mtqa.text.plurals import regular_plural as plural  # enough for the heads of the table's terms

PACK = "spun_terms"
SCHEMA = {"term!": [{"term!": str, "first": [str], "second": [str]}]}


class SpunTerms(msgspec.Struct, frozen=True):
    variants: dict[str, str]  # a spun variant, lowercase, singular and plural → the term it spins


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> SpunTerms:
    variants: dict[str, str] = {}
    for entry in raw.get("term", []):
        first, second = entry["term"].lower().split(" ", 1)
        pairs = [(w, second) for w in entry.get("first", [])] + [(first, w) for w in entry.get("second", [])]
        for a, b in pairs:
            variants.setdefault(f"{a} {b}", entry["term"])
            variants.setdefault(f"{a} {plural(b)}", f"{first} {plural(second)}")
    return SpunTerms(variants)
