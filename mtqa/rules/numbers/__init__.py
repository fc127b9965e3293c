"""Number conventions: the `numbers` family (rule ids `numbers/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.numbers import rules
# the source language's case, number and clock conventions in English copy; also two `typography`
# rules (typography/lowercase-proper-name, typography/accent-as-apostrophe)
from mtqa.rules.numbers import french_conventions
# decades and decimals as Russian, German or Spanish write them ("the 80-ies", "1,074 trillion")
from mtqa.rules.numbers import source_forms
# dollars written as a word after the figure ("197 million dollars"), currency codes ("CAD 500 million")
from mtqa.rules.numbers import currency_words
# counts under ten in figures, as Chinese or Ukrainian copy writes them ("in 8 settlements")
from mtqa.rules.numbers import small_figures
# a count under ten in figures after a determiner ("the 2 leaders"), on by default
from mtqa.rules.numbers import determined_figures

__all__ = ["currency_words", "determined_figures", "french_conventions", "rules", "small_figures", "source_forms"]
