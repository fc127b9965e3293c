"""Calques and false friends: French set phrases translated word for word, and words that look English but mean something else.

A readout of a call (*à la lecture de l'appel*) becomes ``Reading the conversation``; a
show title is lowercased and translated back (``the power and politics of the CBC`` for
CBC's Power & Politics); *actuellement* becomes ``actually`` (currently), *éventuellement*
``eventually`` (possibly), *assister à* ``assisted to`` (attended), *données sensibles*
``sensible data`` (sensitive). The phrases and words live in ``rules/calques.toml``, each
with its French source, the intended sense and a confidence; programme titles come from
``rules/publications.toml``. Each finding is a guess for an editor, never an automatic fix.
"""

from __future__ import annotations

import time
from typing import Iterator

import msgspec

from mtqa import given_up
from mtqa.analysis import TriggerHits, analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.packs import is_user_file
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.calques.literals import admits_all, gate_admits, searchable
from mtqa.rules.calques.pack import PACK, Compiled, Entry
from mtqa.rules.publications.pack import PACK as PUBLICATIONS, Compiled as Publications, fold_title
from mtqa.scan import Always, FromPack, Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan: a user pattern cannot hang the checker


# What the two pack-driven rules look for: the entries' trigger words, each a whole run of
# letters in any case (a digit may touch it); entries without trigger words make them run
# everywhere. An entry whose pattern needs a word from each of two lists (`words` and `also`:
# "said" and "him") runs only where both fired.
TRIGGERS = (
    Phrases("words", FromPack("triggers"), pack=PACK, boundary="letters"),
    Always("entries without words", pack=PACK, when=FromPack("always")),
    Phrases("also", FromPack("also_words"), pack=PACK, boundary="letters"),
)


class CalqueMatches(msgspec.Struct):
    """Every calque match of a document's paragraphs, shared by the two pack-driven rules."""

    by_par: dict[int, list[tuple[int, int, Entry]]] = msgspec.field(default_factory=dict)  # id(par) -> matches
    timeouts: dict[int, list[str]] = msgspec.field(default_factory=dict)  # id(par) -> patterns that timed out


@analysis("calques", packs=(PACK,), triggers=TRIGGERS)
def calque_matches(doc, data: Compiled, hits: TriggerHits) -> CalqueMatches:
    """The calque matches of every paragraph where an entry may match (its trigger word fired,
    and one of its `also` words if it has them; or an entry has no trigger words), and the
    text every match of it holds is there (`literals`: its most selective stretches, then
    the other lists where those are there; tested before the `also` words, whose hits are
    then read for the few entries left)."""
    out = CalqueMatches()
    in_document: dict[str, bool] = {}  # document-scope contexts, searched when first needed
    shared = given_up.of(doc)  # a bilingual file's: what timed out in its earlier segments too
    cut = _Cut(entries=shared.of_kind(PACK), contexts=shared.of_kind(PACK + "-context"),
               rest=given_up.rest(doc), budget=shared)  # what timed out in this document, left out of its later paragraphs
    needs_also = data.also
    # Without entries that have no trigger words, a paragraph where no word fired has nothing to try.
    for par in doc.paragraphs if data.always else hits.fired_in(doc.paragraphs, "words"):
        todo = set(data.always)
        for word in hits.phrases(par, "words"):  # each fired word once, no Hit made
            todo.update(data.triggers.get(word, ()))
        if not todo:
            continue
        lower = searchable(par.text)
        # none of the text every match holds is here: no timed search
        admitted = [i for i, gate in data.gated(sorted(todo)) if gate_admits(gate, lower)]
        if admitted and lower is not None:  # the few left: their further lists (~40 % fail there)
            further = data.further_in
            admitted = [i for i in admitted if i not in further or admits_all(data.further_lists(i), lower)]
        if needs_also and not needs_also.keys().isdisjoint(admitted):
            fired = hits.phrases(par, "also")
            admitted = [i for i in admitted if i not in needs_also or not needs_also[i].isdisjoint(fired)]
        if admitted:
            out.by_par[id(par)] = _scan(par, lower, doc, data, admitted, in_document, cut)
            if cut.said:
                out.timeouts.setdefault(id(par), []).extend(cut.said)
                cut.said.clear()
    return out


class _Cut(msgspec.Struct):
    """The patterns whose search timed out in a document: each is given up for the rest of
    it, so a pattern that backtracks on a kind of line costs the document one `TIMEOUT`, not
    one for every paragraph holding such a line (200 paragraphs cost 100 s before), and the
    note says which pattern, written where, was cut short."""

    entries: set[int] = msgspec.field(default_factory=set)
    contexts: set[str] = msgspec.field(default_factory=set)
    said: list[str] = msgspec.field(default_factory=list)  # this paragraph's notes
    rest: str = "the rest of the document"  # or of a bilingual file (`mtqa.given_up`)
    budget: given_up.GivenUp = msgspec.field(default_factory=given_up.GivenUp)  # the user patterns' time, all told

    def user_search(self, pack_file: str) -> tuple[bool, float]:
        """Whether a pattern of `pack_file` is a user's, and whether it may still be searched
        (a user's is not once the document's user patterns have taken their budget)."""
        user = is_user_file(pack_file)
        return user, (-1.0 if user and self.budget.over else time.perf_counter())

    def charge(self, pack_file: str, t0: float) -> None:
        """Charge a user pattern's search (from `t0`) to the budget; the note once it runs out."""
        note = self.budget.charge(pack_file, time.perf_counter() - t0)
        if note:
            self.said.append(note)

    def given_up(self) -> str:
        return f"timed out after {TIMEOUT:g} s; not searched in {self.rest}"


def _scan(par: Paragraph, lower: str | None, doc, data: Compiled, todo: list[int], in_document: dict[str, bool],
          cut: _Cut) -> list[tuple[int, int, Entry]]:
    """The calque matches of one paragraph (`lower`: its `literals.searchable` form) among
    entries `todo`: the leftmost, then longest, match speaks for a span."""
    text = par.text
    found: list[tuple[int, int, Entry]] = []
    in_paragraph: dict[str, bool] = {}
    for idx in todo:
        if idx in cut.entries:
            continue
        pack_file = data.origin(idx)[0]
        user, t0 = cut.user_search(pack_file)
        if t0 < 0:
            continue  # a user's pattern, past the document's budget for them
        entry = data.entry(idx)
        if entry.context is not None and not _in_context(entry.context, par, doc, data, in_paragraph, in_document,
                                                         cut):
            continue
        pattern = data.pattern_for(idx, lower)
        if pattern is None:
            continue
        try:
            for m in pattern.finditer(text, timeout=TIMEOUT):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), entry))
        except TimeoutError:  # a pathological paragraph: give this entry up rather than hang, and say so
            cut.entries.add(idx)
            cut.said.append(f"pattern {data.patterns[idx]!r} ({data.source(idx)}) {cut.given_up()}")
        if user:
            cut.charge(pack_file, t0)
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, Entry]] = []
    for f in found:  # overlapping entries: the leftmost, then longest, match speaks for the span
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    return kept


def _in_context(name: str, par: Paragraph, doc, data: Compiled, in_paragraph: dict[str, bool],
                in_document: dict[str, bool], cut: _Cut) -> bool:
    """Whether the named context pattern matches in the paragraph (or the document), each
    searched once (`in_paragraph`, `in_document`: what was found so far). One that timed out
    is taken as absent for the rest of the document, and the note says so: the entries that
    need it were not checked."""
    if name in cut.contexts:
        return False
    c = data.contexts[name]
    known = in_paragraph if c.scope == "paragraph" else in_document
    found = known.get(name)
    if found is None:
        user, t0 = cut.user_search(c.origin)
        if t0 < 0:
            return False  # a user's context pattern, past the document's budget: not searched (not remembered)
        where, start, end = (par.text, 0, len(par.text)) if c.scope == "paragraph" else (doc.text, *doc.extent)
        try:
            found = c.pattern.search(where, start, end, timeout=TIMEOUT) is not None
        except TimeoutError:
            found = False
            cut.contexts.add(name)
            cut.said.append(f"context pattern {c.pattern.pattern!r} (contexts.{name} in {c.origin or 'calques.toml'}) "
                            f"{cut.given_up()}; the entries that need it were not checked")
        if user:
            cut.charge(c.origin, t0)
        known[name] = found
    return found


def _inside_compound(text: str, s: int, e: int) -> bool:
    """Whether the phrase at s..e starts or ends inside a hyphenated compound ("subsequent
    week-long", "long-term course"): its first or last word is another word's part, not the
    phrase's."""
    return ((e < len(text) and text[e] in _HYPHENS and text[e + 1:e + 2].isalpha())
            or (s >= 2 and text[s - 1] in _HYPHENS and text[s - 2].isalpha()))


_HYPHENS = "-\u2010\u2011"  # the hyphen-minus, the hyphen and the non-breaking hyphen a compound is written with


def _emit(par: Paragraph, ctx: RuleContext, false_friend: bool) -> Iterator[RawFinding]:
    text = par.text
    matches = ctx.analysis(calque_matches)
    for why in matches.timeouts.get(id(par), ()):
        ctx.partial(par, why)
    for s, e, entry in matches.by_par.get(id(par), ()):
        if entry.false_friend is not false_friend:
            continue
        if _inside_compound(text, s, e):
            continue  # "the subsequent week-long closure": the phrase's last word opens a compound, not the phrase
        flagged = text[s:e]
        if entry.origin == "spinner":
            msg = f"Fixed term reworded by a paraphrase tool? Intended: “{entry.french}”"
        else:
            kind = "False friend" if false_friend else "Calque"
            msg = f"{kind} of {entry.origin} “{entry.french}”? Intended sense: {entry.sense}"
        sugg = entry.suggestion
        if sugg is not None and flagged[:1].isupper() and sugg[:1].islower():
            sugg = sugg[:1].upper() + sugg[1:]
        fix = Fix.display_only(f"Consider “{sugg.strip()}”", replacement=sugg) if sugg is not None else None
        yield ctx.finding(par, s, e, msg, fix=fix, confidence=entry.confidence, severity=entry.severity)


@rule(
    "calques/french-calque",
    category="Style/Unidiomatic",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    triggers=TRIGGERS,
    confidence=0.7,
)
def french_calque(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French set phrase translated word for word (``Reading the call,`` for a readout; ``since three years``).

    ## Why it matters
    A calque is grammatical English with a French skeleton: readers either stumble or,
    worse, read a different meaning (``Reading the conversation`` says someone read it,
    not that the office issued a readout).

    ## Examples
    bad:  [[Reading the call->According to a readout of the call]], the two leaders agreed to keep talking.
    bad:  The embassy has been closed [[since three years]] and may reopen soon.
    bad:  The talks are [[in course->under way]] and will resume Monday.
    bad:  The premier will speak at a [[conference of press->news conference]] at noon.
    good: According to a readout of the call, the two leaders agreed to keep talking.
    good: Reading the report, she noticed a gap in the figures.
    good: The embassy has been closed for three years and may reopen soon.
    good: The embassy has been closed since 2019.
    good: He left three years ago and has not been back since two years ago.
    good: Results will be published in due course.
    bad:  The minister will table the bill [[subsequent week->next]].
    good: Courts reopened after the storm and subsequent week-long closure.

    A phrase whose first or last word is part of a hyphenated compound ("subsequent week-long")
    is not the phrase.

    ## Fix safety
    Display only: the suggestion is one idiomatic rendering of the intended sense; the
    sentence usually needs rewording around it, which an editor does.
    """
    yield from _emit(par, ctx, False)


@rule(
    "calques/false-friend",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    triggers=TRIGGERS,
    confidence=0.6,
)
def false_friend(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French–English false friend in a context that makes the French sense likely (``sensible data``, ``assisted to the meeting``).

    ## Why it matters
    A false friend changes the meaning while reading as fluent English: ``sensible data``
    is reasonable data, not sensitive data; ``assisted to the meeting`` means nothing, and
    ``assisted at`` means helped. Common words (actually, eventually) are flagged only in
    contexts where the French sense is likely, and with a confidence below 0.5 so they are
    shown but not scored.

    ## Examples
    bad:  The breach exposed [[sensible->sensitive]] information about soldiers.
    bad:  The minister [[assisted to->attended]] the ceremony in Brussels.
    bad:  Officials discussed [[an eventual->a possible]] withdrawal of the troops.
    bad:  The government is [[actually->currently]] reviewing the mission.
    good: The breach exposed sensitive information about soldiers.
    good: The minister attended the ceremony in Brussels.
    good: Nurses assisted at the birth and helped the family.
    good: It is actually working better than we hoped.
    good: The mission will eventually end, officials said.
    good: That was a sensible decision by the board.

    ## Fix safety
    Display only: the word may be meant in its English sense; an editor checks the source.
    """
    yield from _emit(par, ctx, True)


@rule(
    "calques/translated-show-title",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=(PUBLICATIONS,),
    triggers=(Phrases("broadcaster", FromPack("broadcasters"), pack=PUBLICATIONS, ignorecase=False,
                      boundary="none"),),
)
def translated_show_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A programme title lowercased and turned into a phrase (``the question period of CTV`` for CTV's Question Period).

    ## Why it matters
    French writes *l'émission Power & Politics de CBC*; an engine that does not know the
    title translates it as ordinary words, and the reader no longer sees a show at all.
    Known programme titles come from the publications pack, each with its broadcasters.

    ## Examples
    bad:  Speaking on [[the question period of CTV->CTV's Question Period]] on Sunday, she said no.
    bad:  He told [[the west block of Global->Global's The West Block]] the plan was sound.
    bad:  Asked on [[CBC's power and politics->CBC's Power & Politics]], he declined.
    good: Speaking on CTV's Question Period on Sunday, she said no.
    good: Asked on CBC's Power & Politics, he declined.
    good: The book looks at power and politics in the North.
    good: MPs asked during question period about the CBC.

    ## Fix safety
    Unsafe: the phrase is rewritten as "<Broadcaster>'s <Title>"; the programme is known,
    but an editor confirms the engine did not mean the words literally.
    """
    data: Publications = ctx.data(PUBLICATIONS)
    text = par.text
    if data.programme_re is None:
        return
    try:
        matches = list(data.programme_re.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        ctx.partial(par, f"the programme-title pattern timed out after {TIMEOUT:g} s")
        return
    for m in matches:
        title_text = m.group("t1") or m.group("t2")
        pub = data.programme_titles.get(fold_title(title_text))  # type: ignore[union-attr]  # set with programme_re
        if pub is None or title_text in (pub.core, *pub.variants_core):
            continue  # written in its house form (or a variant the house-form rule handles)
        bc = pub.broadcasters[0]  # the house name of the network
        if m.group("t2"):
            repl = text[m.start():m.start("t2")] + pub.name  # keep "CBC's" as written
        else:
            repl = f"{bc}'s {pub.name}"
        yield ctx.finding(
            par, m.start(), m.end(),
            f"Programme title translated as words: {bc}'s {pub.name}",
            fix=Fix.unsafe(f"Write “{repl}”", replacement=repl),
        )

