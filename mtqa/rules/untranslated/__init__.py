"""Untranslated: the `untranslated` family (rule ids `untranslated/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.untranslated import leftovers, rules
from mtqa.rules.untranslated import month_names  # "31 marzo": a month left in the source language

__all__ = ["leftovers", "month_names", "rules"]
