"""Institutions and locale: the `institutions` family (rule ids `institutions/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    # a gazetteer of federal and Quebec bodies with their French names
    "official_names",
    "provincial",  # provinces called states, legislatures called Parliament
    "common_bodies",  # a government or ministry capitalised after a word that describes it
)
