"""Words the nonwords rules look for by name, common or not (the rest they judge only when rare).

Kept apart so that the family's analysis (`analysis.lower_words_of`) can note which of them a
paragraph holds, and the rules that name them (`forms`, `rules`) read the same lists.
"""

from __future__ import annotations

# `string`'s ASCII letters, written out for the family: `string` (its Template class compiles a
# pattern at import, ~4.5 M instructions) is imported by no other module of a check.
ASCII_LOWERCASE = "abcdefghijklmnopqrstuvwxyz"
ASCII_UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ASCII_LETTERS = ASCII_LOWERCASE + ASCII_UPPERCASE

# Endings that are no word on their own: a space or a hyphen before one cuts a word
# ("develop ment", "govern-ment", "on ly"). "able", "less", "ful" are words too ("not able").
BOUND_ENDINGS = frozenset({"ment", "ments", "tion", "tions", "sion", "sions", "ation", "ness", "ity", "ing", "ings",
                           "ly", "ance", "ence", "ous", "ism", "ist"})

# Common two-word phrases that tools and hurried typing write as one word.
GLUED_PHRASES = {
    "inorder": "in order", "aswell": "as well", "infact": "in fact", "atleast": "at least",
    "eventhough": "even though", "ofcourse": "of course", "eachother": "each other", "noone": "no one",
    "incase": "in case", "inspite": "in spite", "atall": "at all", "alot": "a lot", "assoon": "as soon",
    "infront": "in front", "rightnow": "right now", "upto": "up to", "sofar": "so far", "aslong": "as long",
}

ALL_PAIRS = frozenset(a + b for a in ASCII_LOWERCASE for b in ASCII_LOWERCASE)
# The pairs of letters English writes most, in every paragraph nearly: a paragraph's note leaves
# them out (unknown-word, which judges pairs its pack does not list, reads the note only when the
# pack lists all of these).
EVERYDAY_PAIRS = frozenset("of to in it is be as at so we he by or on do if me my up an go no us am".split())
