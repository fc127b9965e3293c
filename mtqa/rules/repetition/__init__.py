"""Repetition: the `repetition` family (rule ids `repetition/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table).
"""

from __future__ import annotations

MODULES = (
    "rules",
)
