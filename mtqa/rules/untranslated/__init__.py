"""Untranslated: the `untranslated` family (rule ids `untranslated/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.untranslated import leftovers, rules

__all__ = ["rules", "leftovers"]
