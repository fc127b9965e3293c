"""One story, one form of a compound: "cybersecurity" beside "cyber security" or "cyber-security".

Engines render a compound one way in one sentence and another way in the next (the source
word is the same each time; the segments are translated apart), so a story says
"cybersecurity" and then "cyber security", or "healthcare" and "health care". Only the closed
form beside an open or hyphenated one counts: the open and the hyphenated forms of a compound
are the noun and the modifier in Canadian style ("health care", "health-care costs").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from operator import add
from typing import Iterator


import regex

from mtqa import lexicon, tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph, story_text

# Two words with a space or a hyphen between: the open or hyphenated form (each pair, overlapping)
_PAIR = lazy(r"(?<![\p{L}\p{N}’'\-])(\p{L}{2,})(?=([ \-])(\p{L}{3,})(?![\p{L}\p{N}’'\-]))")
_WORD = lazy(r"(?<![\p{L}\p{N}’'\-])\p{L}{6,}(?![\p{L}\p{N}’'\-])")
_TOKENS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")  # a word of letters, or two joined by a hyphen
# Words whose pair with the next word is another thing than the closed compound: a determiner
# or quantifier ("every day" / "everyday", "any one" / "anyone"), a modal or preposition ("may
# be" / "maybe", "in to" / "into"), and the particles of phrasal verbs, whose closed form is the
# noun ("turn out" / "turnout", "set up" / "setup"): closed classes of English grammar.
_FIRST_NOT = frozenset("""
a an the any every some no all each may can in on out up by over under with for to into
""".split())
_SECOND_NOT = frozenset("""
out up down over off in on back away about along around through together time times one body day
while self selves ever where thing things how way
""".split())
_MIN_CLOSED = 6  # letters of the closed form at least
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _singular(word: str) -> str:
    """The word without a plural -s, so that "airstrikes" counts for "air strike"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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

    ## Fix safety
    Unsafe: the story's more frequent form is suggested; house style may prefer the other.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    tg = tagging.tagger()
    pars = doc.paragraphs
    # the story's words and hyphenated pairs, in lowercase (found and counted at C speed): a
    # closed form is a word of its own; a split one two words in a row, or a hyphenated pair
    toks = _TOKENS.findall(story_text(pars).lower())
    counts = Counter(toks)
    closed: Counter[str] = Counter()
    for t, n in counts.items():  # each distinct word judged once
        if len(t) >= _MIN_CLOSED and t.isalpha():
            closed[_singular(t)] += n
    joined = set(map(add, toks, toks[1:])) | {t.replace("-", "") for t in counts if "-" in t}
    hits = (closed.keys() & joined) | {k for k in closed if k + "s" in joined}
    if not hits:
        return  # the usual story: no compound written both ways
    # the first parts of the few compounds met both ways, where the rest is a word of the story too
    words = {w for t in counts for w in t.split("-")}
    firsts = {k[:i] for k in hits for i in range(2, len(k) - 2)
              if k[:i] in words and k[:i] not in _FIRST_NOT and k[i:] not in _SECOND_NOT
              and (k[i:] in words or k[i:] + "s" in words)}
    if not firsts:
        return
    # the split forms, found as written: each first part before a space or hyphen and its second
    found = regex.compile(r"(?<![\p{L}\p{N}’'\-])(" + "|".join(map(regex.escape, sorted(firsts))) + r")(?=[ \-]\p{L})",
                          regex.IGNORECASE)
    split: defaultdict[str, list[tuple[Paragraph, int, int]]] = defaultdict(list)
    for par in pars:
        text = par.text
        if not found.search(text):
            continue
        for m in _PAIR.finditer(text):
            first, second = m.group(1).lower(), m.group(3).lower()
            key = _singular(first + second)
            if len(key) < _MIN_CLOSED or key not in closed or first in _FIRST_NOT or second in _SECOND_NOT:
                continue
            split[key].append((par, m.start(1), m.end(3)))
    for key, places in split.items():
        if max(lex.zipf(key), lex.zipf(key + "s")) < lexicon.COMMON_ZIPF:
            continue  # the closed form is itself no established word: a name or a slip
        first = places[0][0].text[places[0][1] : places[0][2]].split()[0].split("-")[0].lower()
        if tg is not None and tg.lexicon_tag(first) in _ADJECTIVE_TAGS:
            continue  # an adjective before a noun is a phrase of its own: "fresh water", "freshwater fish"
        if len(places) > closed[key]:
            continue  # the split form is the story's usual one: a closed form is no leftover here
        for par, start, end in places:
            found = par.text[start:end]
            word = "".join(found.replace("-", " ").split()).lower()
            fix = word[:1].upper() + word[1:] if found[:1].isupper() else word
            yield ctx.finding(
                par, start, end, f"“{found}” is written “{word}” elsewhere in the story",
                fix=Fix.unsafe(f"Write “{fix}”, as elsewhere", fix),
            )
