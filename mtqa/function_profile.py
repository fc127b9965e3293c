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
CORPUS_DIGEST = "4d76eb314553d4bd"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0735, -0.3118, -0.2481),
    "about": (-0.2717, -0.1410, -0.5627),
    "above": (0.1797, 0.0820, 0.0079),
    "across": (-0.4776, -0.5030, 0.0079),
    "after": (0.2226, -0.4604, -0.0791),
    "against": (0.4578, 0.8513, -0.1592),
    "all": (-0.0178, -0.0741, 0.0079),
    "along": (-0.3976, -0.2153, -0.0874),
    "already": (0.1545, 0.3333, -0.0722),
    "also": (0.2415, 0.4755, 0.4674),
    "although": (-0.0347, 0.1330, 0.1032),
    "am": (-0.1665, 0.0746, -0.4274),
    "amid": (0.0079, 0.1797, 0.0079),
    "among": (0.5622, 0.5277, 0.0079),
    "an": (-0.2604, -0.2726, 0.3133),
    "and": (0.0375, 0.0540, -0.2204),
    "another": (-0.3668, -0.2204, -0.1744),
    "any": (-0.2975, -0.1957, -0.1744),
    "are": (0.1241, -0.3335, 0.0592),
    "around": (-0.1065, -0.4500, -0.0722),
    "as": (-0.0789, 0.0199, -0.3550),
    "at": (-0.0675, -0.6980, -0.3286),
    "be": (-0.2826, -0.3248, -0.0874),
    "because": (0.0629, 0.0079, 0.3443),
    "been": (-0.3976, -0.2267, 0.1620),
    "before": (-0.0975, -0.4731, -0.0662),
    "behind": (-0.1463, 0.0879, -0.0874),
    "being": (-0.1352, -0.2916, -0.4846),
    "below": (0.0079, 0.1510, -0.4621),
    "between": (0.8888, 0.5403, 0.0079),
    "beyond": (0.0769, 0.2956, -0.3286),
    "both": (-0.1888, 0.3513, 0.0079),
    "but": (-0.1128, -0.4103, 0.0724),
    "by": (0.1613, 0.0296, 0.1171),
    "can": (-0.1173, -0.3454, -0.1463),
    "could": (-0.2524, -0.2922, 0.0079),
    "despite": (0.2547, -0.2641, 0.0079),
    "did": (0.0711, -0.5311, 0.0079),
    "do": (-0.2615, -0.1257, 0.0724),
    "does": (0.2956, -0.1592, 0.2490),
    "during": (0.5770, -0.1257, 0.0079),
    "each": (-0.2798, -0.1832, 0.0079),
    "either": (0.0949, -0.1463, -0.1592),
    "even": (-0.0510, 0.2956, 0.0079),
    "every": (-0.0791, -0.3619, -0.0874),
    "few": (0.0079, 0.1902, 0.0079),
    "for": (-0.1888, -0.2091, -0.4489),
    "from": (-0.1165, -0.1103, -0.6163),
    "had": (-0.0302, -0.2052, 0.0879),
    "has": (-0.0900, 0.1442, 0.0079),
    "have": (-0.2631, 0.0707, 0.0079),
    "he": (0.0079, 0.4392, -0.2545),
    "her": (0.3333, 0.0890, 0.0769),
    "here": (0.1379, 0.2155, -0.1814),
    "herself": (-0.1744, -0.0874, 0.0079),
    "him": (0.2875, -0.1099, 0.0793),
    "himself": (-0.0528, -0.2545, -0.1463),
    "his": (-0.2641, 0.2776, 0.1749),
    "how": (-0.5517, -0.5900, 0.0079),
    "however": (0.4779, 0.2702, 0.3283),
    "i": (0.3538, -0.1640, -0.3976),
    "if": (-0.1790, 0.0079, 0.0079),
    "in": (0.0691, 0.2079, -0.5464),
    "into": (-0.6943, -0.2859, -0.2545),
    "is": (0.1002, 0.0155, 0.1414),
    "it": (0.0897, -0.2954, -0.1319),
    "its": (0.1704, 0.2722, 0.0079),
    "itself": (0.1902, 0.1749, 0.0079),
    "just": (-0.8841, -0.6163, 0.0079),
    "many": (-0.0611, 0.0451, -0.3976),
    "may": (-0.2210, 0.0377, 0.1749),
    "me": (0.4307, 0.1704, 0.2761),
    "might": (-0.3488, 0.0820, 0.0079),
    "more": (-0.2197, -0.2798, -0.2153),
    "most": (-0.2333, -0.3123, -0.2545),
    "much": (-0.5120, -0.4441, -0.0567),
    "must": (0.3607, 0.5526, -0.0874),
    "my": (0.0949, 0.3593, 0.0079),
    "near": (-0.6853, -0.5030, 0.0079),
    "neither": (0.0949, -0.1592, 0.0079),
    "no": (0.0079, -0.3515, 0.0619),
    "nor": (-0.0662, 0.0949, 0.0079),
    "not": (0.1634, 0.0959, 0.0619),
    "of": (0.3840, 0.3384, -0.2747),
    "off": (-0.9795, -0.2604, 0.2155),
    "on": (-0.0496, -0.0787, -0.3860),
    "one": (-0.0704, -0.6436, -0.0939),
    "only": (-0.1387, -0.3830, -0.3023),
    "onto": (0.0079, -0.0874, 0.0079),
    "or": (-0.1863, -0.3617, -0.0662),
    "other": (-0.1998, 0.0247, 0.1414),
    "our": (-0.2333, -0.1810, -0.0874),
    "ourselves": (0.1510, 0.0079, -0.1744),
    "out": (-0.2490, -0.3694, -0.5740),
    "over": (-0.3322, -0.5449, -0.4170),
    "own": (-0.2545, -0.5167, -0.0791),
    "per": (-0.2545, -1.4585, -0.2545),
    "said": (-0.0532, -0.5601, -0.0653),
    "same": (0.0820, -0.1013, -0.3023),
    "says": (-1.1026, -0.5407, -0.0528),
    "shall": (0.2490, 0.1032, 0.0079),
    "she": (-0.1944, -0.3488, 0.0079),
    "should": (0.0273, 0.1587, -0.0791),
    "since": (0.4228, -0.1055, 0.1032),
    "so": (-0.0321, -0.0409, -0.1319),
    "some": (-0.3868, -0.6026, -0.2545),
    "still": (-0.0611, -0.2798, -0.0874),
    "such": (0.5675, 0.3987, -0.0722),
    "than": (0.2540, -0.3306, -0.2798),
    "that": (0.4147, -0.0659, 0.0266),
    "the": (0.0344, 0.2027, -0.0722),
    "their": (-0.6554, -0.2735, 0.0949),
    "them": (0.0667, -0.0636, -0.1680),
    "themselves": (-0.2434, -0.0791, -0.2798),
    "then": (0.0079, -0.0462, -0.3550),
    "there": (-0.1580, -0.5517, -0.1257),
    "these": (0.1620, -0.0037, -0.0874),
    "they": (-0.2652, -0.3319, -0.0791),
    "this": (-0.0366, 0.0229, 0.3064),
    "those": (-0.3331, -0.7605, -0.1744),
    "though": (-0.3976, 0.1902, -0.0874),
    "through": (-0.6224, 0.1704, 0.0079),
    "to": (-0.0227, -0.0377, -0.5407),
    "too": (-0.1863, 0.0079, -0.0567),
    "toward": (-0.1463, 0.2020, -0.0874),
    "towards": (0.5043, 0.4497, 0.0079),
    "under": (0.0514, -0.3976, 0.0079),
    "unless": (0.0079, 0.0079, 0.0079),
    "until": (-0.6853, -0.2516, 0.0079),
    "up": (-0.5215, -1.0359, -0.3799),
    "upon": (-0.1173, 0.2761, 0.1032),
    "us": (-0.5369, 0.2798, 0.2310),
    "very": (0.0769, 0.2878, -0.0791),
    "via": (0.4674, -0.2975, 0.0079),
    "was": (-0.5976, -0.3680, -0.2333),
    "we": (0.0953, -0.2367, 0.0949),
    "were": (-0.2265, -0.4205, 0.0079),
    "what": (-0.1312, -0.2922, -0.2153),
    "when": (-0.6682, -0.2572, 0.0949),
    "where": (0.0407, -0.0681, -0.0791),
    "whereas": (0.1902, 0.1902, 0.0079),
    "whether": (-0.3830, -0.3716, 0.0079),
    "which": (0.1369, 0.1215, 0.3180),
    "while": (-0.5922, -0.1631, -0.1592),
    "who": (-0.2376, -0.2153, 0.3443),
    "whom": (0.4674, 0.1902, 0.0079),
    "whose": (0.0079, 0.0079, 0.0079),
    "why": (-0.2798, 0.0079, 0.0079),
    "will": (-0.3460, 0.1209, 0.0079),
    "with": (-0.1000, 0.1152, -0.2034),
    "within": (0.4328, -0.0386, 0.0079),
    "without": (0.1357, -0.2684, 0.0079),
    "would": (-0.3393, -0.2072, -0.0791),
    "yet": (0.1032, -0.1257, -0.5799),
    "you": (0.2410, -0.0674, 0.4353),
    "your": (0.0079, -0.0901, -0.0874),
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
