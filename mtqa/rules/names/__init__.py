"""Names: the `names` family (rule ids `names/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table).
"""

from __future__ import annotations

MODULES = (
    "order",
    "misspelt_names",  # one person named two ways; a near-miss of a well-known name
    "accented",  # a name with and without its accents
    "rules",  # a given name translated, a surname in lower case, "M." in English
    "parties",  # a party's name in lower case
)
