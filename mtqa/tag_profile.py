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
CORPUS_DIGEST = "6ffe3e0e7f48aa09"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2217, -0.3945, -0.1559, -0.1842, -0.1985, -0.2519, -0.1997, -0.2466, 0.1064, -0.3242, -0.0200, 0.1051, -0.1136),  # NOUN
    (-0.1775, -0.0899, -0.0352, 0.2334, -0.0428, 0.0628, -0.1030, 0.1668, 0.2364, 0.0736, 0.0148, 0.1128, 0.0170),  # PROPN
    (-0.0901, -0.0872, -0.1563, -0.1945, 0.0747, -0.0867, -0.0416, -0.0697, -0.0227, -0.3863, -0.3097, 0.0007, 0.1192),  # VERB
    (-0.0762, 0.1862, -0.0619, 0.0191, 0.3214, -0.0913, -0.0810, -0.2260, 0.1573, -0.0762, 0.2014, -0.2387, -0.0762),  # MODAL
    (0.1819, 0.2156, -0.3757, -0.0297, 0.2114, -0.2040, -0.4417, -0.0609, -0.0992, -0.6423, 0.4043, 0.0293, 0.1303),  # ADJ
    (-0.2846, -0.1695, 0.0708, -0.1552, -0.0707, 0.1031, -0.2238, -0.3174, -0.1237, -0.3281, -0.1515, -0.0468, 0.0191),  # ADV
    (0.0676, 0.1284, -0.0647, -0.0099, 0.1393, -0.3394, 0.1192, 0.1350, -0.2334, -0.0819, 0.1527, 0.1613, -0.4664),  # DET
    (0.0717, -0.0160, -0.0063, -0.0274, -0.1165, -0.0371, 0.0704, 0.2423, 0.1527, -0.4664, 0.1144, -0.0162, -0.6009),  # PRON
    (-0.1073, 0.2193, -0.0060, -0.3768, 0.2174, -0.3075, 0.1578, -0.0103, -0.2958, -0.3487, -0.3677, -0.5378, -0.4664),  # ADP
    (-0.3886, -0.1652, -0.9400, -0.0719, -0.0700, -0.3323, -0.0196, -0.3863, -0.6537, -0.4137, -0.4442, -0.4947, -0.1060),  # NUM
    (0.0018, -0.1213, -0.0960, -0.0891, 0.2214, -0.1115, 0.1638, -0.0907, 0.0365, -0.7205, -0.4605, 0.1122, 0.0191),  # CONJ
    (0.0166, 0.0175, 0.1941, 0.2509, 0.2380, 0.3488, 0.2437, 0.1963, 0.1393, -0.9846, -0.0441, 0.1547, 0.1602),  # PUNCT
    (0.0638, -0.1162, -0.5430, 0.0191, -0.0126, -0.4605, -0.4470, 0.0191, -0.3419, -0.5022, -0.3639, -0.0934, 0.9636),  # OTHER
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
