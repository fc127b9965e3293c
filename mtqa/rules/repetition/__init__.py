"""Repetition: the `repetition` family (rule ids `repetition/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.repetition import rules

__all__ = ["rules"]
