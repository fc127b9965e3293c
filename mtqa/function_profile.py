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
CORPUS_DIGEST = "72a4c2685553c798"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0316, -0.3057, -0.2345),
    "about": (-0.3221, -0.1591, -0.6204),
    "above": (0.2911, 0.1399, -0.0143),
    "across": (-0.6139, -0.5449, -0.0143),
    "after": (0.1844, -0.4055, -0.1013),
    "against": (0.4587, 0.7589, -0.1813),
    "all": (0.0680, -0.0759, 0.0658),
    "along": (-0.3709, -0.1684, -0.1096),
    "already": (0.1323, 0.3112, -0.0943),
    "also": (0.2411, 0.4506, 0.4453),
    "although": (-0.0143, 0.0503, 0.0811),
    "am": (-0.1886, 0.1239, -0.4496),
    "amid": (0.2481, 0.1035, -0.0143),
    "among": (0.4966, 0.5735, -0.0143),
    "an": (-0.2219, -0.2677, 0.1799),
    "and": (0.0167, 0.0328, -0.2268),
    "another": (-0.3889, -0.2320, -0.2656),
    "any": (-0.3196, -0.2074, -0.1966),
    "are": (0.1604, -0.3481, 0.0911),
    "around": (-0.0450, -0.4632, -0.0943),
    "as": (-0.0431, -0.0275, -0.3327),
    "at": (-0.0490, -0.6276, -0.3507),
    "be": (-0.2784, -0.2949, -0.0630),
    "because": (0.1609, 0.0599, 0.3222),
    "been": (-0.4197, -0.2016, 0.1399),
    "before": (-0.1061, -0.4197, -0.1684),
    "behind": (-0.1255, 0.0658, -0.1096),
    "being": (-0.2035, -0.2406, -0.5067),
    "below": (-0.0143, 0.1288, -0.4197),
    "between": (0.7434, 0.4070, -0.0143),
    "beyond": (0.0547, 0.2089, -0.2766),
    "both": (-0.1746, 0.1849, 0.0811),
    "but": (-0.0460, -0.3789, 0.0503),
    "by": (0.1884, 0.0168, 0.0949),
    "can": (-0.0994, -0.3878, -0.1684),
    "could": (-0.2431, -0.3546, -0.0143),
    "despite": (0.2417, -0.3507, -0.0143),
    "did": (0.1193, -0.5107, -0.0943),
    "do": (-0.2594, -0.1052, 0.0503),
    "does": (0.3424, -0.1813, 0.1528),
    "during": (0.4827, -0.1052, -0.0143),
    "each": (-0.3889, -0.0922, -0.0143),
    "either": (0.0728, -0.1684, -0.0143),
    "even": (0.0483, 0.2734, -0.0143),
    "every": (-0.1013, -0.3470, -0.1096),
    "few": (-0.0143, 0.1738, -0.0143),
    "for": (-0.1852, -0.2320, -0.5132),
    "from": (-0.1177, -0.1226, -0.6710),
    "had": (0.0262, -0.2100, 0.0658),
    "has": (-0.0667, 0.1435, 0.0811),
    "have": (-0.2363, 0.1134, 0.0547),
    "he": (0.0171, 0.4350, -0.2766),
    "her": (0.4782, 0.1864, 0.0547),
    "here": (0.1730, 0.1934, -0.2110),
    "herself": (-0.1096, -0.1096, -0.0143),
    "him": (0.2734, -0.1966, 0.0949),
    "himself": (0.0503, -0.2766, -0.1684),
    "his": (-0.2374, 0.2346, 0.0728),
    "how": (-0.5016, -0.6561, -0.0143),
    "however": (0.4557, 0.1681, 0.3912),
    "i": (0.3300, -0.1568, -0.4197),
    "if": (-0.2084, -0.0143, -0.0143),
    "in": (0.0871, 0.1982, -0.3293),
    "into": (-0.7370, -0.3428, -0.1966),
    "is": (0.1473, -0.0122, 0.2009),
    "it": (0.0893, -0.3187, -0.0884),
    "its": (0.2089, 0.2635, -0.0143),
    "itself": (0.1681, 0.1528, -0.0143),
    "just": (-0.8027, -0.5941, -0.0143),
    "many": (-0.1574, 0.0647, -0.4197),
    "may": (-0.1966, 0.1799, 0.1528),
    "me": (0.4086, 0.2221, 0.2540),
    "might": (-0.3709, 0.1399, -0.0143),
    "more": (-0.2191, -0.2287, -0.2374),
    "most": (-0.2278, -0.3851, -0.2766),
    "much": (-0.5807, -0.3370, -0.0832),
    "must": (0.2540, 0.5103, -0.1096),
    "my": (0.0728, 0.3479, -0.0143),
    "near": (-0.5533, -0.4355, -0.0143),
    "neither": (0.0728, -0.1813, -0.0143),
    "no": (0.0370, -0.3055, 0.0970),
    "nor": (-0.0884, 0.0728, -0.0143),
    "not": (0.2151, 0.1669, 0.2221),
    "of": (0.3792, 0.3424, -0.2206),
    "off": (-1.0359, -0.2825, 0.1934),
    "on": (-0.0890, -0.0762, -0.3358),
    "one": (-0.1131, -0.5949, -0.0832),
    "only": (-0.1684, -0.3572, -0.3244),
    "onto": (0.0728, -0.1096, -0.0143),
    "or": (-0.2136, -0.3701, 0.0658),
    "other": (-0.3019, 0.0503, 0.0547),
    "our": (-0.2554, -0.0829, -0.1096),
    "ourselves": (0.1288, -0.0143, -0.1966),
    "out": (-0.2352, -0.4051, -0.5038),
    "over": (-0.3507, -0.4843, -0.3999),
    "own": (-0.2766, -0.4971, -0.1013),
    "per": (-0.2766, -1.4685, -0.2766),
    "said": (-0.0890, -0.5936, -0.0984),
    "same": (0.1399, -0.0345, -0.3244),
    "says": (-1.0765, -0.4938, -0.0143),
    "shall": (0.2269, 0.0811, -0.0143),
    "she": (-0.0983, -0.3260, -0.0143),
    "should": (0.0674, 0.1470, -0.1013),
    "since": (0.4106, -0.0535, 0.0811),
    "so": (-0.0143, 0.0117, -0.1540),
    "some": (-0.2691, -0.5546, -0.2766),
    "still": (-0.1196, -0.2268, -0.1096),
    "such": (0.4831, 0.3160, -0.0943),
    "than": (0.2319, -0.2984, -0.3019),
    "that": (0.4129, -0.1093, 0.0452),
    "the": (0.0658, 0.1975, -0.0664),
    "their": (-0.6468, -0.2283, 0.0728),
    "them": (0.0961, -0.0857, -0.1627),
    "themselves": (-0.2656, -0.0143, -0.3019),
    "then": (-0.0520, -0.0714, -0.4417),
    "there": (-0.0744, -0.5739, -0.1540),
    "these": (0.1483, -0.0264, -0.1096),
    "they": (-0.1921, -0.3217, -0.1013),
    "this": (0.0098, 0.0285, 0.3424),
    "those": (-0.2938, -0.8213, -0.1966),
    "though": (-0.3397, 0.0811, -0.0143),
    "through": (-0.5663, 0.1576, -0.1096),
    "to": (0.0038, -0.0418, -0.5711),
    "too": (-0.1478, -0.0143, -0.0143),
    "toward": (-0.0943, 0.0547, -0.1096),
    "towards": (0.3912, 0.1864, -0.0143),
    "under": (0.0747, -0.4089, -0.0143),
    "unless": (0.0728, -0.0143, -0.0143),
    "until": (-0.6807, -0.3217, -0.0143),
    "up": (-0.5251, -1.0106, -0.3279),
    "upon": (-0.0832, 0.2540, 0.0811),
    "us": (-0.4082, 0.4165, 0.2602),
    "very": (0.1399, 0.3735, -0.1013),
    "via": (0.3341, -0.2084, -0.0143),
    "was": (-0.5851, -0.3285, -0.1013),
    "we": (0.1681, -0.2025, 0.0728),
    "were": (-0.1276, -0.3314, 0.0658),
    "what": (-0.0722, -0.2627, -0.3244),
    "when": (-0.5941, -0.2971, 0.0728),
    "where": (-0.0143, -0.1768, -0.1966),
    "whereas": (0.1681, 0.1681, -0.0143),
    "whether": (-0.3753, -0.4738, -0.0143),
    "which": (0.1534, 0.1068, 0.2959),
    "while": (-0.5969, -0.1842, -0.1813),
    "who": (-0.1936, -0.1276, 0.3222),
    "whom": (0.4453, 0.0811, -0.0143),
    "whose": (-0.0143, -0.0143, -0.0143),
    "why": (-0.2374, -0.0143, 0.0728),
    "will": (-0.3317, 0.1383, -0.0143),
    "with": (-0.0828, 0.0394, -0.2256),
    "within": (0.3267, -0.1609, -0.0143),
    "without": (0.1193, -0.1813, -0.0143),
    "would": (-0.3507, -0.2621, -0.1013),
    "yet": (0.0345, -0.1574, -0.6020),
    "you": (0.1934, -0.0608, 0.4132),
    "your": (-0.0143, -0.0581, -0.1096),
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
