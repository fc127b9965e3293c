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
CORPUS_DIGEST = "071e50f30b031fd4"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0414, -0.2957, -0.0883),
    "about": (-0.3344, -0.0859, -0.6098),
    "above": (0.2476, 0.1505, -0.0037),
    "across": (-0.5791, -0.3551, -0.0037),
    "after": (0.1884, -0.3726, -0.0907),
    "against": (0.5374, 0.8481, -0.1708),
    "all": (0.0116, -0.1018, 0.0371),
    "along": (-0.3291, -0.1578, -0.0990),
    "already": (0.1429, 0.3446, -0.1708),
    "also": (0.2733, 0.3433, 0.4018),
    "although": (-0.0037, 0.0608, 0.0916),
    "am": (-0.1755, 0.0389, -0.0037),
    "amid": (0.2587, 0.1786, -0.0037),
    "among": (0.4759, 0.5484, -0.0037),
    "an": (-0.1468, -0.2372, 0.2039),
    "and": (-0.0067, 0.0025, -0.1728),
    "another": (-0.3139, -0.1994, -0.1979),
    "any": (-0.3091, -0.0850, -0.1860),
    "are": (0.1576, -0.3192, 0.1588),
    "around": (-0.0727, -0.4431, -0.0837),
    "as": (-0.0633, -0.0223, -0.1215),
    "at": (-0.0504, -0.5390, -0.3402),
    "be": (-0.2076, -0.2216, -0.0525),
    "because": (0.2099, 0.0704, 0.3328),
    "been": (-0.3976, -0.1718, 0.1505),
    "before": (-0.0422, -0.2914, -0.1578),
    "behind": (-0.1215, 0.0763, -0.0990),
    "being": (-0.2449, -0.2199, -0.4390),
    "below": (-0.0837, 0.1394, -0.4092),
    "between": (0.6620, 0.4018, -0.0037),
    "beyond": (0.0653, 0.3328, -0.2661),
    "both": (-0.2085, 0.0653, 0.0916),
    "but": (-0.0664, -0.3015, -0.0037),
    "by": (0.1874, 0.0456, 0.1055),
    "can": (-0.1162, -0.3683, -0.2449),
    "could": (-0.2096, -0.4092, 0.0916),
    "despite": (0.1930, -0.2401, -0.0037),
    "did": (0.1141, -0.4092, -0.0837),
    "do": (-0.3582, -0.0037, 0.0608),
    "does": (0.3758, -0.0907, 0.1634),
    "during": (0.4506, -0.1503, -0.0037),
    "each": (-0.2800, -0.1806, -0.0990),
    "either": (0.0833, -0.2449, -0.0037),
    "even": (0.1345, 0.2476, -0.0037),
    "every": (-0.0907, -0.2429, -0.0990),
    "few": (-0.0037, 0.2936, -0.0037),
    "for": (-0.1601, -0.2184, -0.3485),
    "from": (-0.0971, -0.0837, -0.6968),
    "had": (0.0183, -0.0718, 0.0833),
    "has": (-0.0543, 0.1648, 0.0916),
    "have": (-0.2245, 0.1069, 0.1394),
    "he": (0.0740, 0.4483, -0.2661),
    "her": (0.4888, 0.0598, 0.0653),
    "here": (0.1682, -0.0037, -0.3551),
    "herself": (-0.0990, -0.0990, -0.0037),
    "him": (0.3114, -0.1289, 0.1055),
    "himself": (0.0608, -0.1860, -0.1578),
    "his": (-0.2268, 0.1895, 0.0833),
    "how": (-0.4557, -0.4932, -0.0037),
    "however": (0.4663, 0.1786, 0.4271),
    "i": (0.1861, -0.1755, -0.5145),
    "if": (-0.2238, -0.0837, -0.0037),
    "in": (0.0552, 0.1493, -0.3112),
    "into": (-0.6968, -0.2840, -0.1860),
    "is": (0.1727, 0.0539, 0.2522),
    "it": (0.1323, -0.2735, -0.0304),
    "its": (0.2194, 0.1908, -0.0037),
    "itself": (0.1786, 0.1634, -0.0037),
    "just": (-0.7551, -0.6168, -0.0037),
    "many": (-0.1170, 0.0436, -0.3402),
    "may": (-0.2073, 0.1662, 0.1634),
    "me": (0.3820, 0.3017, 0.2646),
    "might": (-0.1979, 0.2375, -0.0037),
    "more": (-0.2449, -0.2268, -0.2914),
    "most": (-0.2268, -0.4855, -0.2661),
    "much": (-0.5250, -0.4806, -0.0037),
    "must": (0.2739, 0.5506, -0.0990),
    "my": (-0.0037, 0.1345, -0.0037),
    "near": (-0.5427, -0.3604, -0.0037),
    "neither": (0.0833, -0.1708, -0.0037),
    "no": (0.0504, -0.2438, 0.1075),
    "nor": (-0.0037, 0.0833, -0.0037),
    "not": (0.3041, 0.2062, 0.3017),
    "of": (0.3743, 0.3037, -0.1824),
    "off": (-1.0051, -0.3520, 0.2039),
    "on": (-0.0747, -0.0432, -0.2740),
    "one": (-0.1619, -0.6015, -0.0388),
    "only": (-0.1909, -0.3265, -0.2449),
    "onto": (0.0833, -0.0990, -0.0037),
    "or": (-0.0331, -0.2141, 0.0763),
    "other": (-0.1578, 0.0674, 0.0653),
    "our": (-0.1708, -0.1146, -0.0037),
    "ourselves": (0.3065, -0.0037, -0.1860),
    "out": (-0.1898, -0.4092, -0.5145),
    "over": (-0.3840, -0.5473, -0.3894),
    "own": (-0.1860, -0.4214, -0.0907),
    "per": (-0.2661, -1.5417, -0.2661),
    "said": (-0.0830, -0.5766, 0.0253),
    "same": (0.1505, -0.0037, -0.3139),
    "says": (-1.0022, -0.5633, 0.0608),
    "shall": (0.2375, -0.0037, -0.0037),
    "she": (-0.0559, -0.2579, -0.0037),
    "should": (0.1017, 0.3372, -0.0907),
    "since": (0.3411, -0.0643, 0.0916),
    "so": (-0.0257, -0.0037, -0.0525),
    "some": (-0.4092, -0.5813, -0.2661),
    "still": (-0.1170, -0.1994, -0.0990),
    "such": (0.4927, 0.4192, -0.0037),
    "than": (0.2587, -0.4035, -0.3604),
    "that": (0.4066, -0.1330, 0.0797),
    "the": (0.0608, 0.1848, -0.0568),
    "their": (-0.5633, -0.2473, 0.0833),
    "them": (0.0504, -0.0414, -0.2004),
    "themselves": (-0.1372, -0.0037, -0.2268),
    "then": (-0.0807, -0.0365, -0.4311),
    "there": (-0.0754, -0.4632, -0.0990),
    "these": (0.3017, 0.0377, -0.0990),
    "they": (-0.1814, -0.3504, -0.1860),
    "this": (0.0903, 0.0641, 0.4531),
    "those": (-0.1532, -0.6618, -0.1860),
    "though": (-0.3291, 0.0916, -0.0037),
    "through": (-0.5473, -0.0037, -0.0990),
    "to": (0.0021, -0.0295, -0.6309),
    "too": (-0.1372, -0.0037, -0.0727),
    "toward": (-0.0837, 0.0704, -0.0990),
    "towards": (0.4271, 0.2840, -0.0037),
    "under": (0.0210, -0.3500, -0.0037),
    "unless": (0.0833, -0.0037, -0.0037),
    "until": (-0.5558, -0.2914, -0.0037),
    "up": (-0.4969, -0.9953, -0.2781),
    "upon": (0.0763, 0.1394, 0.0916),
    "us": (-0.4092, 0.4271, 0.3248),
    "very": (0.1505, 0.3065, -0.0907),
    "via": (0.3446, -0.2268, -0.0037),
    "was": (-0.6186, -0.3021, -0.0907),
    "we": (0.2060, -0.1678, 0.0833),
    "were": (-0.1289, -0.3515, -0.0037),
    "what": (-0.0778, -0.1994, -0.3139),
    "when": (-0.5473, -0.2550, 0.0833),
    "where": (-0.0231, -0.2550, -0.0990),
    "whereas": (0.1786, 0.1786, -0.0037),
    "whether": (-0.3022, -0.3520, -0.0037),
    "which": (0.1816, 0.0887, 0.3065),
    "while": (-0.6576, -0.2188, -0.0907),
    "who": (-0.0598, -0.1628, 0.3328),
    "whom": (0.2840, 0.0916, -0.0037),
    "whose": (-0.0037, -0.0463, -0.0037),
    "why": (-0.1578, 0.0653, 0.0833),
    "will": (-0.1870, 0.1946, -0.0837),
    "with": (-0.0889, 0.0311, -0.1215),
    "within": (0.3087, -0.1038, -0.0037),
    "without": (0.0451, -0.2173, -0.0037),
    "would": (-0.3582, -0.2563, -0.0907),
    "yet": (0.0451, -0.0778, -0.5915),
    "you": (0.1761, -0.2228, 0.1215),
    "your": (-0.0037, -0.0864, -0.0990),
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
