"""Institutions and locale: the `institutions` family (rule ids `institutions/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.institutions import rules
# a gazetteer of federal and Quebec bodies with their French names
from mtqa.rules.institutions import official_names
from mtqa.rules.institutions import provincial  # provinces called states, legislatures called Parliament

__all__ = ["official_names", "provincial", "rules"]
