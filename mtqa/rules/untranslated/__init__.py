"""Untranslated: the `untranslated` family (rule ids `untranslated/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.untranslated import leftovers, rules
# a month in the source language after a day figure ("Moscow, 31 mar")
from mtqa.rules.untranslated import months

__all__ = ["leftovers", "months", "rules"]
