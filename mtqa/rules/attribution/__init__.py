"""Attribution: the `attribution` family (rule ids `attribution/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.attribution import rules

__all__ = ["rules"]
