"""Typography: the `typography` family (rule ids `typography/...`): spacing, punctuation and
capitals left wrong by machine translation.

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). One module per kind of slip, each with its rules' metadata,
examples and logic side by side; two of the family's rules, on French number conventions,
live in `mtqa.rules.numbers.french_conventions`.
"""

from __future__ import annotations

from mtqa.rules.typography import spacing  # spaces doubled, before punctuation, lost after it
from mtqa.rules.typography import punctuation  # periods, brackets, ellipses, separators, debris
from mtqa.rules.typography import capitals  # capitals lost at a sentence's start or written mid-sentence
from mtqa.rules.typography import capitalised_terms  # bill numbers, Indigenous, Western, parties
from mtqa.rules.typography import word_joins  # hyphens as dashes, open compounds, words run together or split
from mtqa.rules.typography import function_word_capitals  # "but There is": an article or pronoun capitalised mid-sentence
from mtqa.rules.typography import head_capitals  # "the banking Union": a body's head capitalised after a lowercase modifier
from mtqa.rules.typography import adverb_hyphens  # "politically-motivated": a hyphen after an adverb in -ly
from mtqa.rules.typography import paragraph_end  # "… the spokesperson said": prose whose last stop was dropped

__all__ = ["adverb_hyphens", "capitalised_terms", "capitals", "function_word_capitals", "head_capitals", "paragraph_end", "punctuation", "spacing", "word_joins"]
