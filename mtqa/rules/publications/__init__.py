"""Publications: the `publications` family (rule ids `publications/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.publications import rules
from mtqa.rules.publications import outlets  # outlet names translated word for word

__all__ = ["outlets", "rules"]
