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
CORPUS_DIGEST = "96d059a54c8d796a"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0435, -0.2991, -0.2197),
    "about": (-0.3338, -0.0604, -0.6146),
    "above": (0.2970, 0.1457, -0.0084),
    "across": (-0.6246, -0.4980, -0.0084),
    "after": (0.1552, -0.3449, -0.0954),
    "against": (0.4975, 0.7827, -0.1755),
    "all": (0.0786, -0.0922, 0.0716),
    "along": (-0.3138, -0.1626, -0.1037),
    "already": (0.1382, 0.3281, -0.1755),
    "also": (0.1835, 0.4135, 0.3970),
    "although": (-0.0084, 0.0561, 0.0869),
    "am": (-0.1196, -0.0476, -0.0954),
    "amid": (0.2539, 0.1094, -0.0084),
    "among": (0.4569, 0.5512, -0.0084),
    "an": (-0.1515, -0.2486, 0.1857),
    "and": (0.0189, 0.0188, -0.1995),
    "another": (-0.3186, -0.2261, -0.2597),
    "any": (-0.3138, -0.1188, -0.1907),
    "are": (0.1389, -0.3130, 0.1541),
    "around": (-0.1069, -0.4139, -0.0885),
    "as": (-0.0456, -0.0504, -0.2804),
    "at": (-0.0220, -0.5846, -0.3449),
    "be": (-0.2597, -0.2501, -0.0572),
    "because": (0.1777, 0.0657, 0.3281),
    "been": (-0.3914, -0.1992, 0.1457),
    "before": (-0.0462, -0.3941, -0.1626),
    "behind": (-0.1262, 0.0716, -0.1037),
    "being": (-0.2496, -0.2616, -0.5009),
    "below": (-0.0885, 0.1347, -0.4139),
    "between": (0.8083, 0.4660, -0.0084),
    "beyond": (0.0606, 0.2327, -0.2708),
    "both": (-0.1688, 0.1382, 0.0869),
    "but": (-0.0825, -0.3507, 0.0561),
    "by": (0.1989, 0.0678, 0.1008),
    "can": (-0.0936, -0.3747, -0.1626),
    "could": (-0.2373, -0.4139, -0.0084),
    "despite": (0.2147, -0.2961, -0.0084),
    "did": (0.1094, -0.4604, -0.0885),
    "do": (-0.2767, -0.0084, 0.0561),
    "does": (0.3229, -0.1755, 0.1586),
    "during": (0.4827, -0.1482, -0.0084),
    "each": (-0.3514, -0.1495, -0.0084),
    "either": (0.0786, -0.2496, -0.0084),
    "even": (0.1251, 0.2429, -0.0084),
    "every": (-0.0954, -0.3293, -0.1037),
    "few": (-0.0084, 0.2511, -0.0084),
    "for": (-0.1635, -0.2051, -0.4333),
    "from": (-0.1042, -0.1178, -0.6275),
    "had": (-0.0084, -0.1744, 0.0786),
    "has": (-0.0507, 0.1665, 0.0869),
    "have": (-0.2161, 0.0800, 0.1347),
    "he": (0.0332, 0.4436, -0.2708),
    "her": (0.4841, 0.1549, 0.0606),
    "here": (0.2147, 0.0657, -0.2496),
    "herself": (-0.1037, -0.1037, -0.0084),
    "him": (0.3846, -0.1336, 0.1008),
    "himself": (0.0561, -0.2708, -0.1626),
    "his": (-0.2316, 0.2170, 0.0786),
    "how": (-0.4813, -0.5962, -0.0084),
    "however": (0.4616, 0.1739, 0.3970),
    "i": (0.2295, -0.1739, -0.5192),
    "if": (-0.1810, -0.0885, -0.0084),
    "in": (0.0594, 0.1803, -0.3731),
    "into": (-0.7117, -0.3243, -0.1907),
    "is": (0.1526, 0.0068, 0.2067),
    "it": (0.1191, -0.2787, -0.0597),
    "its": (0.2147, 0.2228, -0.0084),
    "itself": (0.1739, 0.1586, -0.0084),
    "just": (-0.7785, -0.6044, -0.0084),
    "many": (-0.1176, -0.0529, -0.3449),
    "may": (-0.2316, 0.1251, 0.1586),
    "me": (0.3772, 0.2970, 0.2598),
    "might": (-0.3138, 0.2327, -0.0084),
    "more": (-0.1907, -0.1780, -0.2316),
    "most": (-0.2220, -0.4139, -0.2708),
    "much": (-0.5680, -0.3800, -0.0774),
    "must": (0.2991, 0.5306, -0.1037),
    "my": (0.0786, 0.1770, -0.0084),
    "near": (-0.5474, -0.4296, -0.0084),
    "neither": (0.0786, -0.1755, -0.0084),
    "no": (0.0969, -0.2708, 0.1028),
    "nor": (-0.0825, 0.0786, -0.0084),
    "not": (0.2405, 0.1716, 0.2280),
    "of": (0.3779, 0.3265, -0.2402),
    "off": (-1.0301, -0.3567, 0.1992),
    "on": (-0.1033, -0.0597, -0.3300),
    "one": (-0.1352, -0.6085, -0.0435),
    "only": (-0.2197, -0.3416, -0.3186),
    "onto": (0.0786, -0.1037, -0.0084),
    "or": (-0.1456, -0.2694, 0.0716),
    "other": (-0.2961, 0.0203, 0.0606),
    "our": (-0.1755, -0.1600, -0.0084),
    "ourselves": (0.3017, -0.0084, -0.1907),
    "out": (-0.2161, -0.4437, -0.4980),
    "over": (-0.3651, -0.5140, -0.3941),
    "own": (-0.2708, -0.3788, -0.0954),
    "per": (-0.2708, -1.5199, -0.2708),
    "said": (-0.0802, -0.5734, -0.0552),
    "same": (0.1457, -0.0936, -0.3186),
    "says": (-1.0069, -0.5680, 0.0561),
    "shall": (0.2327, -0.0084, -0.0084),
    "she": (-0.1102, -0.3338, -0.0084),
    "should": (0.0535, 0.3760, -0.0954),
    "since": (0.3970, -0.0484, 0.0869),
    "so": (-0.0295, -0.0625, -0.1037),
    "some": (-0.3300, -0.5361, -0.2708),
    "still": (-0.0799, -0.2476, -0.1037),
    "such": (0.4559, 0.3483, -0.0084),
    "than": (0.2483, -0.3255, -0.2961),
    "that": (0.3925, -0.1233, 0.0716),
    "the": (0.0452, 0.1939, -0.0435),
    "their": (-0.5425, -0.2316, 0.0786),
    "them": (0.0771, -0.1176, -0.1977),
    "themselves": (-0.2597, -0.0084, -0.2316),
    "then": (-0.0462, 0.0522, -0.4359),
    "there": (-0.0848, -0.4680, -0.1037),
    "these": (0.1634, -0.0462, -0.1037),
    "they": (-0.1664, -0.3066, -0.0954),
    "this": (0.0561, 0.0337, 0.3970),
    "those": (-0.2380, -0.7683, -0.1907),
    "though": (-0.3338, 0.0869, -0.0084),
    "through": (-0.5140, 0.1368, -0.1037),
    "to": (0.0011, -0.0462, -0.5652),
    "too": (-0.1419, -0.0084, -0.0084),
    "toward": (-0.0885, 0.0657, -0.1037),
    "towards": (0.3483, 0.2147, -0.0084),
    "under": (0.0622, -0.3914, -0.0084),
    "unless": (0.0786, -0.0084, -0.0084),
    "until": (-0.6475, -0.3269, -0.0084),
    "up": (-0.5433, -1.0318, -0.2829),
    "upon": (-0.0825, 0.1347, 0.0869),
    "us": (-0.3879, 0.4224, 0.3201),
    "very": (0.1457, 0.3483, -0.0954),
    "via": (0.3399, -0.2961, -0.0084),
    "was": (-0.5889, -0.2986, -0.0954),
    "we": (0.1813, -0.2146, 0.0786),
    "were": (-0.1286, -0.3482, 0.0716),
    "what": (-0.0664, -0.2261, -0.3186),
    "when": (-0.5758, -0.3063, 0.0786),
    "where": (0.0293, -0.2708, -0.1907),
    "whereas": (0.1739, 0.1739, -0.0084),
    "whether": (-0.3694, -0.4139, -0.0084),
    "which": (0.1669, 0.0794, 0.3017),
    "while": (-0.5882, -0.2161, -0.1755),
    "who": (-0.1419, -0.1482, 0.3281),
    "whom": (0.4511, 0.0869, -0.0084),
    "whose": (-0.0084, -0.0084, -0.0084),
    "why": (-0.1977, 0.0606, 0.0786),
    "will": (-0.2386, 0.1486, -0.0084),
    "with": (-0.0877, 0.0295, -0.2316),
    "within": (0.3516, -0.1085, -0.0084),
    "without": (0.0826, -0.2220, -0.0084),
    "would": (-0.3713, -0.2294, -0.0954),
    "yet": (0.0404, -0.1515, -0.5962),
    "you": (0.2412, -0.0939, 0.4190),
    "your": (-0.0084, -0.1171, -0.1037),
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
