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
CORPUS_DIGEST = "071e50f30b031fd4"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2214, -0.4128, -0.1536, -0.1706, -0.1957, -0.2286, -0.2173, -0.2639, 0.1019, -0.2995, -0.0213, 0.0941, -0.1378),  # NOUN
    (-0.2053, -0.0902, -0.0464, 0.2239, -0.0243, 0.1123, -0.0954, 0.1813, 0.2660, 0.0464, 0.0584, 0.1255, 0.0703),  # PROPN
    (-0.1013, -0.0385, -0.1705, -0.2667, 0.0950, -0.0702, -0.0455, -0.0889, -0.0244, -0.4095, -0.3145, -0.0141, 0.0698),  # VERB
    (-0.0367, 0.2621, -0.0687, 0.0210, 0.3658, -0.1321, -0.1613, -0.2241, 0.1853, -0.0743, 0.1080, -0.2369, -0.0743),  # MODAL
    (0.1954, 0.2081, -0.3562, -0.0700, 0.2371, -0.2328, -0.3620, -0.0050, -0.0878, -0.5762, 0.4189, 0.0524, 0.0210),  # ADJ
    (-0.3191, -0.1613, 0.0755, -0.2303, -0.0588, 0.0877, -0.2667, -0.2989, -0.0954, -0.3721, -0.1838, -0.0672, -0.0531),  # ADV
    (0.0563, 0.0964, -0.0826, 0.0491, 0.1602, -0.3725, 0.1800, 0.1652, -0.2563, -0.0207, 0.1545, 0.1270, -0.4645),  # DET
    (0.0563, 0.0877, 0.0055, -0.0267, -0.0821, -0.0248, 0.0210, 0.2798, 0.1580, -0.4098, 0.1751, -0.0346, -0.6127),  # PRON
    (-0.1176, 0.2457, -0.0090, -0.4667, 0.2384, -0.3550, 0.1507, 0.0023, -0.2922, -0.3667, -0.4209, -0.5612, -0.4645),  # ADP
    (-0.3697, -0.1469, -0.9441, -0.0660, -0.1415, -0.3668, 0.0334, -0.3239, -0.6657, -0.4338, -0.4531, -0.5116, -0.1613),  # NUM
    (-0.0169, -0.0796, -0.1038, -0.1091, 0.2090, -0.0844, 0.1623, -0.0382, 0.0539, -0.7319, -0.4586, 0.0210, 0.0210),  # CONJ
    (0.0138, 0.0180, 0.1912, 0.2033, 0.2249, 0.3235, 0.2350, 0.2077, 0.1233, -0.9915, -0.0587, 0.1330, 0.1322),  # PUNCT
    (0.0895, -0.0938, -0.5221, 0.0210, -0.0040, -0.4898, -0.4836, 0.0210, -0.3699, -0.5003, -0.3845, -0.0890, 0.9654),  # OTHER
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
