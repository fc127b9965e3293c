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
CORPUS_DIGEST = "6ffe3e0e7f48aa09"
RATIOS: dict[str, tuple[float, float, float]] = {
    "a": (-0.0060, -0.2699, -0.0350),
    "about": (-0.2759, -0.0204, -0.6121),
    "above": (0.2453, 0.1482, -0.0060),
    "across": (-0.5765, -0.2804, -0.0060),
    "after": (0.2099, -0.3215, -0.0930),
    "against": (0.5201, 0.7497, -0.1730),
    "all": (-0.0372, -0.0270, -0.0060),
    "along": (-0.2444, -0.1601, -0.1013),
    "already": (0.1406, 0.3423, -0.1730),
    "also": (0.2703, 0.3068, 0.3995),
    "although": (0.0385, 0.0585, 0.0893),
    "am": (-0.1778, -0.0060, -0.0060),
    "amid": (0.2564, 0.2453, -0.0060),
    "among": (0.6406, 0.4836, -0.0060),
    "an": (-0.1491, -0.2351, 0.2016),
    "and": (-0.0263, 0.0013, -0.1061),
    "another": (-0.2472, -0.1837, -0.1395),
    "any": (-0.2573, -0.0234, -0.1883),
    "are": (0.1971, -0.3225, 0.1565),
    "around": (-0.0411, -0.3764, -0.0860),
    "as": (-0.0737, 0.0138, -0.1312),
    "at": (-0.0634, -0.5273, -0.2937),
    "be": (-0.1863, -0.2357, -0.0060),
    "because": (0.1684, 0.0681, 0.3305),
    "been": (-0.3874, -0.1651, 0.1482),
    "before": (-0.0445, -0.3244, -0.1601),
    "behind": (-0.1883, 0.0740, -0.1013),
    "being": (-0.2108, -0.0901, -0.4413),
    "below": (-0.0860, 0.1371, -0.4115),
    "between": (0.4606, 0.3142, -0.0060),
    "beyond": (0.0630, 0.3305, -0.2684),
    "both": (-0.0930, -0.0621, 0.0893),
    "but": (-0.0715, -0.2573, -0.0060),
    "by": (0.2108, 0.0141, 0.2703),
    "can": (-0.1211, -0.3337, -0.2472),
    "could": (-0.2038, -0.3715, 0.0893),
    "despite": (0.1907, -0.2424, -0.0060),
    "did": (0.1631, -0.4856, -0.0860),
    "do": (-0.3737, -0.0060, 0.0585),
    "does": (0.4127, -0.0930, 0.1611),
    "during": (0.4040, -0.1114, -0.0060),
    "each": (-0.2472, -0.0984, -0.1013),
    "either": (-0.0060, -0.2472, -0.0060),
    "even": (0.1322, 0.2564, -0.0060),
    "every": (-0.0930, -0.1563, -0.1013),
    "few": (0.0810, 0.2016, -0.0060),
    "for": (-0.1431, -0.2212, -0.4760),
    "from": (-0.0750, -0.0541, -0.6991),
    "had": (-0.0293, -0.0498, 0.0810),
    "has": (-0.0791, 0.1488, 0.0893),
    "have": (-0.1893, 0.0810, 0.1371),
    "he": (0.0589, 0.4152, -0.2684),
    "her": (0.4865, -0.0060, 0.1371),
    "here": (0.0546, -0.0060, -0.3345),
    "herself": (-0.1013, -0.1013, -0.0060),
    "him": (0.3091, -0.1312, 0.1032),
    "himself": (0.0585, -0.1883, -0.1601),
    "his": (-0.2291, 0.1690, 0.0810),
    "how": (-0.4033, -0.4289, -0.0060),
    "however": (0.4640, 0.1763, 0.4817),
    "i": (0.1200, -0.2157, -0.3543),
    "if": (-0.2166, -0.1286, -0.0060),
    "in": (0.0517, 0.1146, -0.2836),
    "into": (-0.7100, -0.3469, -0.1883),
    "is": (0.2129, 0.0581, 0.2499),
    "it": (0.1095, -0.2523, -0.0327),
    "its": (0.1659, 0.1929, -0.0060),
    "itself": (0.0585, 0.1611, -0.0060),
    "just": (-0.7189, -0.5980, -0.0060),
    "many": (-0.1238, 0.0767, -0.3425),
    "may": (-0.2096, 0.0304, 0.0810),
    "me": (0.3797, 0.2453, 0.2623),
    "might": (-0.2002, 0.3305, -0.0060),
    "more": (-0.2424, -0.1944, -0.2937),
    "most": (-0.1883, -0.4602, -0.2684),
    "much": (-0.4628, -0.4478, 0.0681),
    "must": (0.2091, 0.5268, -0.1013),
    "my": (-0.0060, -0.0060, -0.0060),
    "near": (-0.5024, -0.1803, -0.0060),
    "neither": (0.0810, -0.1730, -0.0060),
    "no": (0.0481, -0.2173, 0.1052),
    "nor": (-0.0060, 0.0810, -0.0060),
    "not": (0.3695, 0.1960, 0.2994),
    "of": (0.3861, 0.3054, -0.2067),
    "off": (-0.9658, -0.2937, 0.2016),
    "on": (-0.0590, -0.0282, -0.2222),
    "one": (-0.1303, -0.5525, -0.0411),
    "only": (-0.2038, -0.2937, -0.2472),
    "onto": (0.0810, -0.1013, -0.0060),
    "or": (-0.0525, -0.2160, 0.1611),
    "other": (-0.0860, 0.0873, 0.0630),
    "our": (-0.1730, -0.1159, -0.0060),
    "ourselves": (0.3042, -0.0060, -0.1883),
    "out": (-0.1903, -0.3807, -0.5740),
    "over": (-0.4006, -0.5282, -0.3508),
    "own": (-0.1883, -0.3990, -0.0930),
    "per": (-0.2684, -1.5139, -0.2684),
    "said": (-0.0999, -0.6121, 0.0163),
    "same": (0.1482, -0.0060, -0.2472),
    "says": (-0.8998, -0.6285, 0.0585),
    "shall": (0.2352, -0.0060, -0.0060),
    "she": (-0.0424, -0.2573, -0.0060),
    "should": (0.1016, 0.3349, -0.0930),
    "since": (0.2963, -0.0679, 0.0893),
    "so": (-0.0060, -0.0930, -0.0060),
    "some": (-0.3980, -0.5204, -0.2684),
    "still": (-0.0830, -0.2067, -0.1013),
    "such": (0.4393, 0.2684, -0.0930),
    "than": (0.2817, -0.4115, -0.3114),
    "that": (0.4112, -0.1654, 0.0994),
    "the": (0.0774, 0.1804, 0.0127),
    "their": (-0.5656, -0.1876, 0.0810),
    "them": (0.1052, 0.0740, -0.2108),
    "themselves": (-0.2136, -0.1013, -0.1601),
    "then": (-0.0830, -0.1078, -0.4334),
    "there": (-0.0651, -0.4413, -0.0548),
    "these": (0.2994, 0.0692, -0.1013),
    "they": (-0.1656, -0.3304, -0.1883),
    "this": (0.1037, 0.0674, 0.4169),
    "those": (-0.1274, -0.6441, -0.1883),
    "though": (-0.3314, 0.0893, -0.0060),
    "through": (-0.5699, -0.1441, -0.1013),
    "to": (-0.0045, -0.0253, -0.5503),
    "too": (-0.0750, 0.0428, -0.0750),
    "toward": (-0.0860, -0.0860, -0.1013),
    "towards": (0.3735, 0.1763, -0.0060),
    "under": (0.0440, -0.3023, -0.0060),
    "unless": (0.0810, -0.0060, -0.0060),
    "until": (-0.5581, -0.0860, -0.0060),
    "up": (-0.4856, -1.1211, -0.2804),
    "upon": (0.0740, 0.3042, 0.0893),
    "us": (-0.3833, 0.5048, 0.3225),
    "very": (0.1482, 0.3042, -0.0930),
    "via": (0.2817, -0.1601, -0.0060),
    "was": (-0.6702, -0.2927, -0.0504),
    "we": (0.2089, -0.1658, 0.0810),
    "were": (-0.1883, -0.3178, -0.0060),
    "what": (-0.0676, -0.2291, -0.3161),
    "when": (-0.5434, -0.2830, 0.0810),
    "where": (0.0142, -0.3314, -0.1013),
    "whereas": (0.1763, 0.1763, -0.0060),
    "whether": (-0.2717, -0.2937, -0.0060),
    "which": (0.1241, 0.1157, 0.3042),
    "while": (-0.6589, -0.2457, -0.0930),
    "who": (-0.0654, -0.1296, 0.3305),
    "whom": (0.2171, 0.0893, -0.0060),
    "whose": (-0.0060, -0.0060, -0.0060),
    "why": (-0.1601, 0.0630, 0.0810),
    "will": (-0.1460, 0.1892, -0.0860),
    "with": (-0.1027, -0.0123, -0.1883),
    "within": (0.3617, -0.1172, -0.0060),
    "without": (0.0453, -0.2196, -0.0060),
    "would": (-0.3045, -0.2937, -0.1883),
    "yet": (-0.0060, -0.0801, -0.5938),
    "you": (0.1504, -0.2549, 0.1192),
    "your": (-0.0060, -0.1114, -0.1013),
}


def _sentence_first(tokens: list[str], i: int) -> bool:
    """Whether token `i` is the first word of its sentence: no word (or number) before it in the
    line, or the nearest token before it that is not a quote, bracket or dash ends a sentence."""
    for t in reversed(tokens[:i]):
        if t not in _SKIPPED_BEFORE:
            return t in _SENTENCE_ENDS or not any(u[0].isalnum() for u in tokens[:i])
    return True


def _a_name(tokens: list[str], i: int) -> bool:
    """Whether listed-looking token `i` is a name or an abbreviation ("US", mid-sentence "May"),
    not the closed-class word: two or more letters all in capitals, or title case (first letter
    a capital, no other) where it is not its sentence's first word. The pronoun "I" is never one."""
    token = tokens[i]
    letters = [c for c in token if c.isalpha()]
    if token == "I" or not letters or not letters[0].isupper():
        return False
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return not any(c.isupper() for c in letters[1:]) and not _sentence_first(tokens, i)


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
            kinds = ["W" if kind == "F" and _a_name(tokens, i) else kind for i, kind in enumerate(kinds)]
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
