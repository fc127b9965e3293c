"""Names written with and without their accents: one name both ways in a story, an official
name without its accents, a French given name without its accent.

An engine, or a system between it and the page, drops accents from some words and not others;
the story's own accented form, or the accents pack's, says which form is right.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from mtqa import lexicon, pattern_cache
from mtqa.accents import strip_accents
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.names.evidence import in_plain_caption
from mtqa.rules.names.pack import ACCENTS_PACK, AccentData
from mtqa.scan import CapitalRun
from mtqa.segment import Paragraph
from mtqa.text.fold import base_letters


_CAP_WORD = pattern_cache.compile(r"\p{Lu}\p{Ll}[\p{L}]*+")
# A character beyond ASCII that may be a letter: any but the marks and spaces news copy is full of
# (a C-speed scan; a paragraph without one holds only words in ASCII).
_MAYBE_LETTER_BEYOND_ASCII = lazy("[^\x00-\x7f’‘“”—–…«»\u00a0]")


@analysis("accent-variants", packs=(ACCENTS_PACK,))
def accent_variants_of(doc, data: AccentData) -> list[tuple[Paragraph, int, int, str, int]]:
    """Capitalised words written both with and without accents in the story.

    Returns (paragraph, start, end, accented form, its count) for each accent-less occurrence.
    """
    bare_forms, bares = _accent_bare_forms(doc)
    if not bare_forms:
        return []
    return _plain_variants(_bare_occurrences(doc, bare_forms, bares), data.english_forms)


# Where a capitalised word occurs: its paragraph, start, end and the word as written.
_Occurrence = tuple[Paragraph, int, int, str]


def _accent_bare_forms(doc) -> tuple[set[str], dict[int, set[str]]]:
    """(bare forms, bares): the forms the story's capitalised words with accents fold to, and
    the capitalised words of each paragraph not in ASCII, without their accents, by the
    paragraph's place. Only the words some capitalised word with accents folds to can have
    variants: most stories have few, and a paragraph in ASCII without any of them is skipped
    whole. A word in ASCII has no accent to strip."""
    bare_forms: set[str] = set()
    bares: dict[int, set[str]] = {}
    for k, par in enumerate(doc.paragraphs):
        if par.text.isascii() or _MAYBE_LETTER_BEYOND_ASCII.search(par.text) is None:
            continue  # no letter beyond ASCII (curly quotes and dashes are not): every word in ASCII
        bare_words = bares[k] = set()
        for w in set(_CAP_WORD.findall(par.text, concurrent=False)):
            bare = w if w.isascii() else _bare(w)
            bare_words.add(bare)
            if bare != w:
                bare_forms.add(bare)
    return bare_forms, bares


# A form reached only by folding letters NFKD keeps (Łoś → Los) that English writes as a common
# word is not taken for the name without its letters ("Los Angeles" in a story naming a Łoś).
_COMMON_ZIPF = 4.0


@lru_cache(maxsize=16384)
def _bare(w: str) -> str:
    """A capitalised word without its accents, the letters without a decomposition folded too
    (Łukasz → Lukasz, Søren → Soren): a form an engine leaves for the same name. When only
    such a letter made the fold and the result is a common English word, the fold stops at
    the marks: the English word names something else."""
    plain = strip_accents(w)
    if plain.isascii():
        return plain
    base = base_letters(w)
    lex = lexicon.english()
    if lex is not None and lex.zipf(base.lower()) >= _COMMON_ZIPF:
        return plain
    return base


# Above this many bare forms, a paragraph in ASCII is asked for its capitalised words once
# instead of searched for each form (a long story that names many French people and places).
MANY_BARE_FORMS = 20


def _may_hold_bare_form(text: str, seen_bare: set[str] | None, bare_forms: set[str]) -> bool:
    """Whether a paragraph may hold a word that folds to one of `bare_forms`: one of its words
    without accents (`seen_bare`) is one, or, for a paragraph in ASCII (None), one is in the
    text as written (every word is its own bare form): with many forms, one of its capitalised
    words is one (each word `_bare_occurrences` keeps is one of them)."""
    if seen_bare is None:
        if len(bare_forms) > MANY_BARE_FORMS:
            return not bare_forms.isdisjoint(_CAP_WORD.findall(text, concurrent=False))
        return any(map(text.__contains__, bare_forms))
    return not bare_forms.isdisjoint(seen_bare)


def _bare_occurrences(doc, bare_forms: set[str], bares: dict[int, set[str]]) -> dict[str, list[_Occurrence]]:
    """Every whole capitalised word of three letters or more that folds to one of `bare_forms`,
    grouped by that form, in the story's order."""
    occurrences: dict[str, list[_Occurrence]] = {}
    for k, par in enumerate(doc.paragraphs):
        text = par.text
        if not _may_hold_bare_form(text, bares.get(k), bare_forms):
            continue  # no word of the paragraph has a form with accents in the story
        for m in _CAP_WORD.finditer(text, concurrent=False):
            s, e = m.span()
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            w = m.group()
            if len(w) < 3:
                continue
            bare = w if w.isascii() else _bare(w)
            if bare in bare_forms:
                occurrences.setdefault(bare, []).append((par, s, e, w))
    return occurrences


def _plain_variants(occurrences: dict[str, list[_Occurrence]],
                    english_forms: frozenset[str]) -> list[tuple[Paragraph, int, int, str, int]]:
    """(paragraph, start, end, accented form, its count) for each occurrence without accents of
    a word the story also writes with them. English forms (Quebec) and words written with two
    accented forms (not a plain loss of accents) are left out."""
    out: list = []
    for bare, occ in occurrences.items():
        if bare in english_forms:
            continue
        accented = [o for o in occ if o[3] != bare]
        plain = [o for o in occ if o[3] == bare]
        if not accented or not plain:
            continue
        forms = {o[3] for o in accented}
        if len(forms) > 1:
            continue  # two accented forms: not a plain loss of accents
        form = forms.pop()
        out.extend((par, s, e, form, len(accented)) for par, s, e, _ in plain)
    return out


@rule(
    "names/accent-variants",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
    confidence=0.9,
)
def accent_variants(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name written with its accents in one place and without them in another.

    ## Why it matters
    Engines and copy pasted from several sources drop accents unevenly: "Gaétan Roy" in
    one paragraph, "Gaetan Roy" in the next. Readers wonder whether two people are meant,
    and a story that cannot keep one spelling of a name looks unedited.

    ## Examples
    bad:  Ms. Bérubé spoke first.\\n\\nLater [[Berube->Bérubé]] said the talks had failed.
    bad:  Mayor Rémi Côté agreed. [[Remi->Rémi]] Côté said so twice.
    good: Ms. Bérubé spoke first.\\n\\nLater Ms. Bérubé said the talks had failed.
    good: The Bloc Québécois won seats across Quebec and in Montreal.
    good: Dr. Renée Ouellet and her sister Rene Ouellet ran the clinic; Renée Ouellet left.
    good: Premier François Roy spoke in Quebec City.\\n\\nRoy said the plan would pass.\\n\\nQuebec Premier Francois Roy speaks to reporters on Monday. THE CANADIAN PRESS/Jane Doe
    bad:  Premier François Roy spoke in Quebec City.\\n\\nLater [[Francois->François]] Roy said the plan would pass.\\n\\nPremier François Roy speaks on Monday. THE CANADIAN PRESS/Jane Doe
    bad:  Premier François Roy spoke.\\n\\n[[Francois->François]] Roy speaks at the Assemblée nationale on Monday. THE CANADIAN PRESS/Jane Doe
    bad:  Ambassador Łukasz Nowak arrived in Ottawa.\\n\\n[[Lukasz->Łukasz]] Nowak met the minister on Friday.
    bad:  Coach Søren Dahl praised the team. [[Soren->Søren]] Dahl said the season was long.
    good: Ambassador Łukasz Nowak arrived in Ottawa.\\n\\nŁukasz Nowak met the minister on Friday.
    good: Professor Marta Łoś flew to Los Angeles on Monday.
    good: Ambassador Łukasz Nowak met Lukas Weber in Ottawa.

    ## Fix safety
    Display only: the accented form is usually right, but an editor checks the person.

    ## Known issues
    Letters that are not a letter and a mark (ł, ø, đ, ß, æ) are read as their base letters
    too; a form that only they make into a common English word (Łoś → Los) is not.
    Two people whose names differ only so are taken for one.
    English forms that drop an accent by right (Quebec, Montreal) are never reported; a
    story that writes one name with two different accented forms is left alone. A caption or
    credit line set without any accent ("Francois Legault speaks… THE CANADIAN PRESS/…") is
    left alone too: wire captions are often plain ASCII by house practice; one that keeps other
    accents and drops the name's is reported.
    """
    variants = ctx.analysis(accent_variants_of)
    layout = ctx.analysis(line_roles) if variants else None
    for par, s, e, form, n in variants:
        if layout is not None and in_plain_caption(par, layout, s):
            continue
        yield ctx.finding(
            par, s, e, f"“{par.text[s:e]}” is written “{form}” elsewhere in the story ({n}×)",
            fix=Fix.display_only(f"Write {form}", form),
        )


def _variant_spans(ctx: RuleContext) -> set[tuple[int, int]]:
    return {(par.index, s) for par, s, _, _, _ in ctx.analysis(accent_variants_of)}


@rule(
    "names/official-name-form",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
)
def official_name_form(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Quebec party, institution or place written otherwise than its official form.

    ## Why it matters
    Quebec's parties, institutions and places keep their French names in English copy,
    accents, hyphens and capitals included (Parti Québécois, Hydro-Québec, Trois-Rivières).
    Engines drop the accents, lowercase a word or respell it a letter off; a reader who
    knows the name sees a careless story, and a search for the name misses it.

    ## Examples
    bad:  Support for the [[Parti Quebecois->Parti Québécois]] rose in the Eastern Townships.
    bad:  The [[Coalition Avenir Quebec->Coalition Avenir Québec]] won the riding.
    bad:  The [[Coalition d'Avenir Québec->Coalition Avenir Québec]] held its convention.
    bad:  Crews from [[hydro-Québec->Hydro-Québec]] restored power in [[Trois-Rivieres->Trois-Rivières]].
    good: Support for the Parti Québécois rose in the Eastern Townships.
    good: Québec Solidaire and Québec solidaire are both seen in English copy.
    good: He studied at the University of Montreal and lives in Quebec City.
    good: Levi's jeans and a Lewis chair were sold in Levis County, Ky.
    good: THE PARTI QUEBECOIS CAMPAIGN BEGINS

    ## Fix safety
    Display only: the official form is suggested; a quoted document title may differ.

    ## Known issues
    Some English outlets drop accents on every French name as a house style; there each
    finding is right by CP style but not by the outlet's.
    """
    data: AccentData = ctx.data(ACCENTS_PACK)
    skip = _variant_spans(ctx)
    about_quebec: bool | None = None
    paragraphs = doc.paragraphs
    for k, hit in data.official.find_in([par.text for par in paragraphs]):
        par = paragraphs[k]
        if (par.index, hit.start) in skip:
            continue
        if len(hit.official.words) == 1:
            if about_quebec is None:
                about_quebec = any(_QUEBEC.search(p.text) for p in doc.paragraphs)
            if not about_quebec:
                continue  # "Levis" alone is also a surname: a place of Quebec only in a story about Quebec
        name = hit.official.name
        got = par.text[hit.start : hit.end]
        if hit.how == "accents":
            msg, conf = f"“{got}” without its accents: the official name is {name}", 0.7
        elif hit.how == "capital":
            msg, conf = f"“{got}” has lost a capital: the official name is {name}", 0.7
        else:
            msg, conf = f"“{got}” looks like a misspelling of {name}", 0.6
        yield ctx.finding(par, hit.start, hit.end, msg, confidence=conf,
                          fix=Fix.display_only(f"Write {name}", name))


_QUEBEC = lazy(r"\bQu[eé]bec")
_GIVEN = pattern_cache.compile(r"\p{Lu}\p{Ll}++(?=(?:[ ]|-)(\p{Lu}\p{Ll}\p{L}*+))")
# Capitalised words after a given name that make it part of a place or building's name.
_PLACE_NOUNS = frozenset(
    "River Lake Street Boulevard Avenue Road Park Bay Island Bridge School Hospital College University Church "
    "Centre Center Hall Highway Valley Falls Creek Mountain Point Square Station Arena Stadium".split()
)

# A place noun after a hyphenated name: "Emilie-Gamelin Park", "Rene-Levesque Boulevard".
_PLACE_AFTER = lazy(r" (?:" + "|".join(sorted(_PLACE_NOUNS)) + r")\b")


@rule(
    "names/given-name-accent",
    # a given name and the capitalised word after it: two capitalised tokens joined by a space or hyphen
    triggers=(CapitalRun("given name and surname", 2, joiners=" -"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def given_name_accent(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French given name without its accent before a surname (Francois Tremblay).

    ## Why it matters
    Canadian news style keeps the accents of French names (François, Stéphane, Hélène);
    engines that strip them leave a name its owner does not write. A name that has an
    English twin (Eric and Éric, Andre and André) is reported only when the story itself
    writes French names with their accents, and with low confidence: the person may be
    an Eric.

    ## Examples
    bad:  Premier [[Francois->François]] Tremblay spoke in Gatineau.
    bad:  Minister Jean-[[Francois->François]] Lisée said no, and [[Stephane->Stéphane]] Roy agreed.
    bad:  Geneviève Côté and [[Eric->Éric]] Pelletier spoke in Trois-Rivières.
    good: Premier François Tremblay spoke in Gatineau.
    good: Eric Pelletier and Andre Smith spoke in Toronto.
    good: Council chair Jeremy Walsh presented the budget proposal in Springfield.
    bad:  Geneviève Côté and [[Jeremy->Jérémy]] Gagnon spoke in Trois-Rivières.
    good: The Francois River flooded; Stephane is a common name.
    good: Police were called to Emilie-Gamelin Park in Montreal; Geneviève Côté spoke.
    good: "Price Compensation" Reappears in Nanjing Real Estate Market
    bad:  Premier [[Real->Réal]] Bouchard spoke in Gatineau.
    good: Health Minister Francois Roy speaks in Quebec City on Thursday, April 6, 2023. THE CANADIAN PRESS/Jane Doe\\n\\nMONTREAL — Quebec's health minister said on Friday the plan would go ahead.
    bad:  Health Minister Francois Roy speaks in Quebec City on Thursday, April 6, 2023. THE CANADIAN PRESS/Jane Doe\\n\\nMONTREAL — Quebec's health minister, [[Francois->François]] Roy, said on Friday the plan would go ahead.

    A caption and its credit written wholly in ASCII (a wire feed's captions often are) keep
    the name as the feed gives it; the story's own copy is still held to the accent.

    ## Fix safety
    Display only: the accented form is suggested; the person may write the name without.
    """
    data: AccentData = ctx.data(ACCENTS_PACK)
    skip = _variant_spans(ctx)
    keeps_accents: bool | None = None
    given = data.given
    given_names = given.keys()
    for par in ctx.fired_in(doc.paragraphs):  # the others have no runs
        for m in _given_names_in_runs(par.text, ctx.hits(par), given_names):
            entry = given.get(m.group())
            if entry is None or not _stands_as_given_name(ctx, par, m, skip):
                continue
            accented, twin = entry
            if twin:
                if keeps_accents is None:
                    keeps_accents = data.accented_gated.any_in(p.text for p in doc.paragraphs)
                if not keeps_accents:
                    continue
            conf = 0.45 if twin else 0.6
            yield ctx.finding(
                par, m.start(), m.end(), f"French given name without its accent: usually written {accented}",
                confidence=conf, fix=Fix.display_only(f"Write {accented}", accented),
            )


def _given_names_in_runs(text: str, runs, given_names) -> Iterator:
    """Matches of a capitalised word before a capitalised word within the capitalised runs
    that hold a given name of the pack. A match kept is a whole word of a run (one that starts
    inside a word is set aside), so only those runs are searched, and only within them."""
    runs = [r for r in runs if not given_names.isdisjoint(text[r.start : r.end].replace("-", " ").split(" "))]
    return (m for r in runs for m in _GIVEN.finditer(text, r.start, r.end))


def _stands_as_given_name(ctx: RuleContext, par, m, skip) -> bool:
    """Whether the given name matched by `m` is a person's: not in a span another rule reports,
    not part of a place's name ("the Francois River", "Emilie-Gamelin Park"), a whole word, not
    an English phrase in title case, and not in an ASCII wire caption."""
    text, s = par.text, m.start()
    if (par.index, s) in skip or m.group(1) in _PLACE_NOUNS:
        return False
    if text[m.end():m.end() + 1] == "-" and _PLACE_AFTER.match(text, m.end(1)):
        return False  # "Emilie-Gamelin Park": a place named after a person, in its English form
    if s and (text[s - 1].isalnum() or (text[s - 1] == "-" and s > 1 and not text[s - 2].isalpha())):
        return False
    if _english_phrase(m.group(), m.group(1)):
        return False  # "Nanjing Real Estate Market": a title-case phrase, not Réal someone
    # a wire caption in ASCII: house practice, as names/accent-variants keeps it
    return not in_plain_caption(par, ctx.analysis(line_roles), s)


def _english_phrase(given: str, after: str) -> bool:
    """Whether a given name that is foremost a common English word (Real) and the capitalised word
    after it, itself a common word, read as an English phrase in title case ("Real Estate")."""
    lex = lexicon.english()
    return lex is not None and lex.zipf(given.lower()) >= 5.0 and lex.zipf(after.lower()) >= 4.0
