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
CORPUS_DIGEST = "a4cbd33f894ad6c0"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2479, -0.3954, -0.1899, -0.2306, -0.2200, -0.2559, -0.2467, -0.3339, 0.1068, -0.2575, -0.0312, 0.0837, -0.1468),  # NOUN
    (-0.2237, -0.0691, -0.0003, 0.1562, 0.0188, 0.2312, -0.0396, 0.1056, 0.3261, -0.1130, 0.1401, 0.1776, 0.1759),  # PROPN
    (-0.1439, 0.0020, -0.2285, -0.4499, 0.0966, -0.1087, -0.0442, -0.0953, -0.0348, -0.4308, -0.3388, -0.0643, -0.0445),  # VERB
    (-0.0496, 0.1562, -0.1418, 0.0020, -0.0780, -0.1747, -0.1803, -0.1890, 0.1472, -0.0933, 0.1691, -0.1890, -0.0933),  # MODAL
    (0.2231, 0.2664, -0.3027, -0.1258, 0.2908, -0.2250, -0.3969, 0.0475, -0.1368, -0.5763, 0.4654, 0.0142, -0.0467),  # ADJ
    (-0.3978, -0.0551, 0.0825, -0.3409, -0.0812, 0.0317, -0.2522, -0.3344, -0.1214, -0.3863, -0.2250, -0.1231, -0.0721),  # ADV
    (0.0287, 0.1106, -0.0869, -0.0233, 0.1904, -0.4009, 0.1494, 0.1263, -0.2742, 0.1317, 0.0666, 0.1178, -0.3657),  # DET
    (0.0586, 0.2027, -0.0313, -0.0574, 0.0240, -0.0531, -0.0278, 0.2123, 0.1154, -0.3482, 0.0020, -0.0228, -0.7284),  # PRON
    (-0.1498, 0.3036, -0.0296, -0.4499, 0.2346, -0.3251, 0.1476, 0.0279, -0.3124, -0.3463, -0.4891, -0.5876, -0.5088),  # ADP
    (-0.3128, -0.2900, -0.9116, -0.3727, -0.1756, -0.5256, 0.1120, -0.4034, -0.6077, -0.2335, -0.3944, -0.4832, -0.1698),  # NUM
    (-0.0414, 0.0206, -0.1231, -0.1803, 0.2789, -0.1290, 0.2118, -0.0622, 0.0303, -0.6199, -0.6111, 0.0227, 0.0020),  # CONJ
    (-0.0031, 0.0436, 0.1858, 0.1402, 0.2343, 0.3101, 0.2130, 0.1567, 0.1202, -0.9398, -0.0266, 0.0463, 0.0287),  # PUNCT
    (0.1238, 0.0400, -0.5118, 0.0020, 0.0453, -0.4891, -0.6098, -0.0445, -0.4680, -0.4623, -0.4442, -0.1986, 0.8130),  # OTHER
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
