"""Boilerplate: the `boilerplate` family (rule ids `boilerplate/...`): page furniture scraped in
with the copy and then translated with it.

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). One module per kind of furniture, each with its rules' metadata,
examples and logic side by side; what furniture is made of (its vocabulary, `is_furniture`,
`classify_line`) is shared from `furniture`, which holds no rule.
"""

from __future__ import annotations

from mtqa.rules.boilerplate import page_furniture  # date stamps, share links, labels, teasers
from mtqa.rules.boilerplate import credits  # footers, name captions, photo credits
from mtqa.rules.boilerplate import furniture_lines  # a line of web furniture of any kind
from mtqa.rules.boilerplate import metadata  # a CMS's time stamp or tag run printed as copy

__all__ = ["credits", "furniture_lines", "metadata", "page_furniture"]
