"""Spelling: the `spelling` family (rule ids `spelling/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.spelling import rules

__all__ = ["rules"]
