"""Calques: a preposition the source language chose, where English puts another in the same words.

A translation carries the source's preposition over ("charged against" for *arremeter contra*,
"an impact among" for *un impacto entre*), and a paraphrase tool swaps one for a thesaurus
neighbour ("a gathering within the premier's office"). Each phrase is one site's, so a table of
phrases never reaches the next batch (benchmarks/README.md, stop 49's calques by mechanism: the
preposition mechanism of fold A's misses). What is general is the closed class: English has a
score of common prepositions, and a trigram model of English (CMU's, the optional extra
``mtqa[lm]``) knows which of them a slot takes. So no phrase is listed: each common preposition
with two words before it and the words after it is scored, and every other common preposition in
its place; the written one is flagged only when the model lists no trigram of it there, lists
one of the other, and finds the other at least ten thousand times likelier over the same words.
The margin is the strict one because prepositions are frequent: at a hundred times, clean news
copy was flagged about once in 2,000 words (benchmarks/README.md). A capitalised word inside a
sentence (a name) is no context, and a preposition with fewer than two words after it in its
clause is not judged. Without the extra the rule is skipped.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa import language_model
from mtqa.finding import FixAvailability, Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Status, rule
from mtqa.rules.calques.lm_slots import slot_swaps
from mtqa.rules.calques.thesaurus_swaps import context_score
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# The common prepositions a slot is judged among (forms as the model has them).
PREPOSITIONS = (
    "about", "against", "among", "at", "by", "during", "for", "from", "in", "into", "of", "on",
    "over", "through", "to", "toward", "towards", "under", "with", "within",
)
_SET = frozenset(PREPOSITIONS)
# log10 of how many times likelier the other preposition must be: ten thousand times.
MARGIN = 4.0
SCORED = 3  # the preposition and the two words after it
LISTED = 3  # the model's order of a trigram it lists


def likelier_preposition(lm: language_model.Model, words: Sequence[str | None], at: int) -> str | None:
    """The preposition the model finds far likelier than the written one at `at`, when it lists no
    trigram of the written one there and one of the other; None when the written one reads as English."""
    written = words[at]
    before2, before1 = (words[at - 2], words[at - 1]) if at >= 2 else (None, None)
    if written is None or before2 is None or before1 is None:
        return None
    # Most prepositions stand in a trigram the model lists: one query settles them (speed only;
    # the full score below would reach the same answer).
    wid, h1, h2 = lm.word_id(written), lm.word_id(before1), lm.word_id(before2)
    if wid is not None and h1 is not None and h2 is not None and lm.trigram(wid, h1, h2)[1] >= LISTED:
        return None
    own = context_score(lm, words, at, written)
    if own is None or own[2] >= LISTED or own[1] < SCORED:
        return None
    best, best_score = None, own[0] + MARGIN
    for other in PREPOSITIONS:
        if other == written:
            continue
        theirs = context_score(lm, words, at, other)
        if theirs is not None and theirs[1] == own[1] and theirs[2] >= LISTED and theirs[0] >= best_score:
            best, best_score = other, theirs[0]
    return best


@rule(
    "calques/preposition-swap",
    triggers=(Phrases("prepositions", PREPOSITIONS),),
    category="Style/Unidiomatic",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.5,
    # Preview: it needs the optional language model, which a default rule must not load on nearly
    # every paragraph (its triggers are the commonest words); figures in benchmarks/README.md,
    # "The calques family by mechanism" (stop 49).
    status=Status.PREVIEW,
)
def preposition_swap(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A preposition where a language model of English finds another one far likelier in the same
    words (``has charged against the amnesty``: *with*... read in context).

    Every common preposition with two words of context before it and two after is judged: it is
    flagged only when the model lists no trigram of it there and another common preposition,
    listed there, is ten thousand times likelier over the same words.

    ## Why it matters
    A preposition carried over from the source, or swapped by a paraphrase tool, is the commonest
    way a translated phrase reads wrong while every word of it is English.

    ## Examples
    bad:  The new levy caused an impact [[among]] fishers and boat owners.
    bad:  She was in a meeting [[within]] the mayor's office last week.
    good: The presentation had an impact on tour operators and travel agents.
    good: Smoke from forest fires drifted over the city on Tuesday.
    good: The farmers gathered for a rally in the city's conference centre.

    ## Fix safety
    Display only: the likelier preposition is offered, and the editor decides.
    """
    lm = language_model.model()
    if lm is None:
        raise CheckSkipped(language_model.MISSING)
    yield from slot_swaps(par, ctx, lm, _SET, likelier_preposition,
                          "“{tok}” reads as the source's preposition here: English says “{other}” in these words")
