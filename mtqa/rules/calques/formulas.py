"""Calques: a diplomatic readout or an agency dispatch translated whole, told by its formulas.

Foreign ministries, state agencies and communiqués write in fixed phrases: *on the occasion of*,
*within the framework of*, *the two sides exchanged views on issues of mutual interest*, *the
Chinese side attaches great importance to win-win cooperation*. Machine translation keeps each
word for word, and English news copy, which says who met whom and what they agreed, seldom
uses any. The phrases of ``rules/formulas.toml`` are the kind's, each with the reference that
names it as officialese, Eurenglish or diplomatic jargon (the European Commission's *How to
write clearly* and web guide, the European Court of Auditors' *Misused English words and
expressions in EU publications*, plain-language vocabularies, guides to Chinese diplomatic
language for English readers); none was taken from the real-copy corpus. With them, of the same
mechanism and counted with them, the padding of an official notice or an agency's report
(``kind = "padding"``): *under the leadership of*, *with the participation of*, *carried out
inspection work*, *it should be noted that*, *the relevant departments*, *made great
contributions*, from J. Pinkham's *The Translator's Guide to Chinglish* and lists of expendable
phrases; the finding says an editor deletes it or uses a verb.

One formula alone is ordinary enough (a CP story's "at the invitation of the premier", a labour
story's "the two sides"), so the rule speaks where a story uses several different ones in its
own voice (quotations left out), the register of a readout translated whole, or uses one in a
story about diplomacy (the pack's ``[diplomatic]`` words: an ambassador, an embassy, a foreign
minister, bilateral talks), where English news copy reports the talks without it. There each
is flagged, with its plain English where there is one.
"""

from __future__ import annotations

import time
from typing import Iterator, NamedTuple

from mtqa import given_up, pattern_cache
from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.packs import is_user_file
from mtqa.rule import Option, RawFinding, RuleContext, rule
from mtqa.rules.calques.formulas_pack import PACK, Formulas, formula_source
from mtqa.rules.calques.literals import admits, searchable
from mtqa.scan import FromPack, Phrases
from mtqa.segment import Paragraph
from mtqa.text.quotation import blank_quotations

TIMEOUT = 0.5  # seconds per scan
MIN_FORMULAS = 2  # different formulas in the story's own voice before any is flagged


def _unquoted(text: str) -> str:
    """The text with every quotation blanked out (same length): a speaker's words are theirs."""
    return blank_quotations(text, straight_within_line=True)


def _pattern(data: Formulas, i: int):
    return pattern_cache.compile(data.patterns[i], regex.IGNORECASE)


_GIVEN_UP = f"timed out after {TIMEOUT:g} s"


def _may_hold(text: str, data: Formulas) -> Iterator[int]:
    """The formulas that may match `text`: those whose required text (`literals`) is there. The
    others cannot match, so they are not searched: the answers are the same, without one timed
    search over the text for each absent formula (most of them, in a paragraph or a story)."""
    lower = searchable(text)
    return (i for i, stretches in enumerate(data.stretches) if admits(stretches, lower))


def formulas_in(text: str, data: Formulas, skip: frozenset[int] = frozenset(),
                cut: list[int] | None = None, budget: given_up.GivenUp | None = None,
                notes: list[str] | None = None, first_only: bool = False) -> Iterator[tuple[int, int, int]]:
    """(formula index, start, end) of every formula in `text`, formula by formula, leaving out
    those in `skip`. A search that times out (a user's pattern that backtracks) is given up and
    its formula put in `cut`, so the rule goes on with the others instead of failing whole. With
    a `budget`, a user's formula is timed and charged to it, and not searched once it has run
    out (the note of that goes in `notes`, once); built-in formulas are never charged nor cut.
    Only the formulas whose required text is there are searched (`_may_hold`); with `first_only`,
    each to its first match (enough to count the formulas a story uses)."""
    for i in _may_hold(text, data):
        if i in skip:
            continue
        pack_file = data.origins[i][0] if budget is not None and i < len(data.origins) else ""
        user = bool(pack_file) and is_user_file(pack_file)
        if user and budget.over:  # type: ignore[union-attr]  # a pack_file only with a budget
            continue
        t0 = time.perf_counter()
        found = []
        try:
            if first_only:
                first = _pattern(data, i).search(text, timeout=TIMEOUT)
                found = [(i, first.start(), first.end())] if first is not None else []
            else:
                found = [(i, m.start(), m.end()) for m in _pattern(data, i).finditer(text, timeout=TIMEOUT)]
        except TimeoutError:
            if cut is not None:
                cut.append(i)
            found = []
        if user:
            note = budget.charge(pack_file, time.perf_counter() - t0)  # type: ignore[union-attr]
            if note and notes is not None:
                notes.append(note)
        yield from found


def formulas_used_in(text: str, data: Formulas) -> int:
    """How many different formulas `text` uses: each searched to its first match, not to its last."""
    return len({i for i, _, _ in formulas_in(text, data, first_only=True)})


class Use(NamedTuple):
    formulas: int  # how many different formulas the story uses in its own voice
    diplomatic: bool  # whether, in its own voice, it is a story about diplomacy
    cut: frozenset[int] = frozenset()  # formulas whose search timed out on the story: not searched in it
    notes: tuple[str, ...] = ()  # what timed out, said once for the document


@analysis("diplomatic-formulas", packs=(PACK,))
def formulas_used(doc, data: Formulas) -> Use:
    """The story's formulas and subject, in its own voice (once per document). A pattern that
    times out on the story is given up for the document (and for the rest of a bilingual file:
    `mtqa.given_up`): one `TIMEOUT` a pattern, not one a paragraph or a segment; a [diplomatic]
    pattern that times out leaves the story taken as not about diplomacy. Each is said in a note
    naming the pattern and where it was written."""
    text = _unquoted(doc.text[doc.extent[0]:doc.extent[1]])
    shared = given_up.of(doc)  # a bilingual file's: what timed out in its earlier segments too
    skip, no_subject = shared.of_kind(PACK), shared.of_kind(PACK + "-diplomatic")
    notes = []
    user_subject = is_user_file(data.diplomatic_origin)
    if no_subject or (user_subject and shared.over):
        diplomatic = False
    else:
        t0 = time.perf_counter()
        try:
            diplomatic = pattern_cache.compile(data.diplomatic, regex.IGNORECASE).search(text, timeout=TIMEOUT) is not None
        except TimeoutError:
            diplomatic = False
            no_subject.add(True)
            notes.append(f"diplomatic pattern {data.diplomatic!r} ({data.diplomatic_origin}) {_GIVEN_UP}; "
                         f"not searched in {given_up.rest(doc)}: the story taken as not about diplomacy")
        if user_subject:
            over = shared.charge(data.diplomatic_origin, time.perf_counter() - t0)
            if over:
                notes.append(over)
    cut: list[int] = []
    used = {i for i, _, _ in formulas_in(text, data, frozenset(skip), cut=cut, budget=shared, notes=notes,
                                        first_only=True)}
    skip.update(cut)
    notes += [f"pattern {data.patterns[i]!r} ({formula_source(data, i)}) {_GIVEN_UP}; not searched in {given_up.rest(doc)}"
              for i in cut]
    return Use(len(used), diplomatic, frozenset(skip), tuple(notes))


@rule(
    "calques/diplomatic-formulas",
    triggers=(Phrases("formula words", FromPack("words"), pack=PACK, boundary="letters"),),
    category="Style/Unidiomatic",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.6,
    options={"min_formulas": Option(int, MIN_FORMULAS,
                                    "different formulas a story must use before any is flagged (1: every one)", ge=1),
             "in_diplomatic_story": Option(bool, True,
                                           "flag a formula used alone in a story about diplomacy")},
)
def diplomatic_formulas(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The fixed phrases of a diplomatic readout or an agency dispatch, in a story that uses two
    or more different ones in its own voice, or one in a story about diplomacy.

    ## Why it matters
    A ministry's readout or a state agency's dispatch translated word for word keeps its
    formulas: ``exchanged views on issues of mutual interest``, ``within the framework of``, ``the
    Chinese side``, ``win-win``. Each is officialese an English news story does without; several
    together tell an editor the copy is a communiqué in translation, to be rewritten as news (who
    met, what they agreed).

    ## Examples
    bad:  The ministers [[exchanged views->discussed]] on trade and other issues [[of mutual interest]].
    bad:  [[The two sides]] signed three accords [[within the framework of->under]] the visit. [[The Chinese side]] praised the talks.
    good: The ministers discussed trade and fishing quotas.
    good: The two sides in the strike met again on Monday, the union said.
    bad:  The ambassador arrived [[at the invitation of]] the foreign minister.
    bad:  [[It should be noted that]] the [[relevant departments]] checked the dam.
    good: Under the leadership of a new coach, the team won six games.
    good: The premier spoke at the invitation of the chamber of commerce.
    good: “We exchanged views on issues of mutual interest,” the envoy said.
    good: Several people exchanged gifts; others of mutual friends came later.

    ## Fix safety
    Display only, where one plain word stands in for the formula (``discussed`` for *exchanged
    views*, ``under`` for *within the framework of*, ``met`` for *held a meeting with*); the
    sentence around it often needs rewriting all the same.

    ## Known issues
    A story quoting an official at length in reported speech keeps the formulas of the source
    legitimately; the rule reads only what is outside quotation marks. The subject is read from
    a short list of words (the pack's ``[diplomatic]``); a story about diplomacy that uses none of
    them is judged by the number of formulas alone. Measured on the real-copy corpus's tuning half
    (benchmarks/README.md, "Diplomatic and agency formulas as one rule"): no finding on clean copy.
    """
    data: Formulas = ctx.data(PACK)
    use: Use = ctx.analysis(formulas_used)
    for note in use.notes:
        ctx.partial_document(note)
    if use.formulas < ctx.options["min_formulas"] and not (use.diplomatic and ctx.options["in_diplomatic_story"]):
        return
    why = "one of several in this story" if use.formulas >= ctx.options["min_formulas"] else "in a story about diplomacy"
    text = _unquoted(par.text)
    cut: list[int] = []  # a paragraph's own unquoting may hold text the story's did not
    over: list[str] = []  # the user patterns' budget run out in this paragraph: said once
    found = sorted(formulas_in(text, data, use.cut, cut, given_up.of(ctx.doc), over), key=lambda f: f[1])
    for note in over:
        ctx.partial_document(note)
    for i, start, end in found:
        plain = data.plains[i]
        fix = Fix.display_only(f"Write “{plain}”", replacement=plain) if plain else None
        advice = ("padding of agency or occasion ({name}), {why}; an editor deletes it or says it with a verb"
                  if data.padding[i] else
                  "a diplomatic or agency formula ({name}), {why}; write it as news (who met, what they agreed)")
        yield ctx.finding(par, start, end, f"“{par.text[start:end]}”: " + advice.format(name=data.names[i], why=why),
                          fix=fix)
    for i in cut:
        ctx.partial(par, f"pattern {data.patterns[i]!r} ({formula_source(data, i)}) {_GIVEN_UP}")
