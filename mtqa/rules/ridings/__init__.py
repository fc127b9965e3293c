"""Ridings: the `ridings` family (rule ids `ridings/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.ridings import rules  # its pack (`pack`) and analysis (`analysis`) come with it

__all__ = ["rules"]
