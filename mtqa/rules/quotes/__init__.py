"""Quotation marks: the `quotes` family (rule ids `quotes/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.quotes import marks, rules
from mtqa.rules.quotes import quote_incise  # an attribution left inside the quotation marks, French style
from mtqa.rules.quotes import quote_edges  # a quotation mark glued between two words

__all__ = ["marks", "quote_edges", "quote_incise", "rules"]
