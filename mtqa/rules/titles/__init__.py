"""Titles and ranks: the `titles` family (rule ids `titles/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.titles import rules
from mtqa.rules.titles import legislators  # provincial premiers and legislators
from mtqa.rules.titles import cut_ranks  # a lower-case rank cut from its name by a period
# an article or a long formal title before a full name, French style
from mtqa.rules.titles import title_forms
from mtqa.rules.titles import governors  # a premier called a governor (Spanish, Chinese, Russian)

__all__ = ["cut_ranks", "governors", "legislators", "rules", "title_forms"]
