"""Typography: the `typography` family (rule ids `typography/...`): spacing, punctuation and
capitals left wrong by machine translation.

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). One module per kind of slip, each with its rules' metadata,
examples and logic side by side; two of the family's rules, on French number conventions,
live in `mtqa.rules.numbers.french_conventions`.
"""

from __future__ import annotations

MODULES = (
    "spacing",  # spaces doubled, before punctuation, lost after it
    "punctuation",  # periods, brackets, ellipses, separators, debris
    "capitals",  # capitals lost at a sentence's start or written mid-sentence
    "capitalised_terms",  # bill numbers, Indigenous, Western, parties
    "word_joins",  # hyphens as dashes, open compounds, words run together or split
    "function_word_capitals",  # "but There is": an article or pronoun capitalised mid-sentence
    "head_capitals",  # "the banking Union": a body's head capitalised after a lowercase modifier
    "adverb_hyphens",  # "politically-motivated": a hyphen after an adverb in -ly
    "paragraph_end",  # "… the spokesperson said": prose whose last stop was dropped
    "compound_adjectives",  # "people to people ties", "high level meeting": a compound modifier left open
    "spaced_compounds",  # "Canada – Hungary relations", "Greek- Canadian": a compound split by spaces
)
