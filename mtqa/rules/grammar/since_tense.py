"""A state that runs up to now, told in a simple tense: ``leads the party since 2019``,
``lived in Laval since March``.

German *seit*, French *depuis*, Spanish *desde (hace)*, Italian *da* and Russian *с* put a
state that is still going on in the present tense (*er führt die Partei seit 2019*, *il vit à
Laval depuis mars*); English needs the perfect: ``has led the party since 2019``. An engine
keeps the source's present, or turns it into the simple past. Every grammar of English for
German and Romance speakers lists the error. The clause is read from part-of-speech tags
(``mtqa.tagging``), not from the corpus: a finite verb in a simple tense, then *since* and a
point in time (a year, a month, a weekday, *last …*), in one clause.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.tagging import Tagger, Token
from mtqa.text import calendar

_SIMPLE_TENSE = frozenset({"VBZ", "VBP", "VBD"})
_POINT_WORDS = calendar.MONTH_WORDS | calendar.MONTH_ABBREVIATION_WORDS | calendar.WEEKDAY_WORDS | {"last"}
# What ends the clause before "since" (a verb beyond it belongs to another clause).
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "“", "”", "\"", "—", "–", "and", "but", "or",
                            "that", "which", "who", "when", "while", "because", "where", "if"})
# What makes "since" measure a record or a first, where English keeps the simple tense ("the
# highest since 2008", "the first time since May", "it was years since").
_RECORD_WORDS = frozenset({"first", "last", "only", "time", "times", "ever", "never", "ago", "years", "months",
                           "weeks", "days", "decades", "lowest", "highest", "most", "least", "fewest", "best",
                           "worst", "biggest", "largest", "smallest", "longest", "fastest", "strongest",
                           "weakest", "since", "not", "n't", "no"})
_HAVE = frozenset({"has", "have", "had", "'s", "'ve", "'d", "having"})
_BE = frozenset({"is", "are", "am", "was", "were"})
_WINDOW = 7  # tokens between the verb and "since"


def _time_point(toks: list[Token], k: int) -> bool:
    """Whether token `k` opens a point in time: a year, a month, a weekday or "last …"."""
    tok = toks[k] if k < len(toks) else None
    if tok is None:
        return False
    if tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20"):
        return True
    return tok.lower in _POINT_WORDS and (tok.lower == "last" or tok.text[:1].isupper())


def _simple_verb_before(toks: list[Token], since: int, tg: Tagger) -> int | None:
    """The finite verb in a simple tense that governs `since` in its clause, or None: the nearest
    verb within `_WINDOW` tokens, with no clause break, record word or perfect's "have" between.
    A participle after "is" or "was" ("is closed since") counts as its "is"; a word the tagger
    reads as a plural noun counts as a verb after its subject ("the councillor lives")."""
    for k in range(since - 1, max(-1, since - 1 - _WINDOW), -1):
        tok = toks[k]
        if tok.lower in _CLAUSE_BREAKS or tok.lower in _RECORD_WORDS or tok.tag in ("JJS", "RBS"):
            return None
        prev = toks[k - 1] if k > 0 else None
        if tok.tag == "NNS" and prev is not None and prev.tag in ("NN", "NNP", "PRP") and "VERB" in tg.readings(tok.lower):
            return k if tok.text.islower() and prev.lower not in _HAVE else None
        if tok.tag.startswith("VB") or tok.tag == "MD":
            if tok.tag in ("VBD", "VBN") and prev is not None and prev.lower in _BE:
                return k - 1  # "is closed since": the simple tense is the "is"
            if tok.tag not in _SIMPLE_TENSE or tok.lower in _HAVE or not tok.text.isalpha() or not tok.text.islower():
                return None  # a participle, a gerund, a modal, the perfect's "have", a name
            if prev is not None and prev.lower in _HAVE | {"will", "would", "to", "did", "does", "do", "been"}:
                return None
            return k
    return None


@rule(
    "grammar/simple-tense-with-since",
    triggers=(Phrases("since", ("since",)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.65,
)
def simple_tense_with_since(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A simple present or past before *since* and a point in time (``leads the party since
    2019``): a state still going on needs the perfect, ``has led the party since 2019``.

    ## Why it matters
    German *seit*, French *depuis* and Spanish *desde* take the present for what began in the
    past and goes on; English takes the present perfect, and a reader of ``He lives in Laval
    since March`` hears a learner. Records and firsts keep their tense (``the highest since
    2008``, ``the first time since May``), and so do clauses whose verb is already a perfect,
    a participle or a gerund.

    ## Examples
    bad:  The councillor [[lives in Laval since]] March and knows the file well.
    bad:  Ms. Roy [[leads the party since]] 2019, and her rivals want a vote.
    bad:  The bridge [[is closed since]] last Friday because of the flooding.
    bad:  He [[worked at the agency since]] 2015 before his appointment was made public.
    good: The councillor has lived in Laval since March and knows the file well.
    good: Ms. Roy has led the party since 2019; the bridge has been closed since last Friday.
    good: Prices rose to their highest level since 2008, the first such jump since May.
    good: It was the only loss since January, and nobody has won there since 2012.
    good: Residents living near the river since 2015 say the floods are worse.
    good: Since 2019 the party changed its leader twice, and it said that since March it had grown.

    ## Fix safety
    None: the verb becomes a perfect ("has led", "has been closed"), which the rule does not write.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.lower != "since" or not _time_point(toks, i + 1):
            continue
        k = _simple_verb_before(toks, i, tg)
        if k is None:
            continue
        yield ctx.finding(par, toks[k].start, tok.end,
                          f"“{toks[k].text} … since” a point in time: a state still going on takes the perfect (“has …”)")
