"""Boilerplate: the `boilerplate` family (rule ids `boilerplate/...`): page furniture scraped in
with the copy and then translated with it.

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). One module per kind of furniture, each with its rules' metadata,
examples and logic side by side; what furniture is made of (its vocabulary, `is_furniture`,
`classify_line`) is shared from `furniture`, which holds no rule.
"""

from __future__ import annotations

MODULES = (
    "page_furniture",  # date stamps, share links, labels, teasers
    "credits",  # footers, name captions, photo credits
    "furniture_lines",  # a line of web furniture of any kind
    "metadata",  # a CMS's time stamp or tag run printed as copy
)
