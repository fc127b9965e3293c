"""Abbreviations and segmentation: the `abbreviations` family (rule ids `abbreviations/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.abbreviations import rules

__all__ = ["rules"]
