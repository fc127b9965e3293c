"""Repetition: the `repetition` family (rule ids `repetition/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package).
"""

from __future__ import annotations

from mtqa.rules.repetition import rules
# a paragraph's first sentence said again in another translation
from mtqa.rules.repetition import second_translation

__all__ = ["rules", "second_translation"]
