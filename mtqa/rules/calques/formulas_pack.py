"""The ``formulas`` pack (``rules/formulas.toml``): fixed phrases of diplomatic readouts and agency
dispatches, compiled for `calques/diplomatic-formulas` (mtqa.rules.calques.formulas).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's trigger reads this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when the trigger fires.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from mtqa.packs import Regex, locate, pack_compiler
from mtqa.rules.calques.literals import required_stretches

PACK = "formulas"
SCHEMA = {
    "formula!": [{
        "name!": str,
        "pattern!": Regex,
        "words!": [str],
        "plain": str,
        "kind": str,
        "source!": str,
        "example!": str,
        "good": [str],
    }],
    "diplomatic!": {"pattern!": Regex, "description": str},
}


class Formulas(msgspec.Struct, frozen=True):
    names: tuple[str, ...]  # each formula's name, as the finding says it
    patterns: tuple[str, ...]  # its pattern, matched case-insensitively
    plains: tuple[str | None, ...]  # what plain news English writes instead, where there is one phrase
    words: tuple[str, ...]  # every formula's trigger words (`mtqa.scan.FromPack`)
    padding: tuple[bool, ...]  # whether it is padding an editor deletes (kind = "padding") rather than a readout's formula
    diplomatic: str  # a story about diplomacy (its envoys, missions, talks between states), matched case-insensitively
    # each pattern's `literals.required_stretches`: text every match of it holds one of (None: not known), so
    # a text holding none of them is not searched with it
    stretches: tuple[tuple[str, ...] | None, ...]
    origins: tuple[tuple[str, int], ...] = ()  # each formula's file and its index there (a user's first: `mtqa.packs`)
    diplomatic_origin: str = PACK + ".toml"  # the file whose [diplomatic] pattern is read


KINDS = ("diplomatic", "padding")


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> Formulas:
    entries = raw.get("formula", [])
    for e in entries:
        if e.get("kind", "diplomatic") not in KINDS:
            from mtqa.errors import PackError
            raise PackError(PACK, f"formula {e['name']!r}: kind must be one of {', '.join(KINDS)}, not {e['kind']!r}")
    words = sorted({w.casefold() for e in entries for w in e["words"]})
    origins = raw.get("_origins", {})
    where = [tuple(o) for o in origins.get("formula", [])]
    return Formulas(tuple(e["name"] for e in entries), tuple(e["pattern"] for e in entries),
                    tuple(e.get("plain") for e in entries), tuple(words),
                    tuple(e.get("kind") == "padding" for e in entries), raw["diplomatic"]["pattern"],
                    tuple(required_stretches(e["pattern"]) for e in entries),
                    tuple(where) if len(where) == len(entries) else tuple((PACK + ".toml", i) for i in range(len(entries))),
                    origins.get("diplomatic", {}).get("pattern", PACK + ".toml"))


def formula_source(data: Formulas, i: int) -> str:
    """Where formula `i` was written, for a note: "formula[0] in house/formulas.toml, line 6"
    (the line read when the note is made; left out where the file is gone or changed)."""
    path, own = data.origins[i] if i < len(data.origins) else (PACK + ".toml", i)
    try:
        line = locate(Path(path).read_text(encoding="utf-8"), "pattern", "formula", own)
    except (OSError, UnicodeDecodeError):
        line = None
    return f"formula[{own}] in {path}" + (f", line {line}" if line else "")
