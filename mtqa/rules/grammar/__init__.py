"""Grammar: the `grammar` family (rule ids `grammar/...`).

Its rule modules, in the order their rules are registered and run: `MODULES` (mtqa.registry
imports them, or reads their rules' metadata from its cache and imports a module only when one
of its rules runs: mtqa.rule_table). `rules` holds the family's own rules; a family grows by new modules,
not by ever-larger ones.
"""

from __future__ import annotations

MODULES = (
    "rules",
    # determiner and noun number, uncountable plurals, double comparatives
    "agreement",
    "word_order",  # French word order and articles left in English sentences
    "articles",  # articles dropped by engines from languages without them
    # a word of the wrong class where the sentence needs another (part-of-speech tags;
    # `bare_person` imports it, so a full import registered it here before MODULES said so)
    "word_classes",
    "bare_person",  # "the death of elderly man who": a person's noun with no article
    "pronouns",
    "pronoun_gender",  # a woman called "he" where the source dropped the subject
    "indefinite_article",  # "a" or "an" against the sound of the next word
    # French and German sentence patterns (dated perfect, day between commas); also the `calques` rule
    # calques/inverted-attribution
    "mt_syntax",
    "head_agreement",  # a plural subject whose verb agrees with the noun after "of"
    # a noun's number as the source language has it (one of the + singular, much + plural)
    "interference",
    # a word sequence a trigram language model finds far less likely than its words
    "improbable",
    # translated official statements: a government as a bare "<country> side", directives as sentences
    "officialese",
    "either",  # "Either" with no "or": French "soit" (that is)
    # verb complements as the source builds them ("avoid to pay", "wants that the", "suggested him to",
    # "abstained themselves")
    "verb_patterns",
    # clauses as the source builds them ("the people which", "asked why did the", "Is important to",
    # "On Monday announced the minister")
    "clause_patterns",
    # "an information", "many evidence": a noun English does not count, counted
    "uncountable_counted",
    "comparatives",  # "more cheap than", "the most big": a short adjective compared with words
    # a sentence of reporting prose opening on its verb ("Carry out the work.", "Gives a clean look.")
    "subjectless",
    # "He emphasised that we must": the speaker's "we" (or the listener's "you") kept in reported speech
    "reported_person",
    # a field or a sport meant in general with the source's article ("underfunding the health")
    "generic_article",
    # a singular count noun with no determiner: of a derived list ("became member of"), or after an
    # acronym or a pair of names ("at EU level")
    "bare_count_noun",
    # a preposition of a derived list that the word before it almost never takes ("responsible of")
    "preposition_choice",
    # "the Canada's": "the" before a name of a derived list that English writes bare
    "bare_names",
    # "reduced by half the budget": a verb's object after an adverbial, in the source's order
    "shifted_object",
    # "the new rules is": a plural subject with a singular verb at once after it
    "subject_number",
    # "considers the talks as crucial": "as" before the complement consider, deem, term, call and declare take bare
    "as_complement",
    # "in Monday", "on 2021.", "in 9 a.m.", "on 12 Main Road": a preposition its time or address takes otherwise
    "time_place_prepositions",
    # "Saying that ..., the minister added": reported speech opened by a participle, as agency copy orders it
    "saying_participle",
)
