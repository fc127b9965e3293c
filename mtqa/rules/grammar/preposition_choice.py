"""Grammar: a word followed by a preposition English almost never gives it (``responsible of``,
``capable to``, ``interested by``, ``committed with``).

Engines carry the source's preposition over to the English word that governs it: French
*responsable de*, *participer à*, Spanish *interesado por*, German *Bedrohung mit*. Which
preposition an English word takes is read from a derived list, ``rules/preposition_choice.toml``:
words that CMU's trigram model of US English almost always follows by one preposition, each with
the prepositions the model almost never shows after it (``scripts/build_preposition_choice.py``).
Only adjectives and past participles are listed: after nouns and finite verbs the model's rare
prepositions open adjuncts too often (measured: they flagged clean copy), and after a participle
"at", "on", "in" and "by" (place, time, the passive's agent) are never flagged. Nothing of the
model is read at check time. The preposition must follow the word directly (no
mark between), and not open an adverbial English puts after any word (``aware at the time``,
``responsible in part``) or a date (``participate on Monday``).
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.rules.grammar.preposition_choice_pack import PACK, PrepositionChoice
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import FromPack, Phrases
from mtqa.segment import Paragraph
from mtqa.text.calendar import MONTH_WORDS, WEEKDAY_WORDS

# Adverbials a preposition opens after any word: "aware at the time", "responsible in part",
# "capable by far". The preposition and the word after it (or the two words after it).
_ADVERBIALS = frozenset({
    ("at", "all"), ("at", "least"), ("at", "first"), ("at", "once"), ("at", "times"), ("at", "last"),
    ("at", "the time"), ("at", "the moment"), ("at", "the same"), ("at", "that time"), ("at", "that point"),
    ("in", "part"), ("in", "turn"), ("in", "fact"), ("in", "general"), ("in", "particular"), ("in", "time"),
    ("in", "principle"), ("in", "practice"), ("in", "theory"), ("in", "the end"), ("in", "the past"),
    ("in", "the meantime"), ("in", "person"), ("in", "some"), ("in", "many"), ("in", "most"), ("in", "any"),
    ("by", "far"), ("by", "then"), ("by", "now"), ("by", "law"), ("by", "default"), ("by", "the time"),
    ("for", "now"), ("for", "example"), ("for", "instance"), ("for", "years"), ("for", "decades"),
    ("for", "months"), ("for", "weeks"), ("for", "days"), ("for", "a while"), ("for", "a time"),
    ("for", "the first"), ("for", "the moment"), ("for", "once"), ("for", "good"), ("for", "sure"),
    ("on", "time"), ("on", "average"), ("on", "paper"), ("on", "purpose"), ("on", "the whole"),
    ("to", "date"), ("to", "some"), ("to", "a degree"), ("to", "a point"), ("to", "this day"),
    ("with", "time"), ("about", "it"), ("of", "course"), ("from", "time"), ("from", "now"),
})
# Words after the preposition that make it a time adjunct ("participate on Monday").
_TIME_WORDS = WEEKDAY_WORDS | MONTH_WORDS | frozenset("today tomorrow yesterday night noon midnight dawn".split())


def _opens_adverbial(toks, j: int) -> bool:
    """Whether the preposition at j opens an adverbial English puts after any word."""
    prep = toks[j].lower
    one = toks[j + 1].lower if j + 1 < len(toks) else ""
    two = f"{one} {toks[j + 2].lower}" if j + 2 < len(toks) else ""
    if (prep, one) in _ADVERBIALS or (prep, two) in _ADVERBIALS:
        return True
    return one in _TIME_WORDS or (j + 1 < len(toks) and toks[j + 1].tag == "CD")


@rule(
    "grammar/preposition-choice",
    triggers=(Phrases("governing word", FromPack("expects"), pack=PACK, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.55,
    # Preview: it caught three fold-A labels and no clean copy, but nothing on fold B
    # (benchmarks/README.md, "Prepositions a word almost never takes").
    status=Status.PREVIEW,
)
def preposition_choice(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word followed by a preposition English almost never gives it (``responsible of``,
    ``capable to``, ``interested by``).

    ## Why it matters
    The preposition a word takes is the word's own: English is *responsible for*, *takes part
    in*, *is capable of*, *is dependent on*, whatever the source language says. The source's preposition kept is
    one of the surest marks of a translation, and a reader stops on it.

    ## Examples
    bad:  The minister is [[responsible of->responsible for]] the new housing file.
    bad:  The small ferry line is [[dependent from->dependent on]] a grant that ends in May.
    bad:  The mayor said the crews were not [[capable to->capable of]] clearing every street.
    bad:  Local buyers seemed [[interested by->interested in]] the older houses along the shore.
    good: The minister is responsible for the new housing file.
    good: The small ferry line is dependent on a grant, and was funded by the province.
    good: The crews were capable of clearing every street, and aware of the cost.
    good: She was aware at the time that the plan was responsible in part for the delay.
    good: She was born at the old hospital, and the wires were connected on Monday.
    good: The council is responsible, of course, for the roads.

    ## Fix safety
    Display only: the preposition the word takes is suggested; the phrase may need more change.

    ## Known issues
    Read from a lowercased model of general US English: a word whose preposition depends on its
    sense (*access to* a place, *access by* road) is in the list only where the model sees one
    preposition far more than the others, and words the model sees followed by many
    prepositions (*statement*, *travel*, *decision*) are not in it, so ``statement at the
    attack`` is not reached; nor are nouns and finite verbs (``participate to``). Preview: it
    caught labels on the fold it was written from and none on the other.
    """
    data: PrepositionChoice = ctx.data(PACK)
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 1):
        head = toks[i]
        rare = data.rare.get(head.text)
        if rare is None:
            continue
        prep = toks[i + 1]
        if prep.text not in rare or prep.start != head.end + 1 or par.text[head.end] != " ":
            continue
        if i > 0 and par.text[max(0, head.start - 1):head.start] in ("-", "/"):
            continue  # the second half of a compound
        if _opens_adverbial(toks, i + 1) or (i > 0 and (toks[i - 1].lower, head.lower) in _ADVERBIALS):
            continue  # "aware at the time", "responsible in part for"
        expected = data.expects[head.text]
        yield ctx.finding(par, head.start, prep.end,
                          f"“{head.text} {prep.text}”: English writes “{head.text} {expected}”",
                          fix=Fix.display_only(f"Write “{head.text} {expected}”", replacement=f"{head.text} {expected}"))
