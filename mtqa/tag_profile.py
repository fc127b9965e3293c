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
CORPUS_DIGEST = "96d059a54c8d796a"
RATIOS: tuple[tuple[float, ...], ...] = (
    (-0.2488, -0.3988, -0.1766, -0.1951, -0.2238, -0.2445, -0.2348, -0.2993, 0.0967, -0.2772, -0.0280, 0.0955, -0.1402),  # NOUN
    (-0.1854, -0.0684, -0.0231, 0.2117, 0.0009, 0.2512, -0.0428, 0.2098, 0.3001, -0.0431, 0.0877, 0.1606, 0.1037),  # PROPN
    (-0.1215, -0.0090, -0.2057, -0.3097, 0.0822, -0.0935, -0.0381, -0.0827, -0.0358, -0.4389, -0.3138, -0.0371, 0.0619),  # VERB
    (-0.0258, 0.2542, -0.1051, 0.0131, 0.3008, -0.1692, -0.1692, -0.1780, 0.1672, -0.0822, 0.1801, -0.1780, -0.0822),  # MODAL
    (0.2035, 0.2367, -0.3500, -0.0779, 0.2461, -0.1895, -0.4068, 0.0131, -0.1103, -0.5931, 0.4481, 0.0559, -0.0382),  # ADJ
    (-0.3840, -0.0973, 0.0826, -0.3097, -0.0664, 0.0456, -0.2660, -0.3136, -0.1036, -0.3804, -0.1762, -0.0946, -0.0610),  # ADV
    (0.0399, 0.1173, -0.0799, -0.0143, 0.1751, -0.3669, 0.1649, 0.1486, -0.2546, 0.0392, 0.1466, 0.1165, -0.4724),  # DET
    (0.0521, 0.1234, 0.0024, -0.0400, -0.0393, -0.0382, 0.0453, 0.2669, 0.1474, -0.4159, 0.1344, -0.0003, -0.6607),  # PRON
    (-0.1445, 0.2810, -0.0267, -0.4437, 0.2221, -0.3498, 0.1484, 0.0190, -0.2927, -0.3514, -0.5191, -0.5777, -0.4724),  # ADP
    (-0.3418, -0.2308, -0.9640, -0.2632, -0.1400, -0.4978, 0.0010, -0.3726, -0.6208, -0.4371, -0.4512, -0.4984, -0.2233),  # NUM
    (-0.0369, -0.0453, -0.1128, -0.1372, 0.2561, -0.1023, 0.1902, -0.0610, 0.0688, -0.7232, -0.5575, 0.0566, 0.0131),  # CONJ
    (0.0266, 0.0500, 0.1815, 0.1537, 0.2611, 0.3213, 0.2254, 0.2024, 0.1343, -0.9645, -0.0362, 0.0632, 0.0671),  # PUNCT
    (0.0815, -0.0109, -0.5419, 0.0131, 0.0275, -0.4978, -0.5102, -0.0334, -0.4890, -0.4081, -0.3924, -0.1770, 0.8240),  # OTHER
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
