"""Typography: the `typography` family (rule ids `typography/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.typography import rules

__all__ = ["rules"]
