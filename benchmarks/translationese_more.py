"""The second round's rates of translationese (issue 11): word classes, clause openings, lexis.

`mtqa.translationese` reads ten rates of function words and sentence shape. These twelve
were tried in a second round, each chosen from the translationese and MT-detection
literature (Baroni & Bernardini 2006; Koppel & Ordan 2011; Volansky, Ordan & Wintner 2015)
with the direction expected for machine-translated news written down before any was
computed on the corpus (benchmarks/README.md, "Second round"). They did not separate
machine-translated from clean copy clearly better than the ten, so mtqa does not read them;
`benchmarks/translationese.py --compare` measures them. Word classes are the
part-of-speech tagger's (`mtqa.tagging`, out of context: a word's likeliest tag).
"""

from __future__ import annotations

import math
import statistics
from typing import Callable, Sequence

import regex

# What each rate measures, for messages: (what is counted, its unit).
DESCRIPTIONS = {
    "noun_compounds": ("noun compounds (“health minister”)", "per 1,000 words"),
    "noun_of_noun": ("“noun of noun” (“the decision of the minister”)", "per 1,000 words"),
    "passives": ("passives", "per sentence"),
    "pronouns": ("personal pronouns", "per 1,000 words"),
    "initial_adverbials": ("sentences opening with an adverbial and a comma", "share of sentences"),
    "there_is": ("“there is/are”", "per 1,000 words"),
    "which": ("“which”", "per 1,000 words"),
    "repetition": ("content words repeated from the sentence before", "share"),
    "prepositions": ("prepositions", "per 100 words"),
    "hapax": ("words used once", "share per 100 words"),
    "nominalisations": ("nominalisations (-tion, -ment, -ity …)", "per 1,000 words"),
    "function_profile": ("function words' distance from general English", "Jensen–Shannon divergence per 100 words"),
}
FEATURES = tuple(DESCRIPTIONS)

_COMMON_NOUN = frozenset({"NN", "NNS"})
_DETERMINER = frozenset({"DT", "PRP$", "POS"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_PARTICIPLE = frozenset({"VBN", "VBD"})  # out of context "announced" is either
_ADVERB = frozenset({"RB", "RBR", "RBS"})
_OPENERS = frozenset({"RB", "RBR", "RBS", "IN"})
_THERE_IS = regex.compile(r"\bthere(?: is| are| was| were|['’]s)\b")
_NOMINALISATION = regex.compile(r"(?:tion|sion|ment|ance|ence|ity|ities)s?$")
PREPOSITIONS = frozenset("""
of in to for on at by with from about into onto during among against between through under over
towards toward since after before without within across behind beyond upon despite throughout
amid amongst per via near along around outside inside until
""".split())
WINDOW = 100  # words per window of the hapax share
OPENING_WORDS = 8  # a fronted adverbial's comma comes within this many tokens


LEXIS = ("there_is", "which", "repetition", "prepositions", "hapax", "nominalisations", "function_profile")
WORD_CLASSES = ("noun_compounds", "noun_of_noun", "passives", "pronouns", "initial_adverbials")


def more_rates(sentences: Sequence[tuple[str, list[str]]], function_words: frozenset[str],
               zipf: Callable[[str], float], tagger) -> dict[str, float]:
    """All twelve rates of some sentences (`mtqa.translationese.sentences`), tagged with `tagger`."""
    words = [w for _text, own in sentences for w in own]
    out = lexis_rates([own for _text, own in sentences], function_words, zipf)
    out.update(word_class_rates([[(t.lower, t.tag) for t in tagger.tag(text)] for text, _own in sentences], len(words)))
    return out


def lexis_rates(sentences: Sequence[list[str]], function_words: frozenset[str],
                zipf: Callable[[str], float]) -> dict[str, float]:
    """The seven rates read from words alone, given each sentence's words in lowercase."""
    words = [w for s in sentences for w in s]
    n = len(words) or 1
    content = [[w for w in s if w not in function_words and len(w) > 2 and w.isalpha()] for s in sentences]
    return {
        "there_is": 1000 * sum(len(_THERE_IS.findall(" ".join(s))) for s in sentences) / n,
        "which": 1000 * words.count("which") / n,
        "repetition": _repetition(content),
        "prepositions": 100 * sum(w in PREPOSITIONS for w in words) / n,
        "hapax": _hapax(words),
        "nominalisations": 1000 * sum(len(w) > 5 and bool(_NOMINALISATION.search(w)) for w in words) / n,
        "function_profile": _windowed_divergence(words, function_words, zipf),
    }


def word_class_rates(sentences: Sequence[list[tuple[str, str]]], words: int) -> dict[str, float]:
    """The five rates read from word classes, given each sentence's tokens as (lowercase text,
    Penn Treebank tag) and the number of words they hold."""
    n = words or 1
    count = len(sentences) or 1
    return {
        "noun_compounds": 1000 * sum(_pairs(t, _COMMON_NOUN, _COMMON_NOUN) for t in sentences) / n,
        "noun_of_noun": 1000 * sum(_noun_of_noun(t) for t in sentences) / n,
        "passives": sum(_passives(t) for t in sentences) / count,
        "pronouns": 1000 * sum(tag == "PRP" for t in sentences for _w, tag in t) / n,
        "initial_adverbials": sum(_fronted(t) for t in sentences) / count,
    }


def _pairs(tokens: list[tuple[str, str]], first: frozenset[str], second: frozenset[str]) -> int:
    return sum(a[1] in first and b[1] in second for a, b in zip(tokens, tokens[1:]))


def _noun_of_noun(tokens: list[tuple[str, str]]) -> int:
    """A common noun, "of", an optional determiner or possessive, a common noun."""
    found = 0
    for i in range(len(tokens) - 2):
        if tokens[i][1] not in _COMMON_NOUN or tokens[i + 1][0] != "of":
            continue
        j = i + 2
        if tokens[j][1] in _DETERMINER and j + 1 < len(tokens):
            j += 1
        found += tokens[j][1] in _COMMON_NOUN
    return found


def _passives(tokens: list[tuple[str, str]]) -> int:
    """A form of "be", an optional adverb, a past participle."""
    found = 0
    for i, (word, _tag) in enumerate(tokens):
        if word not in _BE:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j][1] in _ADVERB:
            j += 1
        found += j < len(tokens) and tokens[j][1] in _PARTICIPLE
    return found


def _fronted(tokens: list[tuple[str, str]]) -> bool:
    """The sentence opens with an adverb or preposition and has a comma soon after."""
    words = [t for t in tokens if t[0][:1].isalnum()]
    if not words or words[0][1] not in _OPENERS or words[0][0] == "that":
        return False
    return any(word == "," for word, _tag in tokens[1:OPENING_WORDS + 1])


def _repetition(content: list[list[str]]) -> float:
    """Mean share of a sentence's content words that the sentence before used."""
    shares = []
    for before, now in zip(content, content[1:]):
        own = set(now)
        if own:
            shares.append(len(own & set(before)) / len(own))
    return statistics.fmean(shares) if shares else 0.0


def _hapax(words: list[str]) -> float:
    """Mean share of each 100-word window's words that occur once in it."""
    n = len(words)
    window = min(WINDOW, n)
    if not window:
        return 0.0
    shares = []
    for i in range(0, max(1, n - window + 1), 10):
        counts: dict[str, int] = {}
        for w in words[i:i + window]:
            counts[w] = counts.get(w, 0) + 1
        shares.append(sum(1 for k in counts.values() if k == 1) / window)
    return statistics.fmean(shares)


def _windowed_divergence(words: list[str], function_words: frozenset[str], zipf: Callable[[str], float]) -> float:
    """Mean divergence over 100-word windows (every 50 words): measured on the whole text, a
    sample's divergence falls as the text grows, which would make length a rate."""
    n = len(words)
    window = min(WINDOW, n)
    if not window:
        return 0.0
    return statistics.fmean(_divergence(words[i:i + window], function_words, zipf)
                            for i in range(0, max(1, n - window + 1), WINDOW // 2))


def _divergence(words: list[str], function_words: frozenset[str], zipf: Callable[[str], float]) -> float:
    """Jensen–Shannon divergence (bits) of the text's function words from their frequencies in
    general English (wordfreq's, renormalised over the same words)."""
    counts: dict[str, int] = dict.fromkeys(function_words, 0)
    for w in words:
        if w in counts:
            counts[w] += 1
    total = sum(counts.values())
    if not total:
        return 0.0
    reference = {w: 10 ** zipf(w) for w in counts}
    norm = sum(reference.values())
    out = 0.0
    for w, k in counts.items():
        p = k / total
        q = reference[w] / norm
        m = (p + q) / 2
        if p:
            out += 0.5 * p * math.log2(p / m)
        if q:
            out += 0.5 * q * math.log2(q / m)
    return out
