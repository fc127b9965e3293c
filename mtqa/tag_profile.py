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
CORPUS_DIGEST = "feff5ee7d06fb23c"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2123, -0.3925, -0.1521, -0.1649, -0.1806, -0.2527, -0.1910, -0.2260, 0.1097, -0.3431, -0.0308, 0.1052, -0.1073),  # NOUN
    (-0.1745, -0.0938, -0.0446, 0.2453, -0.0421, 0.0615, -0.1045, 0.1551, 0.2198, 0.0678, -0.0194, 0.1096, 0.0074),  # PROPN
    (-0.0796, -0.0967, -0.1420, -0.2061, 0.0784, -0.0950, -0.0384, -0.0479, -0.0229, -0.3878, -0.3053, -0.0039, 0.1075),  # VERB
    (-0.0719, 0.2698, -0.0406, 0.0074, 0.3097, -0.0972, -0.0927, -0.1932, 0.1833, -0.0879, 0.1898, -0.2504, -0.0879),  # MODAL
    (0.1769, 0.2044, -0.3487, -0.0414, 0.2020, -0.1974, -0.4534, -0.0481, -0.0775, -0.6695, 0.4129, 0.0263, 0.1793),  # ADJ
    (-0.2851, -0.2394, 0.0683, -0.1669, -0.0705, 0.1068, -0.2460, -0.3162, -0.1109, -0.3648, -0.1867, -0.0357, 0.0074),  # ADV
    (0.0737, 0.1243, -0.0627, 0.0074, 0.1372, -0.3625, 0.1616, 0.1252, -0.2200, -0.1413, 0.1410, 0.1739, -0.4389),  # DET
    (0.0890, -0.0283, 0.0001, -0.0163, -0.0921, -0.0090, 0.0764, 0.2536, 0.1584, -0.4781, 0.0720, -0.0295, -0.5775),  # PRON
    (-0.0990, 0.2152, -0.0028, -0.3580, 0.2156, -0.3042, 0.1568, -0.0016, -0.2977, -0.3552, -0.3603, -0.5131, -0.4521),  # ADP
    (-0.4080, -0.1728, -0.9370, -0.0391, -0.1183, -0.3062, -0.0854, -0.3555, -0.6366, -0.4158, -0.4739, -0.5125, -0.1177),  # NUM
    (-0.0234, -0.1480, -0.1024, -0.0748, 0.2241, -0.1112, 0.1687, -0.0730, 0.0133, -0.7252, -0.3721, 0.1252, 0.0074),  # CONJ
    (0.0100, 0.0091, 0.1828, 0.2438, 0.2287, 0.3384, 0.2488, 0.1917, 0.1386, -0.9856, -0.0404, 0.1372, 0.1570),  # PUNCT
    (0.0806, -0.1347, -0.5623, 0.0074, -0.0252, -0.4561, -0.3980, 0.0074, -0.3228, -0.4821, -0.3756, -0.1323, 0.9519),  # OTHER
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
