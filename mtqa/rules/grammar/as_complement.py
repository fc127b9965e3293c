"""Grammar: "as" before the adjective that *consider*, *deem*, *term*, *call* or *declare* take
bare (``considers its trade relations as crucial``, ``termed the allegations as baseless``).

English writes ``consider X crucial``, ``deemed it necessary``, ``termed them baseless``,
``called the move unacceptable``, ``declared it illegal``: these
verbs take their object's complement with no word before it, unlike *regard*, *see*, *describe*
and *view*, which take "as". French (*considérer comme*), Spanish (*considerar como*), Chinese (视为,
称为), Hindi and Vietnamese mark the complement, and an engine writes "as". The adjective is read
from the part-of-speech tagger and lemminflect (``mtqa.tagging``), not a list: a word tagged an
adjective that can be nothing but an adjective or a noun, right after "as", ending its phrase (a
mark, a conjunction or a preposition follows). ``considered as a whole``, ``as well``, ``as soon
as`` and a comparison (``as important as``) stay quiet. Needs the optional extra ``mtqa[grammar]``.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_VERBS = frozenset("consider considers considered considering deem deems deemed deeming term terms termed "
                   "terming call calls called calling declare declares declared declaring".split())
# What may stand between the verb and "as": the object, never a clause's end or another verb.
_STOP_TAGS = frozenset({",", ".", ":", "CC", "VBZ", "VBD", "VBP", "MD", "WDT", "WP"})
_AFTER_ADJECTIVE_TAGS = frozenset({",", ".", ":", "CC", "IN", "TO"})
_NOT_COMPLEMENTS = frozenset({"such", "well", "soon", "long", "much", "many", "far", "follows", "usual", "part",
                              "opposed", "possible", "ever", "before", "yet"})


@rule(
    "grammar/as-before-complement",
    triggers=(Phrases("verb taking a bare complement", tuple(sorted(_VERBS))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def as_before_complement(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"As" between *consider*, *deem*, *term*, *call* or *declare* and the adjective they take
    bare (``considers the talks as crucial``).

    Needs the optional extra ``mtqa[grammar]`` (word classes); without it the rule is skipped
    and says so, it never fails.

    ## Why it matters
    French *considérer comme*, Spanish *considerar como* and Chinese 视为 mark the complement;
    English does not after these verbs, and the extra "as" reads as a translation.

    ## Examples
    bad:  The ministry considers the border talks [[as crucial->crucial]].
    bad:  He termed such allegations [[as baseless->baseless]] and left.
    bad:  The plan was deemed [[as necessary->necessary]] by the board.
    bad:  The ministry called the move [[as unacceptable->unacceptable]] on Monday.
    good: The ministry considers the border talks crucial.
    good: The report is considered as a whole, and the board deemed it fit as well.
    good: Critics regard the plan as reckless, and the premier described it as fair.
    good: She was called as a witness, and he declared himself as a candidate.
    good: The vote is considered as important as the budget, and was termed as soon as possible.

    ## Fix safety
    Display only: "as" is dropped.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, verb in enumerate(toks):
        if verb.lower not in _VERBS or not verb.tag.startswith("VB"):
            continue
        for k in range(i + 1, min(i + 10, len(toks) - 1)):
            tok = toks[k]
            if tok.lower == "as":
                adj = toks[k + 1]
                after = toks[k + 2] if k + 2 < len(toks) else None
                readings = tg.readings(adj.lower)
                if (adj.tag == "JJ" and adj.text.islower() and adj.lower not in _NOT_COMPLEMENTS
                        and "ADJ" in readings and "VERB" not in readings and "ADV" not in readings
                        and (after is None or (after.tag in _AFTER_ADJECTIVE_TAGS and after.lower != "as"))):
                    yield ctx.finding(par, tok.start, adj.end, f"“{verb.text}” takes its complement without “as”",
                                      fix=Fix.display_only(f"Write “{adj.text}”", replacement=adj.text))
                break
            if tok.tag in _STOP_TAGS:
                break
