"""Non-words: the `nonwords` family (rule ids `nonwords/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table).
"""

from __future__ import annotations

MODULES = (
    "rules",  # unknown-word and its kin: listed (and run) before `forms`, as always
    "forms",  # a word's form against the story's or a known word's
    "misspellings",  # common words one letter off, which the list knows as rare
    "glued_names",  # a name glued to the word after it
)
