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
CORPUS_DIGEST = "98e37766060d8138"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0427, -0.2777, -0.0340),
    "about": (-0.2822, -0.0335, -0.6111),
    "above": (0.2463, 0.1492, -0.0050),
    "across": (-0.5593, -0.3186, -0.0050),
    "after": (0.1989, -0.3004, -0.0920),
    "against": (0.5211, 0.7340, -0.1720),
    "all": (-0.0050, -0.0458, 0.0359),
    "along": (-0.2434, -0.1591, -0.1003),
    "already": (0.1416, 0.3433, -0.1720),
    "also": (0.2827, 0.2846, 0.4005),
    "although": (0.0395, 0.0596, 0.0903),
    "am": (-0.1768, 0.0376, -0.0050),
    "amid": (0.2574, 0.2463, -0.0050),
    "among": (0.6417, 0.5163, -0.0050),
    "an": (-0.1481, -0.2324, 0.2027),
    "and": (-0.0248, -0.0080, -0.1286),
    "another": (-0.3151, -0.2281, -0.1385),
    "any": (-0.3104, -0.0891, -0.1873),
    "are": (0.1759, -0.3396, 0.1575),
    "around": (-0.0740, -0.4219, -0.0850),
    "as": (-0.0525, 0.0066, -0.1873),
    "at": (-0.0611, -0.5396, -0.2927),
    "be": (-0.1832, -0.2060, -0.0050),
    "because": (0.1892, 0.0691, 0.3315),
    "been": (-0.3863, -0.1620, 0.1492),
    "before": (-0.0434, -0.3234, -0.1591),
    "behind": (-0.1873, 0.0751, -0.1003),
    "being": (-0.2098, -0.1208, -0.4403),
    "below": (-0.0850, 0.1381, -0.4104),
    "between": (0.4617, 0.2965, -0.0050),
    "beyond": (0.0640, 0.3315, -0.2673),
    "both": (-0.1720, -0.0420, 0.0903),
    "but": (-0.0690, -0.2720, -0.0050),
    "by": (0.2182, 0.0223, 0.2713),
    "can": (-0.1200, -0.3414, -0.2461),
    "could": (-0.1422, -0.3704, 0.0903),
    "despite": (0.1917, -0.2414, -0.0050),
    "did": (0.1381, -0.4845, -0.0850),
    "do": (-0.3445, -0.0050, 0.0596),
    "does": (0.4137, -0.0920, 0.1621),
    "during": (0.4141, -0.1591, -0.0050),
    "each": (-0.2812, -0.1263, -0.1003),
    "either": (-0.0050, -0.2461, -0.0050),
    "even": (0.1332, 0.2574, -0.0050),
    "every": (-0.0920, -0.2227, -0.1003),
    "few": (-0.0050, 0.2633, -0.0050),
    "for": (-0.1440, -0.2301, -0.4750),
    "from": (-0.0772, -0.0743, -0.6981),
    "had": (-0.0050, -0.0907, 0.0820),
    "has": (-0.0644, 0.1350, 0.0903),
    "have": (-0.2062, 0.0968, 0.1381),
    "he": (0.0695, 0.4228, -0.2673),
    "her": (0.4875, 0.0124, 0.1381),
    "here": (0.1128, -0.0050, -0.3186),
    "herself": (-0.1003, -0.1003, -0.0050),
    "him": (0.3101, -0.1301, 0.1042),
    "himself": (0.0596, -0.1873, -0.1591),
    "his": (-0.2281, 0.1609, 0.0820),
    "how": (-0.4417, -0.4278, -0.0050),
    "however": (0.4650, 0.1774, 0.4720),
    "i": (0.1724, -0.1785, -0.4104),
    "if": (-0.2281, -0.1276, -0.0050),
    "in": (0.0548, 0.1247, -0.3125),
    "into": (-0.6981, -0.2853, -0.1873),
    "is": (0.2018, 0.0436, 0.2510),
    "it": (0.1200, -0.2632, -0.0316),
    "its": (0.1669, 0.1665, -0.0050),
    "itself": (0.0596, 0.1621, -0.0050),
    "just": (-0.7564, -0.5970, -0.0050),
    "many": (-0.1591, 0.0596, -0.3414),
    "may": (-0.2086, 0.1004, 0.1621),
    "me": (0.3807, 0.3004, 0.2633),
    "might": (-0.1991, 0.2362, -0.0050),
    "more": (-0.2518, -0.2134, -0.2927),
    "most": (-0.1873, -0.4658, -0.2673),
    "much": (-0.4617, -0.4819, -0.0050),
    "must": (0.2101, 0.5493, -0.1003),
    "my": (-0.0050, 0.1169, -0.0050),
    "near": (-0.5014, -0.1793, -0.0050),
    "neither": (0.0820, -0.1720, -0.0050),
    "no": (0.0491, -0.2135, 0.1063),
    "nor": (-0.0050, 0.0820, -0.0050),
    "not": (0.3419, 0.2017, 0.3004),
    "of": (0.3875, 0.2987, -0.2056),
    "off": (-0.9647, -0.2927, 0.2027),
    "on": (-0.0545, -0.0426, -0.2486),
    "one": (-0.1403, -0.5902, -0.0401),
    "only": (-0.1720, -0.2927, -0.2461),
    "onto": (0.0820, -0.1003, -0.0050),
    "or": (-0.0501, -0.2081, 0.0751),
    "other": (-0.0850, 0.0669, 0.0640),
    "our": (-0.1720, -0.1353, -0.0050),
    "ourselves": (0.3052, -0.0050, -0.1873),
    "out": (-0.1428, -0.4104, -0.5158),
    "over": (-0.4051, -0.5440, -0.3498),
    "own": (-0.1873, -0.3980, -0.0920),
    "per": (-0.2673, -1.5205, -0.2673),
    "said": (-0.1026, -0.6111, -0.0050),
    "same": (0.1492, -0.0050, -0.2461),
    "says": (-0.9213, -0.5646, 0.0596),
    "shall": (0.2362, -0.0050, -0.0050),
    "she": (-0.0935, -0.1960, -0.0050),
    "should": (0.1027, 0.3360, -0.0920),
    "since": (0.3188, -0.0668, 0.0903),
    "so": (-0.0274, -0.0920, -0.0050),
    "some": (-0.4237, -0.5515, -0.2673),
    "still": (-0.1183, -0.2007, -0.1003),
    "such": (0.4317, 0.3464, -0.0920),
    "than": (0.2827, -0.4104, -0.3104),
    "that": (0.3956, -0.1703, 0.0784),
    "the": (0.0856, 0.1837, 0.0321),
    "their": (-0.5646, -0.1924, 0.0820),
    "them": (0.0868, 0.0751, -0.1653),
    "themselves": (-0.1385, -0.1003, -0.2281),
    "then": (-0.0819, -0.0717, -0.4324),
    "there": (-0.0636, -0.4104, -0.0538),
    "these": (0.3004, 0.0833, -0.1003),
    "they": (-0.1873, -0.3401, -0.1873),
    "this": (0.1032, 0.0669, 0.4179),
    "those": (-0.1263, -0.6617, -0.1873),
    "though": (-0.3304, 0.0903, -0.0050),
    "through": (-0.5391, -0.0050, -0.1003),
    "to": (0.0010, -0.0239, -0.5975),
    "too": (-0.0740, 0.0438, -0.0740),
    "toward": (-0.0850, 0.0691, -0.1003),
    "towards": (0.3745, 0.2314, -0.0050),
    "under": (0.0197, -0.3012, -0.0050),
    "unless": (0.0820, -0.0050, -0.0050),
    "until": (-0.5570, -0.0850, -0.0050),
    "up": (-0.4797, -1.1201, -0.2794),
    "upon": (0.0751, 0.3052, 0.0903),
    "us": (-0.4104, 0.4258, 0.3235),
    "very": (0.1492, 0.3052, -0.0920),
    "via": (0.3433, -0.1591, -0.0050),
    "was": (-0.6552, -0.2816, -0.0494),
    "we": (0.2018, -0.1768, 0.0820),
    "were": (-0.1626, -0.3125, -0.0050),
    "what": (-0.0656, -0.2281, -0.3151),
    "when": (-0.5535, -0.2609, 0.0820),
    "where": (0.0148, -0.3304, -0.1003),
    "whereas": (0.1774, 0.1774, -0.0050),
    "whether": (-0.3035, -0.2927, -0.0050),
    "which": (0.1544, 0.1050, 0.3052),
    "while": (-0.6714, -0.2240, -0.0920),
    "who": (-0.0528, -0.1198, 0.3315),
    "whom": (0.2182, 0.0903, -0.0050),
    "whose": (-0.0050, -0.0475, -0.0050),
    "why": (-0.1591, 0.0640, 0.0820),
    "will": (-0.1290, 0.1751, -0.0850),
    "with": (-0.0805, -0.0019, -0.1228),
    "within": (0.3264, -0.1103, -0.0050),
    "without": (0.0951, -0.2185, -0.0050),
    "would": (-0.3507, -0.2804, -0.0920),
    "yet": (-0.0050, -0.0791, -0.5928),
    "you": (0.1901, -0.2113, 0.1202),
    "your": (-0.0050, -0.0563, -0.1003),
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
