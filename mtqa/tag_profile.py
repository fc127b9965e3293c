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
CORPUS_DIGEST = "72a4c2685553c798"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2537, -0.4273, -0.1806, -0.2382, -0.2370, -0.2371, -0.2431, -0.3191, 0.1046, -0.3158, -0.0319, 0.0820, -0.1599),  # NOUN
    (-0.2203, -0.0716, -0.0126, 0.1800, 0.0190, 0.2209, -0.0144, 0.1670, 0.3176, -0.1126, 0.0970, 0.1759, 0.1426),  # PROPN
    (-0.1315, 0.0073, -0.2146, -0.4139, 0.0791, -0.0891, -0.0398, -0.0737, -0.0358, -0.4446, -0.3219, -0.0449, -0.0392),  # VERB
    (-0.0533, 0.2485, -0.1405, 0.0073, -0.0335, -0.1750, -0.1750, -0.1837, 0.1843, -0.0880, 0.1744, -0.1837, -0.0880),  # MODAL
    (0.2144, 0.2537, -0.3188, -0.1670, 0.2822, -0.2238, -0.3711, 0.0303, -0.1281, -0.5505, 0.4679, 0.0343, -0.0414),  # ADJ
    (-0.3902, -0.0823, 0.0889, -0.2689, -0.0564, 0.0691, -0.2458, -0.3344, -0.1052, -0.3578, -0.1750, -0.1109, -0.0668),  # ADV
    (0.0324, 0.1169, -0.0729, -0.0467, 0.1893, -0.3336, 0.1731, 0.1659, -0.2850, 0.0778, 0.0719, 0.1089, -0.4782),  # DET
    (0.0729, 0.1707, -0.0091, -0.0533, 0.0304, -0.0558, 0.0073, 0.2391, 0.1409, -0.3527, 0.0645, -0.0181, -0.7174),  # PRON
    (-0.1544, 0.2947, -0.0276, -0.4535, 0.2284, -0.3324, 0.1495, 0.0442, -0.3056, -0.3530, -0.4934, -0.5877, -0.5035),  # ADP
    (-0.3291, -0.2781, -0.9279, -0.2689, -0.1649, -0.4966, 0.0533, -0.3783, -0.6213, -0.3707, -0.4460, -0.5038, -0.2290),  # NUM
    (-0.0346, -0.0165, -0.1150, -0.2052, 0.2611, -0.1074, 0.1906, -0.0501, 0.0559, -0.6927, -0.6058, 0.0499, 0.0073),  # CONJ
    (-0.0152, 0.0469, 0.1871, 0.1479, 0.2490, 0.3203, 0.2297, 0.1737, 0.1262, -0.9535, -0.0195, 0.0479, 0.0340),  # PUNCT
    (0.0956, 0.0299, -0.5523, 0.0073, 0.0164, -0.5338, -0.5523, -0.0392, -0.5460, -0.3981, -0.4389, -0.2158, 0.8183),  # OTHER
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
