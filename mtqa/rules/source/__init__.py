"""Source-aware checks: the `source` family (rule ids `source/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.source import rules
from mtqa.rules.source import source_coverage  # a translation far shorter or longer than its CJK source
from mtqa.rules.source import parentheticals  # a bracketed aside of a CJK source left out
from mtqa.rules.source import currencies  # an amount put in another currency than the source's
from mtqa.rules.source import segment_edges  # a translation against its source at its edges (copied, spaces, final mark)
from mtqa.rules.source import file_checks  # a bilingual file's segments against each other (Scope.FILE)

__all__ = ["rules", "source_coverage", "parentheticals", "currencies", "segment_edges", "file_checks"]
