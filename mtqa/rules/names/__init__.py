"""Names: the `names` family (rule ids `names/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.names import order, rules
from mtqa.rules.names import parties  # a party's name in lower case

__all__ = ["order", "parties", "rules"]
