"""Names: the `names` family (rule ids `names/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.names import order
from mtqa.rules.names import misspelt_names  # one person named two ways; a near-miss of a well-known name
from mtqa.rules.names import accented  # a name with and without its accents
from mtqa.rules.names import rules  # a given name translated, a surname in lower case, "M." in English
from mtqa.rules.names import parties  # a party's name in lower case

__all__ = ["accented", "misspelt_names", "order", "parties", "rules"]
