"""Non-words: the `nonwords` family (rule ids `nonwords/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.nonwords import forms, rules
from mtqa.rules.nonwords import misspellings  # common words one letter off, which the list knows as rare
from mtqa.rules.nonwords import glued_names  # a name glued to the word after it

__all__ = ["forms", "glued_names", "misspellings", "rules"]
