"""Source-aware checks: the `source` family (rule ids `source/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    "source_coverage",  # a translation far shorter or longer than its CJK source
    "parentheticals",  # a bracketed aside of a CJK source left out
    "currencies",  # an amount put in another currency than the source's
    "segment_edges",  # a translation against its source at its edges (copied, spaces, final mark)
    "file_checks",  # a bilingual file's segments against each other (Scope.FILE)
)
