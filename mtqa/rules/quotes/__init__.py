"""Quotation marks: the `quotes` family (rule ids `quotes/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "marks",
    "rules",
    "quote_incise",  # an attribution left inside the quotation marks, French style
    "quote_edges",  # a quotation mark glued between two words
)
