"""Encoding damage: the `encoding` family (rule ids `encoding/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.encoding import rules

__all__ = ["rules"]
