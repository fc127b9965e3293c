"""Calques: a light verb English does not pair with its noun (``made a question``, ``did a mistake``).

French, Spanish and German pair a noun with their own light verb (*poser une question*, *faire une
erreur*, *hacer una visita*, *eine Rede halten*); a translation keeps the source's verb where
English has another (*ask a question*, *make a mistake*, *pay a visit*, *give a speech*). Which
verb English takes is not written down here phrase by phrase: CMU's trigram model of English
(``mtqa.language_model``, the optional extra ``mtqa[lm]``) is asked, for a light verb, an article
and a noun, whether it has seen that verb before "a/the + noun" at all, and whether another light
verb before the same two words is far likelier. Only then is the verb flagged, with the likelier
one as the suggestion. The word after the article must be a noun in the tagger's lexicon (the
extra ``mtqa[grammar]``), so that "gave a clean bill" is not read as the verb before "clean".
Without either extra the rule is skipped.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import language_model, tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Status, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# Each light verb's forms, in one order: base, third person, past, participle, -ing. A flagged
# form's slot gives the suggestion's form.
FORMS: dict[str, tuple[str, str, str, str, str]] = {
    "make": ("make", "makes", "made", "made", "making"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "do": ("do", "does", "did", "done", "doing"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "pose": ("pose", "poses", "posed", "posed", "posing"),
    "hold": ("hold", "holds", "held", "held", "holding"),
    "pay": ("pay", "pays", "paid", "paid", "paying"),
    "ask": ("ask", "asks", "asked", "asked", "asking"),
    "have": ("have", "has", "had", "had", "having"),
}
# The verbs whose use is judged; "ask" and "have" are only offered as the likelier verb
# ("made a question": asked; "did a meeting": held), since English puts them before almost anything.
JUDGED = ("make", "take", "do", "give", "pose", "hold", "pay")
# log10 of how many times likelier the other verb's trigram must be: ten times.
MARGIN = 1.0
LISTED = 3  # the model's back-off order of a trigram it lists

_SLOT = {form: (lemma, i) for lemma in JUDGED for i, form in enumerate(FORMS[lemma])}
_TRIGGERS = tuple(sorted(_SLOT))
_PHRASE = lazy(r"\b((?i:" + "|".join(sorted(_SLOT, key=len, reverse=True)) + r")) (a|an|the) (\p{Ll}+)\b(?![-’'])(?=(?: (\p{Ll}+))?)")
# Tags of a word after the noun that make the noun the subject of a small clause, not the verb's
# object: "made the buyer feel safe", "make the road safer", "made the team better".
_SMALL_CLAUSE = ("VB", "VBP", "JJ", "JJR", "RB", "RBR")


def likelier_verb(lm: language_model.Model, lemma: str, article: str, noun: str) -> str | None:
    """The light verb the model finds far likelier before "article noun" than `lemma`, when it has
    never seen `lemma` there (its trigram is not listed); None when `lemma` is English there."""
    art, word = lm.word_id(article), lm.word_id(noun)
    own = lm.word_id(lemma)
    if art is None or word is None or own is None:
        return None
    own_score, own_order = lm.trigram(word, art, own)
    if own_order >= LISTED:
        return None
    best, best_score = None, own_score + MARGIN
    for other in FORMS:
        oid = lm.word_id(other)
        if other == lemma or oid is None:
            continue
        score, order = lm.trigram(word, art, oid)
        if order >= LISTED and score >= best_score:
            best, best_score = other, score
    return best


@rule(
    "calques/light-verb",
    triggers=(Phrases("light verbs", _TRIGGERS),),
    category="Style/Unidiomatic",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
    # Preview: written from general knowledge and judged on the real-copy corpus's tuning half, it
    # caught one fold-B label (which another rule catches too) and no clean copy (benchmarks/README.md,
    # "Calques by kind, fortieth pass"); it needs the lm extra, which no default rule needs.
    status=Status.PREVIEW,
)
def light_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A light verb before a noun it does not take in English, where a language model of English
    finds another light verb before the same noun far likelier (``made a question``: *asked*).

    The model is asked about the verb's base form, "a", "an" or "the", and the lowercase word that
    follows: the verb is flagged only when the model lists no such trigram and lists another light
    verb's (make, take, do, give, pose, hold, pay, ask, have) at least ten times likelier.

    ## Why it matters
    The source language's verb survives translation (*poser une question*, *faire une erreur*,
    *eine Rede halten*); an English reader hears a learner.

    ## Examples
    bad:  The councillor [[made]] a question to the mayor about snow removal.
    bad:  The candidate admitted he [[did]] a mistake on his tax form.
    bad:  The premier [[held]] a speech to the chamber of commerce.
    good: The councillor asked a question about snow removal and made a proposal.
    good: The premier gave a speech, took a walk downtown and paid a visit to the market.
    good: The team made the playoffs and held the lead.
    good: The inspector gave a clean bill of health and had the unique task of signing it.
    good: The new rules make the buyer feel safe and make the road safer.

    ## Fix safety
    Display only: the likelier verb is offered, and the editor decides.
    """
    lm = language_model.model()
    if lm is None:
        raise CheckSkipped(language_model.MISSING)
    tagger = tagging.tagger()
    if tagger is None:
        raise CheckSkipped(tagging.MISSING)
    for m in _PHRASE.finditer(par.text):
        if not (tagger.lexicon_tag(m.group(3)) or "").startswith("NN"):
            continue  # an adjective or a verb after the article ("gave a clean bill"): no object noun here
        if m.group(4) and tagger.lexicon_tag(m.group(4)) in _SMALL_CLAUSE:
            continue  # a causative "make": the noun does what follows, it is not made
        lemma, slot = _SLOT[m.group(1).lower()]
        other = likelier_verb(lm, lemma, m.group(2), m.group(3))
        if other is None:
            continue
        verb = FORMS[other][slot]
        if m.group(1)[:1].isupper():
            verb = verb[:1].upper() + verb[1:]
        yield ctx.finding(
            par, m.start(1), m.end(1),
            f"“{m.group(1)} {m.group(2)} {m.group(3)}”: English says “{other} {m.group(2)} {m.group(3)}” (the source's light verb kept?)",
            fix=Fix.display_only(f"Consider “{verb}”", replacement=verb),
        )
