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
CORPUS_DIGEST = "458aa7986c31eb97"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2458, -0.3822, -0.2019, -0.2206, -0.1813, -0.2619, -0.2764, -0.3120, 0.1083, -0.3707, -0.0315, 0.0793, -0.1538),  # NOUN
    (-0.2252, -0.0674, 0.0291, 0.2089, 0.0318, 0.3168, -0.0999, 0.1863, 0.3405, -0.1334, 0.1812, 0.1797, 0.1836),  # PROPN
    (-0.1460, 0.0303, -0.2330, -0.4581, 0.1025, -0.1160, -0.0468, -0.1166, -0.0369, -0.4611, -0.3372, -0.0646, 0.0528),  # VERB
    (-0.0715, 0.2759, -0.1286, 0.0528, 0.0136, -0.1768, -0.0808, -0.2609, 0.2246, -0.0425, 0.2198, -0.1808, -0.0425),  # MODAL
    (0.2277, 0.2858, -0.3108, -0.0751, 0.2905, -0.2110, -0.3714, 0.0528, -0.1549, -0.5608, 0.4471, 0.0479, 0.0063),  # ADJ
    (-0.3788, -0.0773, 0.0723, -0.3527, -0.0754, 0.0362, -0.2534, -0.3414, -0.1085, -0.3310, -0.1295, -0.1250, -0.0213),  # ADV
    (0.0311, 0.1098, -0.1097, -0.0650, 0.2033, -0.3134, 0.1468, 0.1041, -0.2837, 0.1166, -0.0079, 0.0632, -0.2837),  # DET
    (0.0314, 0.1931, -0.0422, -0.0422, 0.0071, -0.0252, -0.0044, 0.2924, 0.0784, -0.2631, -0.0499, -0.0562, -0.6874),  # PRON
    (-0.1638, 0.3228, -0.0283, -0.4862, 0.2335, -0.3555, 0.1541, 0.0071, -0.2928, -0.3224, -0.4722, -0.6322, -0.5304),  # ADP
    (-0.3136, -0.3879, -0.9361, -0.2775, -0.2383, -0.4680, 0.0528, -0.3527, -0.5960, -0.1704, -0.3188, -0.5352, -0.2192),  # NUM
    (-0.0337, 0.0620, -0.1374, -0.1849, 0.2938, -0.1537, 0.2084, -0.0501, 0.0659, -0.5298, -0.6012, -0.0242, 0.0528),  # CONJ
    (-0.0000, 0.0446, 0.1748, 0.1024, 0.2427, 0.3044, 0.2138, 0.1310, 0.1156, -1.0167, -0.0325, -0.0038, 0.0794),  # PUNCT
    (0.1151, 0.0677, -0.4581, 0.0528, 0.0407, -0.4032, -0.5640, 0.0063, -0.3762, -0.4753, -0.3935, -0.2295, 0.8637),  # OTHER
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
