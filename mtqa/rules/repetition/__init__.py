"""Repetition: the `repetition` family (rule ids `repetition/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.repetition import rules
# a verb with a noun of its own stem ("achieve great achievements"), two forms of one verb ("including include")
from mtqa.rules.repetition import cognates

__all__ = ["cognates", "rules"]
