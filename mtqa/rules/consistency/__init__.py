"""House-style consistency: the `consistency` family (rule ids `consistency/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table).
"""

from __future__ import annotations

MODULES = (
    "number_forms",
    "rules",
    "spellings",
    "compounds",  # a compound closed in one place, open in another
)
