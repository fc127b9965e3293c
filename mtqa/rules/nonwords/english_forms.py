"""Whether a lowercase word the word list lacks is English all the same: a regular inflection or
derivation of a known word, a closed compound, a learned or classical form, a drawn-out or a
Canadian doubled-l spelling. What `nonwords/unknown-word` and the word-form rules accept.
"""

from __future__ import annotations

from mtqa import lexicon
from mtqa.patterns import lazy


# Regular endings: (ending, what replaces it). The stem must be a known, reasonably common word.
_SUFFIXES = (
    ("'s", ""), ("’s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
    ("ing", ""), ("ing", "e"), ("ly", ""), ("ily", "y"), ("er", ""), ("er", "e"), ("ers", ""), ("ers", "e"),
    ("est", ""), ("ness", ""), ("less", ""), ("ful", ""), ("ment", ""), ("ments", ""), ("ism", ""),
    ("ist", ""), ("ists", ""), ("ize", ""), ("ized", ""), ("izes", ""), ("izing", ""), ("ise", ""),
    ("ised", ""), ("ization", ""), ("isation", ""), ("able", ""), ("able", "e"), ("ability", ""),
    ("wise", ""), ("like", ""), ("ship", ""), ("hood", ""), ("ism", "e"), ("ist", "e"), ("ability", "e"),
)
_PREFIXES = (
    "un", "re", "non", "pre", "co", "anti", "pro", "post", "over", "under", "mis", "dis", "semi",
    "multi", "inter", "sub", "super", "micro", "counter", "de", "self", "ex", "mid", "cross", "out",
    "trans", "ultra", "mega", "bio", "eco", "geo", "cyber", "tele", "hyper", "intra", "macro", "neo",
    "pseudo", "quasi", "tri", "bi", "uni", "di", "mono", "poly",
)
STEM_ZIPF = 2.5  # a stem must be a word seen at least a few times per ten million words


def _stem_known(lex: lexicon.Lexicon, stem: str) -> bool:
    return len(stem) >= 3 and lex.zipf(stem) >= STEM_ZIPF


def derivable(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is a regular inflection or derivation of a known word (unpacked, rebuilt)."""
    for end, repl in _SUFFIXES:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)] + repl
            if _stem_known(lex, stem):
                return True
            if end in ("ed", "ing", "er", "est") and len(stem) > 3 and stem[-1] == stem[-2]:
                if _stem_known(lex, stem[:-1]):  # "planned" → "plan"
                    return True
    for pre in _PREFIXES:
        if word.startswith(pre) and len(word) > len(pre) + 2:
            rest = word[len(pre):].lstrip("-")
            if rest in lex and lex.zipf(rest) >= STEM_ZIPF or (_stem_known(lex, rest[:-1]) and rest.endswith("s")):
                return True
    return False


# Each half of a closed compound must be a common word, but not a function word: those
# (with, that, from, into: Zipf 6 and more) glued to a word are the artifact, not a compound.
_COMPOUND_ZIPF = (3.5, 6.0)
# No common word (Zipf 3.5 and more) is longer than this: a split that leaves a longer half
# finds none, so it is not tried, and a run of 100,000 letters is not looked up 100,000 times
# (each look-up hashing a half as long as the run).
_LONGEST_COMMON_WORD = 30


def _splits(word: str, common_head: bool = True) -> range:
    """Where `word` may split into two halves of four letters or more, its tail (and with
    `common_head` its head) no longer than a common word can be."""
    last = min(len(word) - 3, _LONGEST_COMMON_WORD + 1) if common_head else len(word) - 3
    return range(max(4, len(word) - _LONGEST_COMMON_WORD), last)


def closed_compound(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is two common content words of four letters or more written as one ("mouthpart")."""
    lo, hi = _COMPOUND_ZIPF
    for i in _splits(word):
        if lo <= lex.zipf(word[:i]) < hi and lo <= lex.zipf(word[i:]) < hi:
            return True
    return False


# Learned adjectives and nouns formed from a listed word however rare: "andrological" from
# "andrology", "pedagogic" from "pedagogy", "extravagancies" from "extravagant". The stem must be long, so that a short garbled
# string never passes as one.
_LEARNED_SUFFIXES = (("ical", "y"), ("ically", "y"), ("ic", "y"), ("ical", "ics"), ("ist", "y"), ("ists", "y"),
                     # the noun of a quality from its adjective: "extravagancies" from "extravagant"
                     ("ancy", "ant"), ("ancies", "ant"), ("ency", "ent"), ("encies", "ent"))
_LEARNED_STEM = 6


def learned_derivation(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is a learned derivation of a listed word, rare ones included ("andrological")."""
    for end, repl in _LEARNED_SUFFIXES:
        if word.endswith(end):
            stem = word[: -len(end)] + repl
            if len(stem) >= _LEARNED_STEM and stem in lex:
                return True
    return False


def combining_form(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is a listed combining form ending in -o and a common word ("mesophase",
    "neuroimaging"): the way science writes new terms, too new or rare for the list."""
    lo, hi = _COMPOUND_ZIPF
    for i in _splits(word, common_head=False):  # the head: any listed form in -o
        if word[i - 1] == "o" and word[:i] in lex and lo <= lex.zipf(word[i:]) < hi:
            return True
    return False


_GLUE_ZIPF = 3.0


def two_words(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is two common words glued together ("informationon"): no learned form."""
    return any(lex.zipf(word[:i]) >= _GLUE_ZIPF and lex.zipf(word[i:]) >= _GLUE_ZIPF for i in range(2, len(word) - 1))


# Classical first elements that English pairs with a learned final element ("monogamy",
# "polygamy", "biology", "xenophobia"): probes that show a word's tail is such an element.
_CLASSICAL_FIRST = ("mono", "poly", "auto", "homo", "hetero", "xeno", "endo", "exo", "allo", "iso", "bio",
                    "geo", "hydro", "photo", "micro", "macro", "neo", "chrono", "morpho", "patho", "neuro")
_FINAL_ELEMENT = 4  # letters in the tail at least ("gamy", "logy", "phyte"); shorter tails are common endings
_FIRST_STEM = 4  # letters in the stem at least, its linking -o included ("xeno", "geitono")


def classical_compound(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is a stem in -o before a learned final element that at least two listed
    words share with common classical first elements ("geitonogamy": monogamy, polygamy): how
    science names things, often too rare for the list. A garbled string rarely ends in one."""
    for i in range(_FIRST_STEM, len(word) - _FINAL_ELEMENT + 1):
        if word[i - 1] != "o":
            continue
        tail = word[i:]
        if sum(first + tail in lex for first in _CLASSICAL_FIRST) >= 2 and not two_words(lex, word[:i]):
            return True
    return False


# A letter written three times or more to draw a word out in speech ("sooo", "noooo").
_DRAWN_OUT = lazy(r"([a-z])\1{2,}")


def drawn_out(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is a known word with a letter drawn out ("sooo" for "so", "yesss")."""
    if not _DRAWN_OUT.search(word):
        return False
    # the letter n times by a function, not the template "\\1": `regex` reads templates in Python
    return any(_DRAWN_OUT.sub(lambda m, n=n: m[1] * n, word) in lex for n in (1, 2))


# Canadian and British spelling doubles a final l before -ed, -ing and -er (travelled, labelling);
# the word list may know only the US form of a rare verb ("backpedaled").
_DOUBLED_L = lazy(r"([a-z]+[aeiou]l)l(ed|ing|er|ers)")


def doubled_l(lex: lexicon.Lexicon, word: str) -> bool:
    """Whether `word` is the Canadian form of a listed US form with one l ("backpedalled")."""
    m = _DOUBLED_L.fullmatch(word)
    return m is not None and m.group(1) + m.group(2) in lex


# Letters in the longest word a regular form of a listed word may be (the longest English words
# in dictionaries have 45): a pasted run of letters with no space is one word, and each test of
# `known_form` splits it at every letter and copies both sides, its length squared (a run of
# 16k letters took 12 s in nonwords, stop 46's rule_growth.py --rule nonwords).
LONGEST_FORM = 60


def known_form(lex: lexicon.Lexicon, known: frozenset[str], word: str) -> bool:
    """Whether unknown-word accepts `word`: listed, in the pack, or a regular form of a known word."""
    w = word.replace("’", "'")
    if w in lex or w in known:
        return True
    if w.endswith("'s") and (w[:-2] in lex or w[:-2] in known):
        return True
    if len(w) > LONGEST_FORM:  # no regular form of a listed word is this long; the tests below split it every way
        return drawn_out(lex, w)  # but a letter drawn out ("sooo…") may be held as long as one likes
    return (derivable(lex, w) or closed_compound(lex, w) or learned_derivation(lex, w)
            or combining_form(lex, w) or classical_compound(lex, w) or drawn_out(lex, w) or doubled_l(lex, w))
