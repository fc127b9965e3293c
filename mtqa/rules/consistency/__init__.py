"""House-style consistency: the `consistency` family (rule ids `consistency/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.consistency import number_forms, rules, spellings
from mtqa.rules.consistency import compounds  # a compound closed in one place, open in another

__all__ = ["compounds", "number_forms", "rules", "spellings"]
