"""Non-words: the `nonwords` family (rule ids `nonwords/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.nonwords import rules  # unknown-word and its kin: listed (and run) before `forms`, as always
from mtqa.rules.nonwords import forms  # a word's form against the story's or a known word's
from mtqa.rules.nonwords import misspellings  # common words one letter off, which the list knows as rare
from mtqa.rules.nonwords import glued_names  # a name glued to the word after it

__all__ = ["forms", "glued_names", "misspellings", "rules"]
