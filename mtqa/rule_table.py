"""Every built-in rule's metadata kept in the cache, so that a check imports a rule module only
when one of its rules runs.

A check runs a triggered rule only where its triggers fire; a rule that fires nowhere in the
text is never called, yet its module (its code unmarshalled, its classes, patterns and triggers
made) was imported to learn its id, options and triggers. `mtqa.registry` reads them from here
instead: each rule module's rules as (RuleMeta, docstring), in the order importing every
family's `MODULES` registers them, and registers each as a waiting rule (`mtqa.rule.waiting_rule`)
whose function imports its module when first called. Listing, `mtqa explain`, `--select`
validation and the scanner need only the metadata.

The entry is named, as the code bundle's is, by mtqa's source files (names, sizes, modification
times: `pack_cache.code_fingerprint`), Python's version and `FORMAT`: an edited rule module makes
another entry, built by importing every module as before. A built-in trigger is data: one
reading its pack names what it reads (`mtqa.scan.FromPack`), so every module's rules are kept. A
module whose metadata still cannot be pickled (a trigger holding a lambda or a closure) is kept
as its name alone and imported whole when the table is read, in its place; a trigger holding a
module's function by name would be pickled by name, and reading the table would import that
module, so none does (tests/test_rule_table.py). The entry is sealed
(`pack_cache.seal`); a torn, damaged or foreign one is not used, and is written again.
``MTQA_NO_CACHE=1`` imports every module, as before.

What is kept does not depend on what the building process imported before the registry first
loaded (a test, a tool importing one rule module): each module's rules are found by the module
that defines them and put in `MODULES`' order, and the compilers kept are those of the packs
the rules read (`mtqa.registry`). FORMAT 1's table could lack such a module's rules.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from mtqa import digests, pack_cache

FORMAT = 2  # 2: kept in the modules' order, whatever was imported first (1 could lack a module's rules)
_MAGIC = b"mtqa-rule-table\n"
_FOLDER = "rule-table"
KEEP = 8  # entries kept: every edit of a source file makes another
_PACKAGE = os.path.dirname(os.path.abspath(__file__))

# (module, its rules' (RuleMeta, docstring) in definition order, or None: import it whole)
Table = list[tuple[str, "list[tuple[Any, str]] | None"]]


def entry() -> Path | None:
    """The table's file for mtqa's source files as they are, or None when the cache is off."""
    root = pack_cache.cache_root()
    if root is None:
        return None
    key = f"{FORMAT}|{sys.version}|{_PACKAGE}|{pack_cache.code_fingerprint()}"
    return root / _FOLDER / f"{digests.sha256(key.encode()).hexdigest()[:32]}.bin"


def load(where: Path | None) -> tuple[Table, dict[str, str]] | None:
    """The table kept at `where` and the modules of the packs' compilers (pack id -> module), or
    None for a miss or an entry damaged or of another shape."""
    if where is None:
        return None
    kept = pack_cache.load_pickled(where, _MAGIC)
    if not (isinstance(kept, tuple) and len(kept) == 2 and _well_formed(kept[0]) and isinstance(kept[1], dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in kept[1].items())):
        return None
    return kept


def _well_formed(table: Any) -> bool:
    from mtqa.rule import RuleMeta

    if not isinstance(table, list) or not table:
        return False
    for item in table:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)
                and item[0].startswith("mtqa.rules.")):
            return False
        rules = item[1]
        if rules is None:
            continue
        if not isinstance(rules, list) or not all(
                isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], RuleMeta) and isinstance(r[1], str)
                for r in rules):
            return False
    return True


def table_of(rules: list[Any]) -> Table:
    """The table of `rules` (the built-in ones, as importing every module registered them): each
    run of rules of one module, with their metadata, or the module alone where that cannot be
    pickled."""
    import pickle  # writing only

    table: Table = []
    for r in rules:
        module = r.func.__module__
        if table and table[-1][0] == module:
            table[-1][1].append((r.meta, r.docstring))  # type: ignore[union-attr]
        else:
            table.append((module, [(r.meta, r.docstring)]))
    for i, (module, kept) in enumerate(table):
        try:
            pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - a lambda, a closure: this module is imported whole
            table[i] = (module, None)
    return table


def store(where: Path | None, table: Table, compilers: dict[str, str]) -> None:
    """Keep `table` and the compilers' modules at `where` (nothing when the cache is off), older
    entries pruned. A pack's compiler is declared in a rule module or beside it; a process
    reading the table imports it when the pack is first read (`mtqa.packs.COMPILER_MODULES`)."""
    if where is None:
        return
    pack_cache.store_pickled(where, _MAGIC, (table, compilers))
    pack_cache.prune(where.parent, KEEP, where)
