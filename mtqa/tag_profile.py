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
CORPUS_DIGEST = "4a39db16114795a1"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2092, -0.3976, -0.1630, -0.1212, -0.1793, -0.2406, -0.2142, -0.2908, 0.1085, -0.2866, -0.0238, 0.1049, -0.0948),  # NOUN
    (-0.1501, -0.0785, -0.0565, 0.2675, -0.0766, 0.0470, -0.1210, 0.1472, 0.2162, 0.1104, -0.0209, 0.1205, 0.0285),  # PROPN
    (-0.0871, -0.1077, -0.1554, -0.1942, 0.0654, -0.0877, -0.0501, -0.0691, -0.0311, -0.3818, -0.3020, 0.0142, 0.1195),  # VERB
    (-0.0898, 0.2818, -0.0154, 0.0194, 0.3823, -0.0950, -0.0807, -0.1813, 0.2345, -0.0759, 0.2017, -0.2384, 0.0194),  # MODAL
    (0.1725, 0.2003, -0.3505, -0.0294, 0.1750, -0.1282, -0.4759, -0.0950, -0.0698, -0.6404, 0.3905, 0.0215, 0.1372),  # ADJ
    (-0.2817, -0.2275, 0.0704, -0.1550, -0.0576, 0.1355, -0.2319, -0.3510, -0.0909, -0.3793, -0.1989, -0.0250, 0.0194),  # ADV
    (0.0712, 0.1203, -0.0659, -0.0105, 0.1323, -0.3861, 0.1079, 0.1392, -0.2233, -0.1329, 0.1529, 0.1830, -0.4269),  # DET
    (0.0743, -0.0170, -0.0222, -0.0251, -0.0821, -0.0055, 0.0725, 0.2472, 0.1681, -0.5087, 0.0522, -0.0901, -0.5067),  # PRON
    (-0.0972, 0.2199, -0.0072, -0.3759, 0.2157, -0.3107, 0.1580, -0.0156, -0.3073, -0.3698, -0.3373, -0.4905, -0.3861),  # ADP
    (-0.4053, -0.1694, -0.9064, -0.0271, -0.1130, -0.2683, -0.0759, -0.3435, -0.6257, -0.4224, -0.4837, -0.5056, -0.1058),  # NUM
    (-0.0308, -0.1209, -0.1020, -0.0676, 0.1999, -0.0876, 0.1511, -0.0854, 0.0315, -0.7324, -0.3060, 0.1372, 0.0194),  # CONJ
    (0.0005, 0.0333, 0.1823, 0.3012, 0.2373, 0.3402, 0.2396, 0.2037, 0.1446, -0.9766, -0.0432, 0.1657, 0.0819),  # PUNCT
    (0.0920, -0.0683, -0.5349, 0.0194, -0.0031, -0.3946, -0.3753, -0.0294, -0.3553, -0.5242, -0.3636, -0.1457, 0.9638),  # OTHER
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
