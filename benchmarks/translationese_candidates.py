"""The eleventh round's candidate rates of translationese (issue #11 §4), for forward selection.

The signal's ten rates (`mtqa.translationese`) see literal translation from European
languages and barely see round trips, spun copy and some Chinese MT (leave-one-site-out AUC
0.81; round trips 0.63, spun 0.68). These rates were written down, each with the direction
expected in machine-translated news (+ higher, − lower, 0 none fixed), before any was computed
on the corpus (benchmarks/README.md, "Eleventh round"), from the translationese literature:
Baroni & Bernardini 2006 (function words and their n-grams), Koppel & Ordan 2011 (function
words one by one), Volansky, Ordan & Wintner 2015 (word length, lexical density, explicitation,
positional tokens, punctuation, part-of-speech n-grams), Olohan & Baker 2000 (optional "that").
None repeats a rate of the first round or of the second (`translationese_more.py`), which
enter the selection as they are. `translationese.py --select` runs the selection on them.
"""

from __future__ import annotations

from typing import Callable, Sequence

import regex

# name -> (what is counted, its unit, expected sign in translated copy)
CANDIDATES: dict[str, tuple[str, str, int]] = {
    "word_length": ("word length", "letters per word", 1),
    "lexical_density": ("words that are not function words", "share of words", -1),
    "demonstratives": ("“this”, “these”, “those”", "per 1,000 words", 1),
    "that_rate": ("“that”", "per 1,000 words", 1),
    "explicitation": ("explicit link phrases (“in order to”, “the fact that” …)", "per 1,000 words", 1),
    "initial_connectives": ("sentences opening with a connective", "share of sentences", 1),
    "initial_the": ("sentences opening with “the”", "share of sentences", 1),
    "modals": ("“must”, “should”, “shall”", "per 1,000 words", 1),
    "rare_words": ("content words under Zipf 3", "share of content words", 1),
    "semicolons": ("semicolons", "per sentence", 1),
    "colons": ("colons (not in times)", "per sentence", 1),
    "parentheses": ("opening brackets", "per sentence", 1),
    "dashes": ("dashes as punctuation", "per sentence", -1),
    "quoted_share": ("sentences with a quotation mark", "share of sentences", -1),
    "nouns": ("common nouns", "share of words", 1),
    "verbs": ("verbs", "share of words", -1),
    # Koppel & Ordan's function words one by one: the most frequent English function words no
    # other rate reads; no direction fixed (the fit gives it)
    **{f"fw_{w}": (f"“{w}”", "per 1,000 words", 0)
       for w in ("a", "and", "to", "in", "for", "on", "with", "by", "as", "is", "was", "it")},
}
FEATURES = tuple(CANDIDATES)
TAGGED = ("nouns", "verbs")  # need the part-of-speech tagger (mtqa[grammar])

EXPLICIT_PHRASES = (
    "in order to", "so as to", "due to the fact", "the fact that", "in terms of", "with regard to",
    "with respect to", "in the process of", "it is necessary", "it is important", "in the case of",
    "on the basis of", "in accordance with", "within the framework of", "in the framework of",
    "at the level of", "in view of", "by means of", "for the purpose of", "in the field of",
    "with the aim of", "in the context of",
)
_EXPLICIT = regex.compile(r"\b(?:" + "|".join(EXPLICIT_PHRASES) + r")\b")
CONNECTIVE_OPENERS = (
    "however", "moreover", "furthermore", "in addition", "additionally", "meanwhile", "at the same time",
    "also", "besides", "therefore", "thus", "hence", "consequently", "nevertheless", "nonetheless",
    "in fact", "indeed", "on the other hand", "in this regard", "in this sense", "in this context",
    "in this way", "finally", "firstly", "secondly", "first of all", "in particular", "for its part",
    "for their part", "likewise", "similarly", "in conclusion", "overall", "notably", "to this end",
    "as a result", "in short", "of course",
)
_OPENER = regex.compile(r"(?:" + "|".join(CONNECTIVE_OPENERS) + r")\b")
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
_COLON = regex.compile(r":(?!\d)")
_DASH = regex.compile(r"—|(?<=\s)[–-]|[–-](?=\s)")
_QUOTE = regex.compile(r"[\"“”«»]")
RARE_ZIPF = 3.0
_NOUN = frozenset({"NN", "NNS"})


def candidate_rates(sentences: Sequence[tuple[str, list[str]]], function_words: frozenset[str],
                    zipf: Callable[[str], float], tagger=None) -> dict[str, float]:
    """Every candidate rate of some sentences (`mtqa.translationese.sentences`: each sentence's
    text and its lowercase words); the tagged ones only with `tagger`."""
    words = [w for _text, own in sentences for w in own]
    n = len(words) or 1
    count = len(sentences) or 1
    texts = [text for text, _own in sentences]
    joined = [" ".join(own) for _text, own in sentences]
    content = [w.lower() for text in texts for w in _WORD.findall(text)
               if w[0].islower() and len(w) > 2 and w.lower().replace("’", "'") not in function_words]
    out = {
        "word_length": sum(len(w.replace("'", "")) for w in words) / n,
        "lexical_density": sum(w not in function_words for w in words) / n,
        "demonstratives": 1000 * sum(w in ("this", "these", "those") for w in words) / n,
        "that_rate": 1000 * words.count("that") / n,
        "explicitation": 1000 * sum(len(_EXPLICIT.findall(j)) for j in joined) / n,
        "initial_connectives": sum(_OPENER.match(j) is not None for j in joined) / count,
        "initial_the": sum(own[:1] == ["the"] for _text, own in sentences) / count,
        "modals": 1000 * sum(w in ("must", "should", "shall") for w in words) / n,
        "rare_words": sum(zipf(w) < RARE_ZIPF for w in content) / len(content) if content else 0.0,
        "semicolons": sum(t.count(";") for t in texts) / count,
        "colons": sum(len(_COLON.findall(t)) for t in texts) / count,
        "parentheses": sum(t.count("(") for t in texts) / count,
        "dashes": sum(len(_DASH.findall(t)) for t in texts) / count,
        "quoted_share": sum(_QUOTE.search(t) is not None for t in texts) / count,
    }
    for name in FEATURES:
        if name.startswith("fw_"):
            out[name] = 1000 * words.count(name[3:]) / n
    if tagger is not None:
        tags = [t.tag for text in texts for t in tagger.tag(text) if t.text[:1].isalpha()]
        k = len(tags) or 1
        out["nouns"] = sum(tag in _NOUN for tag in tags) / k
        out["verbs"] = sum(tag.startswith("VB") for tag in tags) / k
    return out
