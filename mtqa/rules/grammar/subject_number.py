"""Grammar: a plural subject with a singular verb at once after it (``the new rules is``).

`grammar/plural-head-singular-verb` reads a plural head before "of" (``topics of the summit
was``); `grammar/singular-subject-plural-verb` the opposite slip (``the minister have``). This
rule reads the short case neither covers: a clause that opens with "the" (or a plural
demonstrative), at most two modifiers, a plural common noun and then *is*, *was* or *has*
(``the China–Canada relations has``, ``these measures is``). Engines from languages that mark
no plural on the verb, or that take a collective's number, and spinners that swap one word of
the pair leave it. The noun's number comes from word classes (``mtqa.tagging``), not a list:
tagged a plural common noun, written in lowercase, and the plural of a noun whose singular is
another word; nouns in *-s* that English takes as singular (news, series, headquarters,
measles), spans of time and measure (``the last two years has been hard``) and names (``The
Simpsons is``) stay quiet. Needs the optional extra ``mtqa[grammar]``; without it the rule is
skipped, quietly.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Pattern
from mtqa.segment import Paragraph
from mtqa.tagging import Tagger, Token

_OPENING = frozenset({"the", "these", "those"})
_SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have"}
# Where a clause (and so its subject) may begin.
_CLAUSE_OPENERS = frozenset({".", "!", "?", ",", ";", ":", "“", '"', "(", "and", "but", "because", "while", "since",
                             "although", "though", "when", "if", "that", "whether", "once", "after", "before",
                             # verbs of saying, whose clause often drops "that"
                             "said", "says", "added", "noted", "warned", "argued", "stated", "wrote", "claimed",
                             "believe", "believes", "think", "thinks"})
# Nouns in -s English takes as one thing: fields, diseases, one place, one sum.
_SINGULAR_IN_S = frozenset(
    "news series species politics economics means headquarters mathematics physics ethics crossroads whereabouts "
    "statistics athletics logistics measles mumps diabetes barracks gallows aerobics gymnastics linguistics "
    "electronics genetics robotics olympics paralympics lyrics works proceeds odds thanks".split())
# Spans of time and measure taken as one stretch or one amount ("the last two years has been hard").
_MEASURES = frozenset(
    "seconds minutes hours days weeks months years decades centuries kilometres kilometers metres meters miles "
    "kilograms kilos pounds tonnes tons litres liters dollars cents euros points percent".split())
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "VBN", "VBG"})


def _subject(toks: Sequence[Token], i: int) -> int | None:
    """The index of the plural noun of a subject that opens at i ("the", at most two modifiers,
    the noun) and ends right before a verb; None if there is none."""
    for n in (i + 1, i + 2, i + 3):
        if n >= len(toks) - 1:
            return None
        tok = toks[n]
        if tok.tag == "NNS":
            return n if toks[n + 1].lower in _SINGULAR_VERBS else None
        if tok.tag not in _MODIFIER_TAGS:
            return None
    return None


def _plural_count_noun(tok: Token, tg: Tagger) -> bool:
    """Whether `tok` is a lowercase plural common noun whose singular is another word."""
    word = tok.text
    if not word.isalpha() or not word.islower() or not word.endswith("s") or word in _SINGULAR_IN_S or word in _MEASURES:
        return False
    if "NOUN" not in tg.readings(word):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word[:-1]
    return singular != word and tg.has_distinct_plural(singular) and "NOUN" in tg.readings(singular)


@rule(
    "grammar/plural-subject-singular-verb",
    # What a finding holds: a lowercase plural in -s, whitespace, then is/was/has as written.
    triggers=(Pattern("plural then a singular verb", r"s\s+(?:is|was|has)\b"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def plural_subject_singular_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A clause that opens with a plural subject and goes on with *is*, *was* or *has*
    (``the new rules is``).

    Needs the optional extra ``mtqa[grammar]`` (word classes); without it the rule is skipped
    and says so, it never fails.

    ## Why it matters
    Readers take the verb's number as the subject's; the slip reads as machine output or a
    spinner's swap, and sometimes leaves the reader unsure what the subject is.

    ## Examples
    bad:  However, [[the bilateral relations has->the bilateral relations have]] been strained since May.
    bad:  [[The new rules is->The new rules are]] in force on Monday.
    bad:  Officials said [[these measures was->these measures were]] temporary.
    good: However, the bilateral relations have been strained since May.
    good: The news is good, and the series was renewed; the headquarters has moved.
    good: The last two years has been a hard stretch, and the 10 kilometres was the easy part.
    good: One of the reasons is cost, and each of the members has a vote.
    good: The Simpsons is still on the air, and The Times has a new editor.
    good: What the rules say is clear; all the province needs is money.

    ## Fix safety
    Display only: the verb is made plural; the subject may have been meant singular.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        det = toks[i]
        if det.lower not in _OPENING:
            continue
        if i > 0 and toks[i - 1].lower not in _CLAUSE_OPENERS:
            continue  # "one of the reasons is", "what the rules say is": not the clause's subject
        n = _subject(toks, i)
        if n is None or not _plural_count_noun(toks[n], tg):
            continue
        verb = toks[n + 1]
        if not verb.text.islower():
            continue
        plural = _SINGULAR_VERBS[verb.lower]
        text = par.text
        repl = text[det.start:toks[n].end] + " " + plural
        yield ctx.finding(par, det.start, verb.end,
                          f"“{toks[n].text}” is plural: write “{plural}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
