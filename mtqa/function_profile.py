"""How far a text's use of function words is machine translation's rather than clean copy's.

Which closed-class words a text leans on, and what follows them, is the classic tell of
translated text (Koppel & Ordan 2011): a translation carries its source's connectives,
prepositions and determiners over. The document signal's other rates read only "the", "of the"
and "said"; this reads 156 closed-class words (`CLOSED_CLASS`), each with what follows it (another
of them, any other word, or punctuation and the line's end), weighed by its log-likelihood ratio,
MT against clean copy, learned as a Naive Bayes profile (add-10 over the 468 events) on the
real-copy corpus's tuning half and signal/ folder (written by benchmarks/function_profile_fit.py
--write; benchmarks/README.md, "Twenty-first round, second part"). No content word enters, so the
profile cannot learn a site's names; case is kept where it tells a listed word from a name or an
abbreviation (`events`), so the country's "US" is not the pronoun. A text's rate is the mean
ratio over its events: length does not scale it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# 156 closed-class words: the signal's function words (`translationese.FUNCTION_WORDS`) and 67 more
# prepositions, conjunctions, determiners, quantifiers, reflexive pronouns and closed-class adverbs
# (fixed before the profile was first measured; listed here, as translationese imports this module).
CLOSED_CLASS = tuple("""
a about above across after against all along already also although am amid among an and another any
are around as at be because been before behind being below between beyond both but by can could
despite did do does during each either even every few for from had has have he her here herself him
himself his how however i if in into is it its itself just many may me might more most much must my
near neither no nor not of off on one only onto or other our ourselves out over own per said same
says shall she should since so some still such than that the their them themselves then there these
they this those though through to too toward towards under unless until up upon us very via was we
were what when where whereas whether which while who whom whose why will with within without would
yet you your
""".split())
FOLLOWERS = ("F", "W", "P")  # another listed word, any other word, punctuation or the line's end
_CLOSED = frozenset(CLOSED_CLASS)
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d.,]*\d|\d|[^\w\s]")
_SKIPPED_BEFORE = frozenset("\"'“”‘’«»()[]{}—–-")  # looked past when finding what a word follows
_SENTENCE_ENDS = frozenset(".!?:…")

# log p(word, follower | MT) - log p(word, follower | clean), per word in FOLLOWERS' order.
# Written by `python benchmarks/function_profile_fit.py --write`, with CORPUS_DIGEST, the digest of
# the corpus files they were learned from; benchmarks/refit_gate.py refuses to run while it is stale.
CORPUS_DIGEST = "458aa7986c31eb97"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0662, -0.3132, -0.2207),
    "about": (-0.1960, -0.1572, -0.5099),
    "above": (0.1404, 0.1032, 0.0291),
    "across": (-0.5125, -0.5373, 0.0291),
    "after": (0.2400, -0.4340, -0.0579),
    "against": (0.3512, 0.8689, -0.1379),
    "all": (-0.0322, -0.1055, -0.0086),
    "along": (-0.4172, -0.1940, -0.0662),
    "already": (0.1244, 0.3546, -0.0509),
    "also": (0.2557, 0.4871, 0.4887),
    "although": (-0.0542, 0.1543, 0.1244),
    "am": (-0.1452, 0.0937, -0.4062),
    "amid": (0.0291, 0.2010, 0.0291),
    "among": (0.6090, 0.5490, 0.0291),
    "an": (-0.1650, -0.2839, 0.3345),
    "and": (0.0417, 0.0450, -0.2776),
    "another": (-0.4062, -0.2523, -0.2073),
    "any": (-0.2762, -0.2222, -0.1532),
    "are": (0.1112, -0.3249, 0.0804),
    "around": (-0.1119, -0.3970, -0.0509),
    "as": (-0.0962, 0.0117, -0.3338),
    "at": (-0.0529, -0.6887, -0.3983),
    "be": (-0.2803, -0.3223, -0.1106),
    "because": (0.0465, -0.1044, 0.3656),
    "been": (-0.3763, -0.2017, 0.1833),
    "before": (-0.0907, -0.4699, -0.1140),
    "behind": (-0.1250, 0.1833, -0.0662),
    "being": (-0.1140, -0.3051, -0.4633),
    "below": (-0.1140, 0.1722, -0.4409),
    "between": (0.9029, 0.5400, 0.0291),
    "beyond": (0.0981, 0.3168, -0.3073),
    "both": (-0.2366, 0.3811, 0.0291),
    "but": (-0.1457, -0.4314, 0.0937),
    "by": (0.1340, 0.0172, 0.1383),
    "can": (-0.1125, -0.3820, -0.1940),
    "could": (-0.2045, -0.3073, 0.0291),
    "despite": (0.2760, -0.2428, 0.0291),
    "did": (-0.0303, -0.5507, 0.0291),
    "do": (-0.2453, -0.0579, 0.0937),
    "does": (0.3168, -0.1379, 0.2703),
    "during": (0.5903, -0.0987, 0.0291),
    "each": (-0.3763, -0.1834, -0.1379),
    "either": (0.1161, -0.1250, -0.1379),
    "even": (-0.1119, 0.2703, 0.0291),
    "every": (-0.0579, -0.3937, -0.0662),
    "few": (0.0291, 0.1787, 0.0291),
    "for": (-0.1810, -0.2067, -0.4604),
    "from": (-0.1358, -0.1016, -0.5950),
    "had": (-0.0259, -0.2208, 0.1092),
    "has": (-0.0702, 0.1649, 0.0291),
    "have": (-0.2276, 0.0728, -0.0354),
    "he": (0.0373, 0.4510, -0.2332),
    "her": (0.3546, 0.0818, 0.0291),
    "here": (0.1689, 0.2368, -0.1940),
    "herself": (-0.1532, -0.0662, 0.0291),
    "him": (0.2770, -0.0886, 0.1345),
    "himself": (-0.0315, -0.2332, -0.1250),
    "his": (-0.2428, 0.3029, 0.1962),
    "how": (-0.6175, -0.6410, 0.0291),
    "however": (0.4991, 0.2915, 0.3276),
    "i": (0.2924, -0.1940, -0.4229),
    "if": (-0.2022, 0.0291, 0.0291),
    "in": (0.0656, 0.2104, -0.5462),
    "into": (-0.6904, -0.3441, -0.2332),
    "is": (0.1372, -0.0077, 0.0937),
    "it": (0.0712, -0.3173, -0.1106),
    "its": (0.1917, 0.2854, 0.0291),
    "itself": (0.2010, 0.2703, 0.0291),
    "just": (-0.9264, -0.6472, 0.0291),
    "many": (-0.0399, 0.0532, -0.3763),
    "may": (-0.1997, 0.0001, 0.1962),
    "me": (0.4859, 0.1917, 0.2233),
    "might": (-0.4229, 0.1722, 0.0291),
    "more": (-0.2049, -0.2741, -0.1940),
    "most": (-0.2471, -0.3444, -0.2332),
    "much": (-0.5174, -0.4527, -0.0354),
    "must": (0.3820, 0.5400, -0.0662),
    "my": (0.1161, 0.3415, 0.0291),
    "near": (-0.6640, -0.4817, 0.0291),
    "neither": (0.1161, -0.0509, 0.0291),
    "no": (0.0291, -0.3315, -0.0710),
    "nor": (-0.0450, 0.1962, 0.0291),
    "not": (0.1741, 0.1087, 0.0832),
    "of": (0.3772, 0.3355, -0.3695),
    "off": (-1.0154, -0.2963, 0.1627),
    "on": (-0.0187, -0.0803, -0.3539),
    "one": (-0.0960, -0.6232, -0.0726),
    "only": (-0.1140, -0.3763, -0.2810),
    "onto": (0.0291, -0.0662, 0.0291),
    "or": (-0.1650, -0.3435, -0.0450),
    "other": (-0.2391, 0.0210, 0.0937),
    "our": (-0.2120, -0.2263, -0.0662),
    "ourselves": (0.1722, 0.0291, -0.2332),
    "out": (-0.2710, -0.3482, -0.5528),
    "over": (-0.3162, -0.4597, -0.4335),
    "own": (-0.2332, -0.4954, -0.0579),
    "per": (-0.2332, -1.4417, -0.2332),
    "said": (-0.0474, -0.5448, -0.0423),
    "same": (0.1032, -0.0972, -0.2810),
    "says": (-1.1046, -0.5629, -0.0315),
    "shall": (0.2703, 0.1244, 0.0291),
    "she": (-0.1731, -0.3205, 0.0291),
    "should": (0.0482, 0.1800, -0.0579),
    "since": (0.4441, -0.0781, 0.1244),
    "so": (-0.0493, -0.0185, -0.2332),
    "some": (-0.3655, -0.5587, -0.2332),
    "still": (-0.0726, -0.2585, -0.0662),
    "such": (0.5944, 0.3774, -0.0509),
    "than": (0.2258, -0.3151, -0.2585),
    "that": (0.4018, -0.0526, 0.0291),
    "the": (0.0035, 0.2025, -0.0509),
    "their": (-0.6342, -0.3219, 0.1161),
    "them": (0.0577, -0.1044, -0.1715),
    "themselves": (-0.2222, -0.0579, -0.2585),
    "then": (-0.0072, 0.0025, -0.3338),
    "there": (-0.1762, -0.5305, -0.1044),
    "these": (0.1833, -0.0899, -0.1532),
    "they": (-0.2160, -0.3351, -0.0579),
    "this": (-0.0458, -0.0066, 0.2851),
    "those": (-0.2810, -0.7510, -0.1532),
    "though": (-0.3763, 0.2115, -0.0662),
    "through": (-0.6267, 0.1032, 0.0291),
    "to": (-0.0413, -0.0464, -0.5522),
    "too": (-0.1650, 0.0291, -0.0354),
    "toward": (-0.1250, 0.2233, -0.0662),
    "towards": (0.4566, 0.4169, 0.0291),
    "under": (0.0726, -0.3970, 0.0291),
    "unless": (0.0291, 0.0291, 0.0291),
    "until": (-0.6640, -0.2304, 0.0291),
    "up": (-0.5423, -1.0958, -0.3586),
    "upon": (-0.0960, 0.2974, 0.1244),
    "us": (-0.5400, 0.1292, 0.1570),
    "very": (0.0291, 0.3059, -0.0579),
    "via": (0.4887, -0.3275, 0.0291),
    "was": (-0.6052, -0.3885, -0.2471),
    "we": (0.1018, -0.2337, 0.0291),
    "were": (-0.2304, -0.4452, -0.1785),
    "what": (-0.1229, -0.2710, -0.1940),
    "when": (-0.6640, -0.2496, 0.1161),
    "where": (0.0609, -0.0945, -0.0579),
    "whereas": (0.2115, 0.2115, 0.0291),
    "whether": (-0.3907, -0.3504, 0.0291),
    "which": (0.1269, 0.1489, 0.3393),
    "while": (-0.5830, -0.2108, -0.1379),
    "who": (-0.2126, -0.1729, 0.3656),
    "whom": (0.4599, 0.2115, 0.0291),
    "whose": (0.0291, -0.0086, 0.0291),
    "why": (-0.2893, 0.0291, 0.0291),
    "will": (-0.3166, 0.1122, 0.0291),
    "with": (-0.0644, 0.1102, -0.2287),
    "within": (0.4540, -0.0618, 0.0291),
    "without": (0.1125, -0.2471, 0.0291),
    "would": (-0.3313, -0.1841, -0.0579),
    "yet": (0.1244, -0.1044, -0.5587),
    "you": (0.2571, -0.0869, 0.6169),
    "your": (0.0291, -0.0821, -0.0662),
}


def _sentence_first(tokens: list[str], i: int, first_word: int) -> bool:
    """Whether token `i` is the first word of its sentence: no word (or number) before it in the
    line (`first_word`, the index of the line's first such token, is not before i), or the
    nearest token before it that is not a quote, bracket or dash ends a sentence. Read back by
    index over the skipped marks only: copying the line up to each token (`tokens[:i]`) made a
    long line of title-case listed words quadratic (stop 46's fuzz: 6 s of one check)."""
    k = i - 1
    while k >= 0 and tokens[k] in _SKIPPED_BEFORE:
        k -= 1
    if k < 0:
        return True
    return tokens[k] in _SENTENCE_ENDS or first_word >= i


def _a_name(tokens: list[str], i: int, first_word: int) -> bool:
    """Whether listed-looking token `i` is a name or an abbreviation ("US", mid-sentence "May"),
    not the closed-class word: two or more letters all in capitals, or title case (first letter
    a capital, no other) where it is not its sentence's first word. The pronoun "I" is never one."""
    token = tokens[i]
    letters = [c for c in token if c.isalpha()]
    if token == "I" or not letters or not letters[0].isupper():
        return False
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return not any(c.isupper() for c in letters[1:]) and not _sentence_first(tokens, i, first_word)


def _kind(token: str) -> str:
    if token.lower() in _CLOSED:
        return "F"
    return "W" if token[0].isalnum() else "P"


def events(lines: Iterable[str]) -> Counter[str]:
    """Each listed word of some lines with what follows it in its line, as "word|F", "word|W" or
    "word|P". A token `_a_name` reads as a name is another word, not the listed one; in a line with
    no lowercase letter (a line in capitals) case tells nothing, and every token is read lowercased."""
    out: Counter[str] = Counter()
    for line in lines:
        tokens = TOKEN.findall(line)
        cased = any(c.islower() for c in line)
        kinds = [_kind(token) for token in tokens]
        if cased:  # only a listed-looking token can be a name read as another word
            first_word = next((k for k, token in enumerate(tokens) if token[0].isalnum()), len(tokens))
            kinds = ["W" if kind == "F" and _a_name(tokens, i, first_word) else kind for i, kind in enumerate(kinds)]
        for i, token in enumerate(tokens):
            if kinds[i] == "F":
                out[f"{token.lower()}|{kinds[i + 1] if i + 1 < len(tokens) else 'P'}"] += 1
    return out


def ratio(event: str) -> float:
    """The log-likelihood ratio of one event ("word|follower")."""
    word, follower = event.split("|")
    return RATIOS[word][FOLLOWERS.index(follower)]


def mean_ratio(lines: Iterable[str]) -> float | None:
    """The mean ratio over some lines' events; None without one."""
    counts = events(lines)
    total = sum(counts.values())
    return sum(n * ratio(e) for e, n in counts.items()) / total if total else None
