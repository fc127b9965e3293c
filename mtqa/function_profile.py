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
CORPUS_DIGEST = "a4cbd33f894ad6c0"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0823, -0.3133, -0.2163),
    "about": (-0.3090, -0.1680, -0.5862),
    "above": (0.2897, 0.1385, -0.0157),
    "across": (-0.5657, -0.4975, -0.0157),
    "after": (0.1667, -0.4575, -0.1027),
    "against": (0.4343, 0.8435, -0.1827),
    "all": (0.0241, -0.0835, 0.0236),
    "along": (-0.3883, -0.2388, -0.1110),
    "already": (0.1310, 0.3098, -0.0957),
    "also": (0.2217, 0.4494, 0.4439),
    "although": (-0.0157, 0.1095, 0.0797),
    "am": (-0.1900, 0.0510, -0.4510),
    "amid": (0.1514, 0.1562, -0.0157),
    "among": (0.5172, 0.5995, -0.0157),
    "an": (-0.2233, -0.2666, 0.2357),
    "and": (0.0349, 0.0399, -0.2439),
    "another": (-0.3903, -0.2022, -0.2670),
    "any": (-0.3210, -0.1926, -0.1980),
    "are": (0.1232, -0.3303, 0.0897),
    "around": (-0.0745, -0.4735, -0.0957),
    "as": (-0.0671, 0.0095, -0.3786),
    "at": (-0.0612, -0.6620, -0.3521),
    "be": (-0.2544, -0.3093, -0.1110),
    "because": (0.0977, 0.0585, 0.3208),
    "been": (-0.4103, -0.2196, 0.1385),
    "before": (-0.1248, -0.4405, -0.0898),
    "behind": (-0.1269, 0.0644, -0.1110),
    "being": (-0.2388, -0.2545, -0.5081),
    "below": (-0.0157, 0.1275, -0.4857),
    "between": (0.8378, 0.5140, -0.0157),
    "beyond": (0.0533, 0.2720, -0.2780),
    "both": (-0.1760, 0.3013, 0.0797),
    "but": (-0.0721, -0.3951, 0.0489),
    "by": (0.1743, 0.0699, 0.0935),
    "can": (-0.1210, -0.3341, -0.1698),
    "could": (-0.2163, -0.3484, -0.0157),
    "despite": (0.2720, -0.2876, -0.0157),
    "did": (0.1385, -0.5121, -0.0157),
    "do": (-0.2752, -0.1066, 0.0489),
    "does": (0.3410, -0.1827, 0.2255),
    "during": (0.5243, -0.1492, -0.0157),
    "each": (-0.3459, -0.1393, -0.0157),
    "either": (0.0714, -0.1698, -0.1027),
    "even": (-0.0157, 0.2720, -0.0157),
    "every": (-0.1027, -0.3670, -0.1110),
    "few": (-0.0157, 0.1385, -0.0157),
    "for": (-0.1815, -0.2296, -0.4724),
    "from": (-0.1219, -0.1198, -0.7088),
    "had": (0.0142, -0.2625, 0.0644),
    "has": (-0.0776, 0.1363, 0.0797),
    "have": (-0.2409, 0.0730, 0.0533),
    "he": (0.0190, 0.4492, -0.2780),
    "her": (0.4768, 0.1693, 0.0533),
    "here": (0.1716, 0.1920, -0.2049),
    "herself": (-0.1110, -0.1110, -0.0157),
    "him": (0.2720, -0.1334, 0.0558),
    "himself": (-0.0157, -0.2780, -0.1698),
    "his": (-0.2876, 0.2692, 0.0714),
    "how": (-0.5311, -0.6347, -0.0157),
    "however": (0.4544, 0.2467, 0.4063),
    "i": (0.3113, -0.1813, -0.4211),
    "if": (-0.1956, 0.0585, -0.0157),
    "in": (0.0737, 0.2075, -0.3574),
    "into": (-0.7367, -0.3293, -0.1980),
    "is": (0.1229, 0.0059, 0.1542),
    "it": (0.0877, -0.3155, -0.0880),
    "its": (0.2075, 0.2734, -0.0157),
    "itself": (0.1667, 0.1514, -0.0157),
    "just": (-0.8572, -0.6347, -0.0157),
    "many": (-0.1588, 0.0097, -0.4211),
    "may": (-0.2445, 0.0767, 0.1514),
    "me": (0.4072, 0.1562, 0.2526),
    "might": (-0.3723, 0.1385, -0.0157),
    "more": (-0.2275, -0.2622, -0.2388),
    "most": (-0.3033, -0.3549, -0.2780),
    "much": (-0.5820, -0.4369, -0.1492),
    "must": (0.2526, 0.5291, -0.1110),
    "my": (0.0714, 0.3284, -0.0157),
    "near": (-0.5546, -0.5265, -0.0157),
    "neither": (0.0714, -0.1827, -0.0157),
    "no": (-0.0157, -0.3341, 0.0384),
    "nor": (-0.0898, 0.0714, -0.0157),
    "not": (0.1895, 0.1442, 0.0956),
    "of": (0.3877, 0.3369, -0.2716),
    "off": (-1.0030, -0.2839, 0.1920),
    "on": (-0.0668, -0.0651, -0.4096),
    "one": (-0.0966, -0.6764, -0.1174),
    "only": (-0.1889, -0.3521, -0.3258),
    "onto": (-0.0157, -0.1110, -0.0157),
    "or": (-0.2004, -0.3568, -0.0157),
    "other": (-0.2233, 0.0714, 0.0533),
    "our": (-0.2568, -0.1691, -0.1110),
    "ourselves": (0.1275, -0.0157, -0.1980),
    "out": (-0.2367, -0.4355, -0.5052),
    "over": (-0.3447, -0.4917, -0.4013),
    "own": (-0.2780, -0.5402, -0.1027),
    "per": (-0.2780, -1.4464, -0.2780),
    "said": (-0.0882, -0.5684, -0.0972),
    "same": (0.0585, -0.0717, -0.3258),
    "says": (-1.0902, -0.5188, -0.0763),
    "shall": (0.2255, 0.0797, -0.0157),
    "she": (-0.1773, -0.3274, -0.0157),
    "should": (0.0450, 0.1667, -0.1027),
    "since": (0.4283, -0.1110, 0.0797),
    "so": (-0.0363, -0.0410, -0.1554),
    "some": (-0.2952, -0.6143, -0.2780),
    "still": (-0.0846, -0.2493, -0.1110),
    "such": (0.4864, 0.3752, -0.0957),
    "than": (0.2305, -0.3173, -0.3033),
    "that": (0.4148, -0.0920, 0.0426),
    "the": (0.0190, 0.2017, -0.0490),
    "their": (-0.6789, -0.2373, 0.0714),
    "them": (0.1076, -0.0871, -0.1248),
    "themselves": (-0.2670, -0.0157, -0.3033),
    "then": (-0.0157, -0.0438, -0.3786),
    "there": (-0.1020, -0.5753, -0.1492),
    "these": (0.1957, -0.0157, -0.1110),
    "they": (-0.1820, -0.3362, -0.1027),
    "this": (-0.0157, 0.0306, 0.2945),
    "those": (-0.3341, -0.7561, -0.1980),
    "though": (-0.4211, 0.1667, -0.0157),
    "through": (-0.5463, 0.1822, -0.0157),
    "to": (-0.0120, -0.0369, -0.5530),
    "too": (-0.2098, -0.0157, -0.0157),
    "toward": (-0.1698, 0.1785, -0.1110),
    "towards": (0.3898, 0.3898, -0.0157),
    "under": (0.0503, -0.4318, -0.0157),
    "unless": (-0.0157, -0.0157, -0.0157),
    "until": (-0.7088, -0.2462, -0.0157),
    "up": (-0.5093, -0.9864, -0.3670),
    "upon": (-0.0846, 0.2526, 0.0797),
    "us": (-0.5196, 0.2075, 0.2588),
    "very": (-0.0157, 0.3376, -0.1027),
    "via": (0.3898, -0.2098, -0.0157),
    "was": (-0.5958, -0.3549, -0.2204),
    "we": (0.1443, -0.2163, 0.0714),
    "were": (-0.1290, -0.3640, 0.0644),
    "what": (-0.1284, -0.2586, -0.3258),
    "when": (-0.6360, -0.2424, 0.0714),
    "where": (0.0365, -0.1492, -0.1980),
    "whereas": (0.1667, 0.1667, -0.0157),
    "whether": (-0.3767, -0.3951, -0.0157),
    "which": (0.1450, 0.1371, 0.2945),
    "while": (-0.5784, -0.2011, -0.1827),
    "who": (-0.2299, -0.1887, 0.3208),
    "whom": (0.4439, 0.0797, -0.0157),
    "whose": (-0.0157, 0.0252, -0.0157),
    "why": (-0.2716, -0.0157, 0.0714),
    "will": (-0.3254, 0.1202, -0.0157),
    "with": (-0.0790, 0.0930, -0.2270),
    "within": (0.3797, -0.1110, -0.0157),
    "without": (0.1179, -0.2204, -0.0157),
    "would": (-0.3129, -0.2531, -0.1027),
    "yet": (0.0797, -0.0846, -0.6034),
    "you": (0.1920, -0.0763, 0.4118),
    "your": (-0.0157, -0.0588, -0.1110),
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
