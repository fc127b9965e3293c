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
CORPUS_DIGEST = "4d76eb314553d4bd"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2536, -0.3919, -0.1937, -0.2238, -0.2070, -0.2479, -0.2533, -0.3570, 0.1110, -0.3587, -0.0292, 0.0823, -0.1603),  # NOUN
    (-0.2327, -0.0816, 0.0258, 0.1667, 0.0227, 0.2972, -0.1002, 0.1136, 0.3205, -0.1338, 0.1653, 0.1727, 0.1919),  # PROPN
    (-0.1386, 0.0191, -0.2371, -0.4537, 0.1164, -0.1178, -0.0442, -0.1137, -0.0371, -0.4387, -0.3369, -0.0591, 0.0281),  # VERB
    (-0.0780, 0.2512, -0.1403, 0.0281, -0.0519, -0.1832, -0.1542, -0.2463, 0.1999, -0.0672, 0.1952, -0.1630, -0.0672),  # MODAL
    (0.2331, 0.2859, -0.2993, -0.0997, 0.3173, -0.2211, -0.3711, 0.0955, -0.1434, -0.5597, 0.4952, 0.0331, 0.0281),  # ADJ
    (-0.3936, -0.0787, 0.0729, -0.3774, -0.0700, 0.0338, -0.2672, -0.3470, -0.1050, -0.3334, -0.1605, -0.1170, -0.0460),  # ADV
    (0.0304, 0.1094, -0.1037, -0.0925, 0.2028, -0.3677, 0.1247, 0.1092, -0.2750, 0.1211, 0.0926, 0.0660, -0.3233),  # DET
    (0.0329, 0.2205, -0.0466, -0.0636, 0.0433, -0.0317, -0.0164, 0.2555, 0.0746, -0.2522, -0.0260, -0.0496, -0.6834),  # PRON
    (-0.1530, 0.3098, -0.0250, -0.4537, 0.2433, -0.3367, 0.1485, 0.0144, -0.3007, -0.3421, -0.5210, -0.6164, -0.5315),  # ADP
    (-0.3119, -0.3716, -0.9062, -0.3021, -0.1813, -0.4995, 0.1081, -0.3774, -0.6104, -0.2040, -0.4040, -0.5134, -0.1950),  # NUM
    (-0.0346, 0.0417, -0.1170, -0.1950, 0.3008, -0.1575, 0.2164, -0.0578, 0.0416, -0.6005, -0.6258, 0.0281, 0.0281),  # CONJ
    (-0.0065, 0.0377, 0.1857, 0.1299, 0.2341, 0.3063, 0.2165, 0.1496, 0.1125, -0.9788, -0.0258, 0.0297, 0.0548),  # PUNCT
    (0.1267, 0.0592, -0.4856, 0.0281, 0.0323, -0.3699, -0.5697, -0.0184, -0.4515, -0.3918, -0.4182, -0.2208, 0.8390),  # OTHER
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
