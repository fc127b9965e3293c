"""Calques and false friends: the `calques` family (rule ids `calques/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    # a state's "our country" left as "my country" in a story's own voice
    "state_voice",
    # a whole text whose function words and constructions are distributed as in a translation
    "reads_as_translation",
    # a fixed term with one word swapped for a thesaurus synonym (a table derived from WordNet)
    "spun_terms",
    # a story put through an AI rewriter: three or more of its stock words in the story's own voice
    "ai_rewrite",
    # a diplomatic readout translated whole: two or more of its fixed formulas in the story's own voice
    "formulas",
    # a light verb English does not pair with its noun ("made a question"), judged by a language model
    "light_verbs",
    # a word swapped for a thesaurus neighbour where a language model finds the declared word far likelier
    "thesaurus_swaps",
    # a preposition where a language model finds another common preposition far likelier
    "preposition_swaps",
)
