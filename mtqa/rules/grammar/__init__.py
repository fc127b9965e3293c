"""Grammar: the `grammar` family (rule ids `grammar/...`).

Importing the package registers its rules in the order imported here (mtqa.registry imports
every family's package). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

from mtqa.rules.grammar import rules
# determiner and noun number, uncountable plurals, double comparatives
from mtqa.rules.grammar import agreement
from mtqa.rules.grammar import word_order  # French word order and articles left in English sentences
from mtqa.rules.grammar import articles  # articles dropped by engines from languages without them
from mtqa.rules.grammar import bare_person  # "the death of elderly man who": a person's noun with no article
# an organisation called "his" or "her" after its noun's gender in the source
from mtqa.rules.grammar import pronouns
from mtqa.rules.grammar import pronoun_gender  # a woman called "he" where the source dropped the subject
from mtqa.rules.grammar import indefinite_article  # "a" or "an" against the sound of the next word
# French and German sentence patterns (dated perfect, day between commas); also the `calques` rule
# calques/inverted-attribution
from mtqa.rules.grammar import mt_syntax
from mtqa.rules.grammar import head_agreement  # a plural subject whose verb agrees with the noun after "of"
# a word of the wrong class where the sentence needs another (part-of-speech tags)
from mtqa.rules.grammar import word_classes
# a noun's number as the source language has it (one of the + singular, much + plural)
from mtqa.rules.grammar import interference
# a word sequence a trigram language model finds far less likely than its words
from mtqa.rules.grammar import improbable
# translated official statements: a government as a bare "<country> side", directives as sentences
from mtqa.rules.grammar import officialese
from mtqa.rules.grammar import either  # "Either" with no "or": French "soit" (that is)
# verb complements as the source builds them ("avoid to pay", "wants that the", "suggested him to",
# "abstained themselves")
from mtqa.rules.grammar import verb_patterns
# clauses as the source builds them ("the people which", "asked why did the", "Is important to",
# "On Monday announced the minister")
from mtqa.rules.grammar import clause_patterns
# "an information", "many evidence": a noun English does not count, counted
from mtqa.rules.grammar import uncountable_counted
from mtqa.rules.grammar import comparatives  # "more cheap than", "the most big": a short adjective compared with words
# a sentence of reporting prose opening on its verb ("Carry out the work.", "Gives a clean look.")
from mtqa.rules.grammar import subjectless
# "He emphasised that we must": the speaker's "we" (or the listener's "you") kept in reported speech
from mtqa.rules.grammar import reported_person
# a field or a sport meant in general with the source's article ("underfunding the health")
from mtqa.rules.grammar import generic_article
# a singular count noun of a derived list with no determiner ("became member of"; preview)
from mtqa.rules.grammar import bare_count_noun
# a preposition of a derived list that the word before it almost never takes ("responsible of")
from mtqa.rules.grammar import preposition_choice
# "the Canada's": "the" before a name of a derived list that English writes bare
from mtqa.rules.grammar import bare_names
# "reduced by half the budget": a verb's object after an adverbial, in the source's order
from mtqa.rules.grammar import shifted_object
# "the new rules is": a plural subject with a singular verb at once after it
from mtqa.rules.grammar import subject_number
# "considers the talks as crucial": "as" before the complement consider, deem, term, call and declare take bare
from mtqa.rules.grammar import as_complement

__all__ = [
    "agreement", "articles", "as_complement", "bare_count_noun", "bare_names", "bare_person", "clause_patterns", "comparatives", "either", "generic_article", "head_agreement", "improbable", "indefinite_article",
    "interference", "mt_syntax", "officialese", "preposition_choice", "pronoun_gender", "pronouns", "reported_person", "rules", "shifted_object", "subject_number", "subjectless", "uncountable_counted",
    "verb_patterns", "word_classes", "word_order",
]
