"""Number conventions: the `numbers` family (rule ids `numbers/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    # the source language's case, number and clock conventions in English copy; also two `typography`
    # rules (typography/lowercase-proper-name, typography/accent-as-apostrophe)
    "french_conventions",
    # decades and decimals as Russian, German or Spanish write them ("the 80-ies", "1,074 trillion")
    "source_forms",
    # dollars written as a word after the figure ("197 million dollars"), currency codes ("CAD 500 million")
    "currency_words",
    # counts under ten in figures, as Chinese or Ukrainian copy writes them ("in 8 settlements")
    "small_figures",
    # a count under ten in figures after a determiner ("the 2 leaders"), on by default
    "determined_figures",
    # "70 – 80 percent", "US$1 – 2 million": a range of figures around a spaced dash (unseen46)
    "spaced_ranges",
)
