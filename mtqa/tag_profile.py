"""How far a text's sequence of word classes is machine translation's rather than clean copy's.

Translated text differs from original English in its part-of-speech n-grams more than in any
other single feature (Volansky, Ordan & Wintner 2015). The document signal's five tag-pair
rates (`translationese.TAG_PAIRS`) read five Penn pairs; this reads the whole profile, every
pair of 13 coarse word classes, each weighed by its log-likelihood ratio, MT against clean
copy, learned as a Naive Bayes profile (add-10 smoothing over the 169 pairs) on the real-copy
corpus's tuning half and signal/ folder (written by benchmarks/tag_profile_fit.py --write;
benchmarks/README.md, "Twentieth round"). The classes hold no word, so the profile cannot
learn a site's names. A text's rate is the mean ratio over its tag pairs: length does not
scale it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# Penn Treebank tags -> coarse classes; any other tag without a letter is punctuation
# (quotation marks included), any other with one is "OTHER" (POS, FW, UH, SYM, LS).
_CLASS_OF = {
    **dict.fromkeys(("NN", "NNS"), "NOUN"), **dict.fromkeys(("NNP", "NNPS"), "PROPN"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "VERB"), "MD": "MODAL",
    **dict.fromkeys(("JJ", "JJR", "JJS"), "ADJ"), **dict.fromkeys(("RB", "RBR", "RBS", "WRB"), "ADV"),
    **dict.fromkeys(("DT", "PDT", "WDT"), "DET"), **dict.fromkeys(("PRP", "PRP$", "WP", "WP$", "EX"), "PRON"),
    **dict.fromkeys(("IN", "RP", "TO"), "ADP"), "CD": "NUM", "CC": "CONJ",
    **dict.fromkeys(("-LRB-", "-RRB-", "-NONE-"), "PUNCT"),
}
CLASSES = ('NOUN', 'PROPN', 'VERB', 'MODAL', 'ADJ', 'ADV', 'DET', 'PRON', 'ADP', 'NUM', 'CONJ', 'PUNCT', 'OTHER')
# log p(pair | MT) - log p(pair | clean): row the first class, column the second, in CLASSES' order.
# Written by `python benchmarks/tag_profile_fit.py --write`, with CORPUS_DIGEST, the digest of the
# corpus files they were learned from; benchmarks/refit_gate.py refuses to run while it is stale.
CORPUS_DIGEST = "98e37766060d8138"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2323, -0.4091, -0.1591, -0.1742, -0.1950, -0.2463, -0.2156, -0.2486, 0.1027, -0.3304, -0.0289, 0.0967, -0.1399),  # NOUN
    (-0.1768, -0.0815, -0.0445, 0.2166, -0.0191, 0.0736, -0.1217, 0.2076, 0.2549, 0.0899, 0.0172, 0.1212, 0.0048),  # PROPN
    (-0.1035, -0.0811, -0.1550, -0.2299, 0.0747, -0.0828, -0.0461, -0.0686, -0.0173, -0.4037, -0.3065, -0.0137, 0.0702),  # VERB
    (-0.0641, 0.2626, -0.0601, 0.0215, 0.3237, -0.0939, -0.0739, -0.2237, 0.1913, -0.0739, 0.1085, -0.2364, -0.0739),  # MODAL
    (0.1799, 0.2175, -0.3478, -0.0273, 0.2265, -0.1972, -0.3917, -0.0586, -0.0909, -0.5647, 0.3991, 0.0375, 0.1327),  # ADJ
    (-0.2929, -0.1671, 0.0666, -0.1529, -0.0597, 0.0766, -0.2175, -0.3105, -0.1140, -0.3334, -0.1262, -0.0483, 0.0215),  # ADV
    (0.0634, 0.1322, -0.0739, 0.0215, 0.1480, -0.3226, 0.1507, 0.1657, -0.2715, -0.0855, 0.1550, 0.1756, -0.4641),  # DET
    (0.0595, 0.0215, 0.0048, -0.0166, -0.0954, -0.0411, 0.0383, 0.2446, 0.1664, -0.4232, 0.1168, -0.0136, -0.6123),  # PRON
    (-0.1135, 0.2268, -0.0016, -0.4122, 0.2192, -0.3068, 0.1619, -0.0064, -0.2736, -0.3595, -0.3653, -0.5428, -0.4641),  # ADP
    (-0.3801, -0.1609, -0.9436, -0.0230, -0.1131, -0.3422, -0.0042, -0.3840, -0.6472, -0.4078, -0.4507, -0.4919, -0.1037),  # NUM
    (-0.0244, -0.1139, -0.1075, -0.0868, 0.2249, -0.1014, 0.1508, -0.0493, 0.0385, -0.7100, -0.4581, 0.0904, 0.0215),  # CONJ
    (0.0102, 0.0285, 0.1825, 0.2240, 0.2173, 0.3450, 0.2415, 0.1995, 0.1381, -0.9738, -0.0458, 0.1482, 0.1625),  # PUNCT
    (0.0490, -0.1192, -0.5895, 0.0215, -0.0309, -0.4894, -0.4641, 0.0215, -0.3396, -0.4998, -0.3415, -0.0910, 0.9659),  # OTHER
)
_INDEX = {c: i for i, c in enumerate(CLASSES)}


def coarse(tag: str) -> str:
    """The coarse class of a Penn tag."""
    got = _CLASS_OF.get(tag)
    if got is not None:
        return got
    return "PUNCT" if not any(c.isalpha() for c in tag) else "OTHER"


@lru_cache(maxsize=4096)
def ratio(first: str, second: str) -> float:
    """The log-likelihood ratio of a pair of Penn tags (through their classes)."""
    return RATIOS[_INDEX[coarse(first)]][_INDEX[coarse(second)]]


def mean_ratio(pairs: Iterable[tuple[tuple[str, str], int]]) -> float | None:
    """The mean ratio over some tag pairs given with their counts; None without a pair."""
    total = weighted = 0.0
    for (first, second), n in pairs:
        total += n
        weighted += n * ratio(first, second)
    return weighted / total if total else None
