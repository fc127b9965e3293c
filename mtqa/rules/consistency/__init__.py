"""House-style consistency: the `consistency` family (rule ids `consistency/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.consistency import number_forms, rules, spellings

__all__ = ["number_forms", "rules", "spellings"]
