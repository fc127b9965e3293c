"""Grammar: a verb followed by a preposition English does not put after it (``stressed on the
need``, ``discussed about the budget``, ``participated to the talks``).

French *insister sur*, Hindi and Nepali *par zor dena*, Spanish *discutir sobre*, *participar a*
(Italian), *dépendre de* give these verbs a preposition; English takes a direct object (*stress*,
*emphasize*, *discuss*, *mention*, *describe*, *request*, *lack*, *obey*, *investigate*,
*resemble*) or another preposition (*participate in*, *depend on*, *benefit from*, *consist of*).
The pairs are a declared table from the ESL references' lists of verbs that take no preposition
and of the learner's wrong ones, not from the corpus; a pair is listed only if English has no use
of the verb with that preposition as its complement (*answer to*, *attend to*, *approach to*,
*explain about* and *comprised of* are English and left out). The verb must be tagged a verb by
the part-of-speech tagger (``mtqa.tagging``), so nouns stay quiet (*the stress on*, *a request
for*, *the lack of*); a passive or an adjective (*was requested for*, *felt stressed on*) and a
preposition that opens an adjunct (*stressed on Monday*, *on the sidelines*, *on Twitter*,
*about 20*) stay quiet too. Needs the optional extra ``mtqa[grammar]``.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# verb forms → (the prepositions it does not take, what English writes instead: "" for none)
_TABLE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("stress stresses stressed stressing", ("on",), ""),
    ("emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising", ("on",), ""),
    ("discuss discusses discussed discussing", ("about",), ""),
    ("mention mentions mentioned mentioning", ("about",), ""),
    ("describe describes described describing", ("about",), ""),
    ("investigate investigates investigated investigating", ("about",), ""),
    ("request requests requested requesting", ("for",), ""),
    ("lack lacks lacked lacking", ("of",), ""),
    ("obey obeys obeyed obeying", ("to",), ""),
    ("resemble resembles resembled resembling", ("to", "with"), ""),
    ("participate participates participated participating", ("to",), "in"),
    ("depend depends depended depending", ("of",), "on"),
    ("benefit benefits benefited benefitted benefiting benefitting", ("of",), "from"),
    ("consist consists consisted consisting", ("from", "by"), "of"),
)
_PAIRS: dict[tuple[str, str], str] = {
    (form, prep): instead for forms, preps, instead in _TABLE for form in forms.split() for prep in preps
}
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBG", "VBN"})
# Before a participle: a passive or an adjective ("was requested for", "felt stressed on the job").
_BE_LIKE = frozenset(
    "be is are was were been being am 's get gets got getting gotten feel feels felt seem seems seemed look "
    "looks looked become became becomes remain remains remained".split()
)
_HAVE = frozenset({"has", "have", "had", "having"})
# Heads after which the preposition opens an adjunct of place, time, medium or occasion.
_ADJUNCT_HEADS = frozenset(
    "sidelines phone telephone air occasion eve day days night morning afternoon evening weekend week floor show "
    "program programme podcast website site web call trail radio television stage platform page network channel "
    "broadcast visit trip tour line ground spot record camera basis behalf years months weeks decades hours time "
    "minutes".split()
)
_MODIFIER_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "PRP$", "CD", "VBN", "RB"})


def _participle_ok(toks, i: int) -> bool:
    """Whether a verb in -ed (tagged a past tense or a participle) is finite: a perfect (*has stressed on*)
    or a past tense the tagger read as a participle after its subject, never a passive or an
    adjective after *be*, *get*, *feel*, nor a reduced relative after a comma or a noun's article."""
    k = i - 1
    while k >= 0 and toks[k].tag == "RB":
        k -= 1
    if k < 0:
        return False
    prev = toks[k]
    if prev.lower in _HAVE:
        return True
    return prev.lower not in _BE_LIKE and prev.tag not in {",", "DT", "IN", "TO", ":"}


def _opens_adjunct(toks, j: int) -> bool:
    """Whether what follows the preposition at j is an adjunct the verb does not govern: a name,
    a number, a date or a head of place, time or medium within three words (*on Monday*, *on the
    sidelines of*, *about 20*, *for years*)."""
    for k in range(j + 1, min(j + 5, len(toks))):
        tok = toks[k]
        if tok.tag in ("NNP", "NNPS", "CD") or tok.text[:1].isdigit():
            return True
        if tok.tag.startswith("NN"):
            return tok.lower in _ADJUNCT_HEADS
        if tok.tag not in _MODIFIER_TAGS:
            return False
    return False


@rule(
    "grammar/verb-superfluous-preposition",
    triggers=(Phrases("verb and preposition", tuple(sorted(f"{form} {prep}" for form, prep in _PAIRS)),
                      boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def verb_superfluous_preposition(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb followed by a preposition English does not give it (``stressed on the need``,
    ``discussed about``, ``participated to``, ``depends of``).

    Needs the optional extra ``mtqa[grammar]`` (word classes); without it the rule is skipped
    and says so, it never fails.

    ## Why it matters
    The source language's verb takes a preposition (*insister sur*, *discutir sobre*, *participer
    à*, *dépendre de*) and an engine keeps it; English *stresses the need*, *discusses the
    budget*, *participates in*, *depends on*, and the extra word reads as a translation.

    ## Examples
    bad:  The ambassador [[stressed on->stressed]] the need to bolster investor confidence.
    bad:  The two ministers [[discussed about->discussed]] the trade deal in Ottawa.
    bad:  Canada [[participated to->participated in]] the summit, and its economy [[depends of->depends on]] trade.
    bad:  The envoy has [[emphasized on->emphasized]] the importance of the visit.
    good: The ambassador stressed the need to bolster investor confidence.
    good: The stress on exports and the emphasis on trade were clear; a request for data came later.
    good: She stressed on Monday that the plan stands, and he stressed on the sidelines of the summit that it would pass.
    good: The file was requested for the inquiry, and workers felt stressed on the job.
    good: The ministers discussed about 20 proposals, and the lack of funds was mentioned.
    good: He answered to the board, attended to the wounded and explained about the delay.

    ## Fix safety
    Display only: the preposition is dropped or replaced; a sentence built round it may need more.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 1):
        verb, prep = toks[i], toks[i + 1]
        instead = _PAIRS.get((verb.lower, prep.lower))
        if instead is None or verb.tag not in _VERB_TAGS:
            continue
        if verb.tag in ("VBN", "VBD") and not _participle_ok(toks, i):
            continue  # the tagger reads a participle after "was" or "felt" as a past tense too
        if i > 0 and toks[i - 1].tag in ("DT", "PRP$", "JJ"):
            continue  # "the requests for", "its benefits of": a noun the tagger read as a verb
        if _opens_adjunct(toks, i + 1):
            continue
        repl = f"{verb.text} {instead}" if instead else verb.text
        what = f"“{instead}”" if instead else "its object directly"
        yield ctx.finding(par, verb.start, prep.end, f"“{verb.text}” takes {what}, not “{prep.text}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
