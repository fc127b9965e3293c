"""One story, one form of a compound: "cybersecurity" beside "cyber security" or "cyber-security".

Engines render a compound one way in one sentence and another way in the next (the source
word is the same each time; the segments are translated apart), so a story says
"cybersecurity" and then "cyber security", or "healthcare" and "health care". Only the closed
form beside an open or hyphenated one counts: the open and the hyphenated forms of a compound
are the noun and the modifier in Canadian style ("health care", "health-care costs").
"""

from __future__ import annotations

from collections import defaultdict
from typing import AbstractSet, Iterator

from mtqa import lexicon, tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph
from mtqa.text.tokens import folded_tokens

# Words whose pair with the next word is another thing than the closed compound: a determiner
# or quantifier ("every day" / "everyday", "any one" / "anyone"), a modal or preposition ("may
# be" / "maybe", "in to" / "into"), an auxiliary ("is land" / "island", "be come" / "become",
# "do nation" / "donation"), and the particles of phrasal verbs, whose closed form is the
# noun ("turn out" / "turnout", "set up" / "setup"): closed classes of English grammar.
FIRST_NOT = frozenset("""
a an the any every some no all each may can in on out up by over under with for to into
be is are was were been do does did
""".split())
SECOND_NOT = frozenset("""
out up down over off in on back away about along around through together time times one body day
while self selves ever where thing things how way
""".split())
_MIN_CLOSED = 6  # letters of the closed form at least
# letters of the closed form at most: no common English compound is longer ("counterintelligence"
# has 19), and a word's splits are its every prefix and suffix, so a run of letters as long as a
# line (200,000 letters in a scraped page's base64 blob) would cost memory in its length squared
_MAX_CLOSED = 30
# each part of an open compound is an everyday word (cyber 3.98, hash 3.63, air 5.37), which
# leaves out splits into fragments ("jor dan", "re cent", "mis sion")
_PART_ZIPF = 3.5
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _singular(word: str) -> str:
    """The word without a plural -s, so that "airstrikes" counts for "air strike"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


Split = tuple[str, str, str]  # the first part, the second, the second in the plural
Compound = tuple[str, tuple[Split, ...]]  # the closed form in the singular, and its splits


class _Splits:
    """Each word's splits into two common words, where the word is a common closed compound
    ("airstrikes": air + strike), judged once per process: a story's words are mostly those of
    the stories before it, so a check looks up only its new ones, by one set difference. The
    table is emptied past `_MAX_JUDGED` words (a long-running server sees ever more)."""

    _MAX_JUDGED = 25_000  # ~5 MB at most (measured: 48,000 words, 9 MB); a story brings ~600, most seen before

    def __init__(self) -> None:
        self._judged: set[str] = set()
        self._compounds: dict[str, Compound] = {}

    def among(self, words: AbstractSet[str], lex) -> tuple[AbstractSet[str], dict[str, Compound]]:
        """The members of `words` that are closed compounds, and the table of their splits."""
        new = words - self._judged
        if new:
            if len(self._judged) > self._MAX_JUDGED:
                self._judged, self._compounds = set(), {}
            self._compounds.update(compounds_among(new, lex))
            self._judged |= new
        compounds = self._compounds
        return words & compounds.keys(), compounds


def compounds_among(words: AbstractSet[str], lex) -> dict[str, Compound]:
    """The members of `words` that are common closed words (six to thirty letters in the singular)
    splitting into two everyday words, the second of three letters or more ("airstrikes": air +
    strike), grammar pairs left out, each with its splits. Judged together: every part a split
    could have is sorted into everyday words or not by one set difference (`Lexicon.uncommon`: the parts
    must be of Zipf 3.5 or more), so a fragment ("airst", "rike") costs no lookup, and only a
    word with a split has its own frequency read. A first check meets ~600 new words, and one
    lookup per fragment cost it milliseconds."""
    keys = {w: _singular(w) for w in words}
    keys = {w: k for w, k in keys.items() if _MIN_CLOSED <= len(k) <= _MAX_CLOSED and k.isalpha()}
    parts: set[str] = set()
    for key in keys.values():
        for i in range(2, len(key) - 2):
            tail = key[i:]
            parts.update((key[:i], tail, tail + "s"))
    everyday = parts - lex.uncommon(parts)
    out: dict[str, Compound] = {}
    for word, key in keys.items():
        splits = tuple(
            (key[:i], key[i:], key[i:] + "s") for i in range(2, len(key) - 2)
            if key[:i] not in FIRST_NOT and key[i:] not in SECOND_NOT and key[:i] in everyday
            and (key[i:] in everyday or key[i:] + "s" in everyday)
        )
        if splits and max(lex.zipf(key), lex.zipf(key + "s")) >= lexicon.COMMON_ZIPF:
            out[word] = (key, splits)
    return out


_SPLITS = _Splits()


def _closed_at_least(folded: list[list[str]], key: str, n: int) -> bool:
    """Whether the closed form (`key`, singular, or its plural) stands as a word `n` times or
    more in the story's runs of letters (each paragraph's counted at C speed, until there are)."""
    forms = [t for t in (key, key + "s") if _singular(t) == key]
    seen = 0
    for toks in folded:
        seen += sum(map(toks.count, forms))
        if seen >= n:
            return True
    return False


_NOT_AROUND = frozenset("’'-")  # a pair glued to an apostrophe or another hyphen is part of a longer form


def _split_forms(par: Paragraph, toks: list[str], firsts: set[str]) -> Iterator[tuple[Paragraph, int, int, str]]:
    """Each first part followed by one space or hyphen and a word of three letters or more
    (`toks`: the paragraph's runs of letters, case-folded), as (paragraph, start, end, the
    pair joined in the singular); grammar pairs left out."""
    text = par.text
    spans = par.token_spans
    last = len(toks) - 1
    for i in [i for i, t in enumerate(toks) if t in firsts]:
        if i == last:
            continue
        (s1, e1), (s2, e2) = spans[i], spans[i + 1]
        if s2 != e1 + 1 or text[e1] not in " -":
            continue
        first, second = toks[i], toks[i + 1]
        if (len(first) < 2 or len(second) < 3 or not first.isalpha() or not second.isalpha()
                or (s1 and text[s1 - 1] in _NOT_AROUND) or text[e2 : e2 + 1] in _NOT_AROUND
                or first in FIRST_NOT or second in SECOND_NOT):
            continue
        yield par, s1, e2, _singular(first + second)


@rule(
    "consistency/compound-form",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def compound_form(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A compound written closed in one place and open or hyphenated in another (cybersecurity, cyber security).

    ## Why it matters
    "Cybersecurity" in the lede and "cyber security" in the fifth paragraph reads as
    careless, and the reader may wonder whether two things are meant. Translated copy shows
    it because each sentence is translated on its own.

    ## Examples
    bad:  The cybersecurity agency warned banks.\\n\\nIts [[cyber security->cybersecurity]] chief spoke, and cybersecurity firms agreed.
    bad:  Airstrikes hit the port. An [[air strike->airstrike]] hit the airport, and airstrikes went on.
    bad:  Healthcare workers rallied. “[[Health care->Healthcare]] is broken,” said one; healthcare unions agreed.
    good: The cybersecurity agency warned banks; its cybersecurity chief spoke.
    good: Health care is a provincial matter, and health-care costs rose.
    good: Freshwater fish need fresh water; the blackboard was black, the board said.
    good: Everyday life changed; every day the turnout grew, as voters turn out in force.
    good: Maybe it will be done; it may be done into the night, as we get into it.
    good: The setup was quick; they set up the stage, and the breakdown came when talks broke down.
    good: The island council met and the island school opened; the farmers say it is land they need.

    ## Fix safety
    Unsafe: the story's more frequent form is suggested; house style may prefer the other.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    pars = doc.paragraphs
    # the story's words, from each paragraph's runs of letters that the check already has
    # (case-folded, in order; shared with other rules), gathered at C speed
    folded = [ctx.analysis(folded_tokens, par) for par in pars]
    words: set[str] = set()
    for toks in folded:
        words.update(toks)
    firsts, hits = _compounds_split_in(words, lex)
    if not firsts:
        return  # the usual story: no compound whose parts stand apart in it
    split = _split_places(pars, folded, firsts, hits)
    if not split:
        return
    tg = tagging.tagger()
    for key, places in split.items():
        if not _leftover_split(key, places, folded, tg):
            continue
        for par, start, end in places:
            written = par.text[start:end]
            word = "".join(written.replace("-", " ").split()).lower()
            fix = word[:1].upper() + word[1:] if written[:1].isupper() else word
            yield ctx.finding(
                par, start, end, f"“{written}” is written “{word}” elsewhere in the story",
                fix=Fix.unsafe(f"Write “{fix}”, as elsewhere", fix),
            )


def _compounds_split_in(words: set[str], lex: lexicon.Lexicon) -> tuple[set[str], set[str]]:
    """(first parts, closed forms) of the common closed compounds among the story's `words`
    (each word judged once per process) whose two parts the story writes as words too (the
    second in either number)."""
    firsts: set[str] = set()
    hits: set[str] = set()
    found, table = _SPLITS.among(words, lex)
    for key, splits in map(table.__getitem__, found):
        for head, tail, tails in splits:
            if head in words and (tail in words or tails in words):
                firsts.add(head)
                hits.add(key)
    return firsts, hits


def _split_places(pars, folded: list[list[str]], firsts: set[str],
                  hits: set[str]) -> defaultdict[str, list[tuple[Paragraph, int, int]]]:
    """Where each compound of `hits` stands split, found as written: a first part, one space or
    hyphen, and its second part, read from the paragraph's runs of letters (case-folded, in
    order, `folded`) and where they stand."""
    split: defaultdict[str, list[tuple[Paragraph, int, int]]] = defaultdict(list)
    for par, toks in zip(pars, folded):
        if firsts.isdisjoint(toks):
            continue
        for par_, start, end, key in _split_forms(par, toks, firsts):
            if key in hits:
                split[key].append((par_, start, end))
    return split


def _leftover_split(key: str, places: list[tuple[Paragraph, int, int]], folded: list[list[str]], tg) -> bool:
    """Whether the split form of `key` (at `places`) is a leftover of the closed one: its first
    part is no adjective before a noun ("fresh water", "freshwater fish": a phrase of its own),
    and the story writes the closed form at least as often."""
    first = places[0][0].text[places[0][1] : places[0][2]].split()[0].split("-")[0].lower()
    if tg is not None and tg.lexicon_tag(first) in _ADJECTIVE_TAGS:
        return False
    return _closed_at_least(folded, key, len(places))
