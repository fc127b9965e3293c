"""Word sequences that a language model of English finds far less likely than their words.

Machine translation and paraphrase tools leave function words in orders English never uses
(a preposition before an article with no noun, a verb form after the wrong auxiliary). Word
lists reach the orders someone wrote down; a smoothed trigram model (``mtqa.language_model``,
the optional extra ``mtqa[lm]``) knows how likely any word is after the two before it. The
rule fires only far out in the model's tail, where the tuning half of the real-copy corpus
gives 4 of 5 flags inside a labelled error and 0.07 flags per 1,000 clean words
(benchmarks/README.md, "A real language model"): it catches little, and ships as a preview.
Without the extra it is skipped.

It does not read a sentence's first words (stop 45, fold A of the tuning half): a three-word
run must start at the sentence's third word or later, since the model knows openings least
(``Any number divided``, ``What can council``, ``It spoofs``: a question or a rare verb at the
start is the model's ignorance, not the writer's error). Nor does it read quoted speech, whose
speakers break off and restart.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import language_model
from mtqa.finding import Severity
from mtqa.rule import CheckSkipped, Option, RawFinding, RuleContext, Status, rule
from mtqa.segment import Paragraph, sentence_stops

# log10 P(word) - log10 P(word | two words before): the word is at least this many powers of ten
# less likely after its two predecessors than on its own. Fixed on the real-copy tuning half
# (benchmarks/language_model.py): 1.8 is where its flags first reach 0.8 precision.
SURPRISE = 1.8
# How many words of its sentence must stand before a three-word run for the rule to read it.
_WORDS_BEFORE = 2
_OPENING_QUOTES = ("“", "«")
_CLOSING_QUOTES = ("”", "»")


def _in_quotation(text: str, at: int) -> bool:
    """Whether `at` falls inside quoted speech opened earlier in the paragraph (curly marks
    counted open against closed, straight ones by parity)."""
    before = text[:at]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened > closed or before.count('"') % 2 == 1


def _opens_sentence(text: str, at: int) -> bool:
    """Whether fewer than _WORDS_BEFORE words of its sentence stand before `at`."""
    line_start = text.rfind("\n", 0, at) + 1
    ends = list(sentence_stops(text, line_start, at))
    sentence_start = ends[-1] if ends else line_start
    return len(text[sentence_start:at].split()) < _WORDS_BEFORE


@rule(
    "grammar/improbable-sequence",
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    status=Status.PREVIEW,
    confidence=0.6,
    options={"surprise": Option(float, SURPRISE, "how many powers of ten less likely a word must be after its two "
                                                  "predecessors than on its own", gt=0)},
)
def improbable_sequence(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Three words in an order English does not use: the third is far less likely after the
    first two than anywhere (``spoke with the of residents``).

    A trigram language model scores each word after the two before it in the same clause;
    where that is more than about sixty times below the word's own frequency, the context
    argues against the word. Names (capitalised words inside a sentence), numbers, hyphenated
    compounds and words the model lacks are not read, nor are sequences across punctuation,
    a run that starts on one of a sentence's first two words, or quoted speech.

    ## Why it matters
    A reader stumbles on a sequence no editor would write: a word is missing, doubled or
    out of place.

    ## Examples
    bad:  Officials spoke [[with the of]] residents on Monday.
    bad:  The budget is due [[in the of]] March.
    bad:  Officials said the [[minister is been]] asked to resign.
    good: Officials spoke with the residents of the town on Monday.
    good: The budget is due in the spring, and the minister has been asked to resign.
    good: Premier Legault's office said the 2,000 workers of Hydro-Québec will vote on Friday.
    good: It mocks the habits of office workers. What can the board do about it? Any sum divided by nothing.
    good: “That was the only to pick,” she said of the route.

    ## Fix safety
    None: the model says the sequence is unlikely, not which words were meant.
    """
    lm = language_model.model()
    if lm is None:
        raise CheckSkipped(language_model.MISSING)
    threshold = float(ctx.options["surprise"])
    for scored in language_model.score(lm, par.text):
        if scored.surprise < threshold:
            continue
        h2, h1, word = scored.words
        if _opens_sentence(par.text, scored.start) or _in_quotation(par.text, scored.start):
            continue
        history = h1 if h2 == "<s>" else f"{h2} {h1}"
        times = 10 ** scored.surprise
        yield ctx.finding(
            par, scored.start, scored.end,
            f"“{par.text[scored.start:scored.end]}” reads as unlikely English: a language model finds "
            f"“{word}” about {times:,.0f} times less likely after “{history}” than on its own",
        )
