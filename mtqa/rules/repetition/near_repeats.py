"""Repeats a few words apart: a manner adverb said twice in one clause, a verb beside its own -ing form.

An engine that translates a clause twice, or merges two candidate translations of it, does not
always leave the copies side by side (`repetition/doubled-word`'s ground): the adverb of one copy
lands at the clause's end ("replied calmly to the questions calmly"), or the participle of one
copy stands before the verb of the other ("rules including include three"). Both need the
part-of-speech tagger (the optional extra ``mtqa[grammar]``) and are quiet without it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from mtqa import lexicon, tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import LOWER, Pattern, Repeated
from mtqa.segment import Paragraph, word_spans
from mtqa.text.tokens import folded_tokens

_ADVERB_GAP = 8  # words at most between the two copies of the adverb
# Between the two copies, what makes the second a parallel member or another clause's own adverb:
# a conjunction, a comparison, a negation, a clause boundary.
_PARALLEL = frozenset("and or but nor not than as while whereas because when if yet so then".split())
_CLAUSE_BREAK = lazy(r"[.!?;:,—–()\"“”]")
# Adverbs in -ly that English repeats as a matter of course (degree, frequency, sentence adverbs).
_COMMON_REPEATS = frozenset(
    """only really early likely nearly fully highly largely mostly simply clearly merely widely partly
    directly exactly certainly probably possibly actually finally especially particularly usually
    recently currently previously newly daily weekly monthly yearly hourly nightly quarterly""".split()
)
_RARE_ENOUGH = 5.0  # Zipf: above it an adverb is a function word of its own ("only", "really")


@rule(
    "repetition/repeated-adverb",
    triggers=(Repeated("word again within nine", within=_ADVERB_GAP + 1),),
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def repeated_adverb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A manner adverb in -ly said twice in one clause, a few words apart (“answered calmly … calmly”).

    ## Why it matters
    A clause carries its manner once; a second copy of the same adverb a few words on is one
    translation of the clause merged with another, and reads as a slip.

    ## Examples
    bad:  The envoy answered patiently to all of the reporters' questions [[patiently]].
    bad:  Crews worked steadily through the flooded streets [[steadily]] on Sunday.
    good: The envoy answered patiently to all of the reporters' questions.
    good: She spoke softly to the children and softly to their parents.
    good: He answered quickly, then quickly left the room.
    good: Prices rose sharply in May. Sharply higher rents followed.
    good: The board meets monthly and reports monthly to the council.
    good: They were only told of it only after the vote.

    ## Fix safety
    None: which copy to keep depends on the clause.

    ## Known issues
    Needs the part-of-speech tagger (``mtqa[grammar]``). An adverb repeated for rhythm in a
    single clause with nothing between ("slowly, slowly") is `repetition/doubled-word`'s.
    """
    tg = tagging.tagger()
    lex = lexicon.english()
    if tg is None or lex is None:
        return
    text = par.text
    spans = word_spans(par)
    folded = ctx.analysis(folded_tokens, par)
    seen: set[int] = set()
    for pair in ctx.hits(par):
        i = bisect_left(spans, (pair.start,))
        j = bisect_left(spans, (pair.end,)) - 1
        if j in seen or not 2 <= j - i <= _ADVERB_GAP + 1 or folded[i] != folded[j]:
            continue
        word = folded[i]
        if not _manner_adverb(word, tg, lex):
            continue
        between = folded[i + 1 : j]
        if _PARALLEL.intersection(between) or _CLAUSE_BREAK.search(text, spans[i][1], spans[j][0]):
            continue
        seen.add(j)
        s, e = spans[j]
        yield ctx.finding(par, s, e, f"“{text[s:e]}” said twice in one clause ({j - i - 1} words apart)")


def _manner_adverb(word: str, tg: tagging.Tagger, lex: lexicon.Lexicon) -> bool:
    """An adverb in -ly of six letters or more, not one English repeats as a matter of course."""
    return (len(word) >= 6 and word.endswith("ly") and word.isalpha() and word not in _COMMON_REPEATS
            and tg.lexicon_tag(word) == "RB" and lex.zipf(word) <= _RARE_ENOUGH)


# A word in -ing, a space, then a lowercase word (the verb's own form is checked after).
_ING_THEN_WORD = lazy(r"(?<![\p{L}\p{N}\-’'])(\p{Ll}{3,}?)ing (\p{Ll}{2,})(?![\p{L}\-’'])")
# Words before the -ing form that make it a noun ("the meeting meets"), or a sentence's subject.
_NOUN_MAKERS = frozenset(
    """a an the this that these those its their our his her my your whose each every any no some
    of""".split()
)


@rule(
    "repetition/inflected-double",
    triggers=(Pattern("an -ing word before a word", rf"ing [{LOWER}]"),),
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.75,
)
def inflected_double(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb's -ing form right before a present form of the same verb (“including include”).

    ## Why it matters
    Two candidate translations of one word merged leave both forms of the verb side by side;
    no English clause needs the participle and the finite verb of one verb in a row.

    ## Examples
    bad:  The rules cover symbols [[including include->including]] crosses and turbans.
    bad:  Officials said crews [[working works->working]] through the night.
    good: The rules cover symbols including crosses and turbans.
    good: The meeting meets every Tuesday, and the building builds on that.
    good: A building built in 1910 and a painting painted by her stand there.
    good: Her warning warns nobody; the ruling rules out a second vote.
    good: Housing houses were sold; the setting sets the tone.

    ## Fix safety
    Safe: the finite verb is dropped and the -ing form kept, as the clause reads on it.

    ## Known issues
    Needs the part-of-speech tagger (``mtqa[grammar]``). Only a present form is compared: an -ing
    noun before a past participle ("a building built") is ordinary English.
    """
    tg = tagging.tagger()
    if tg is None:
        return
    text = par.text
    for m in _ING_THEN_WORD.finditer(text):
        stem, verb = m.group(1), m.group(2)
        first = stem + "ing"
        if verb == first or not _same_verb(stem, verb) or "VERB" not in tg.readings(verb):
            continue
        before = text[: m.start()].rstrip()
        previous = before.rsplit(None, 1)[-1].lower() if before else ""
        if not before or before[-1] in ".!?:;\"“" or previous in _NOUN_MAKERS:
            continue  # a noun in -ing, or a gerund opening a sentence ("Housing houses")
        yield ctx.finding(
            par, m.start(), m.end(), f"“{first}” and “{verb}”, two forms of one verb, side by side",
            fix=Fix.safe(f"Write {first}", replacement=first), suggestions=(first,),
        )


def _same_verb(stem: str, verb: str) -> bool:
    """Whether `verb` is the base or -s form of the verb whose -ing form is `stem` + "ing"
    ("includ": include, includes; "runn": run, runs; "work": work, works)."""
    stems = {stem, stem + "e"}
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "running" → run
    forms = set()
    for s in stems:
        forms.update((s, s + "s", s + "es"))
    return verb in forms
