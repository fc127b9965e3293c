"""Abbreviations and segmentation: periods lost or misplaced by a translation engine.

Engines split the source into sentences before translating and join the results after.
An abbreviation's period is where that goes wrong: the period of a sentence-final
``U.S.`` is lost and two sentences run together (``the US So if``); a period lands inside
a name (``Canada-US. Relations``) or a clause (``the NATO mission. to train``); a word
after an abbreviation that did not end the sentence gets a capital (``the U.S. Said``).

House style is data (`rules/abbreviations.toml`): which abbreviations take periods in a
locale's news style (CP: U.S., U.K., but UN and EU), and whether a month before a day is
abbreviated (CP: Jan. 7). A story that mixes the two forms of one abbreviation is flagged
in any locale; a story that keeps to another style throughout is flagged only by the
preview rule `abbreviations/house-style`.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, Status, rule
from mtqa.rules.abbreviations.analysis import (
    FORM, MONTH, Occurrence, capitalised_initials, date_occurrences, occurrences,
)
from mtqa.rules.abbreviations.pack import Pair
from mtqa.scan import LOWER, UPPER, FromPack, Pattern, Phrases
from mtqa.segment import (
    MONTH_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS, Paragraph,
)
from mtqa.text.case import shouting, title_case
from mtqa.text.tokens import lowercase_line_tail

_CAPITALISED_AFTER = lazy(r"[ \u00a0]+(\p{Lu}[\p{L}]*)")  # compiled once here, never at check time

# After a bare abbreviation, words that start a sentence and never continue a noun phrase.
OPENERS = ("The He She It They We I You This That These Those There His Her Its Their Our My But And So Yet "
           "If When While Why How What As After Before Since Although Though Because However Meanwhile").split()


def _replacement(occ: Occurrence, to_dotted: bool) -> tuple[int, int, str]:
    """Span and text that turn `occ` into the other form, keeping a sentence-final period."""
    text = occ.par.text
    if to_dotted:
        end = occ.end
        if text.startswith(".", end) and not text.startswith("..", end):
            end += 1  # "the US." → "the U.S."
        return occ.start, end, occ.pair.dotted
    if occ.sentence_final:
        return occ.start, occ.end, occ.pair.bare + "."
    return occ.start, occ.end, occ.pair.bare


def _in_form(ctx: RuleContext, occ: Occurrence, form: str, message: str) -> RawFinding:
    """The finding that rewrites `occ` in `form` (one of its pair's two), the fix safe."""
    s, e, repl = _replacement(occ, to_dotted=form == occ.pair.dotted)
    return ctx.finding(occ.par, s, e, message, fix=Fix.safe(f"Write {form}", edits=(Edit(s, e, repl),)),
                       suggestions=(repl,))


# ---- rules ------------------------------------------------------------------------------------


@rule(
    "abbreviations/lost-periods",
    triggers=(Phrases("lost form", FromPack("lost_forms"), pack="abbreviations", ignorecase=False, boundary="none"),),
    category="Fluency/Punctuation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    confidence=0.85,
)
def lost_periods(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An abbreviation lost its periods: a sentence runs into the next (the US So) or U.S lacks its last period.

    ## Why it matters
    When "U.S." ends a sentence, its last period is also the full stop. Engines that
    normalise it to "US" drop both, so two sentences run together ("relations with the US
    So if you…") and the reader has to find the break. "U.S" without its final period is
    the same segmentation slip inside a sentence.

    ## Examples
    bad:  Ottawa depends on trade with the [[US->U.S.]] But the deal is not signed.
    bad:  Prices rose faster in the [[UK->U.K.]] They fell in Canada.
    bad:  The [[U.S->U.S.]] government agreed.
    good: Ottawa depends on trade with the U.S. But the deal is not signed.
    good: Ottawa depends on US trade. But the deal is not signed.
    good: US officials said the talks would go on.
    good: The talks between the US and Canada went on.

    ## Fix safety
    Unsafe: restoring the period splits the text into two sentences, which is nearly
    always meant, but an editor should read the result.
    """
    data = ctx.data("abbreviations")
    text = par.text
    # Its trigger reports every occurrence of every form (boundary "none", overlaps included):
    # only the forms it met are searched for.
    present = {h.phrase for h in ctx.hits(par)}
    for form in data.lost_forms:
        if form not in present:
            continue
        i = text.find(form)
        while i >= 0:
            start, end = i, i + len(form)
            i = text.find(form, end)
            if "." in form:
                if start and (text[start - 1].isalnum() or text[start - 1] == "."):
                    continue
            elif not _lost_period_at(text, start, end):
                continue
            m = _OPENER_AFTER.match(text, end)
            if "." in form:  # "U.S" lost only its final period, wherever it stands
                if not _RIGHT_OK.match(text, end):
                    continue
                if m is None:
                    yield ctx.finding(par, start, end, f"“{form}” lost its final period",
                                      fix=Fix.unsafe("Restore the period", form + "."))
                    continue
                repl = form + "."
            elif m is None:
                continue
            else:
                pair = data.by_form[form][0]
                repl = pair.dotted if data.preferred(pair, ctx.locale) == pair.dotted else form + "."
            yield ctx.finding(
                par, start, end, f"“{form}” ends a sentence but lost its period: the next sentence runs on",
                fix=Fix.unsafe("Restore the period", repl),
            )


def _lost_period_at(text: str, start: int, end: int) -> bool:
    """Whether the bare abbreviation at text[start:end] is a lost sentence end ("the US So")."""
    return (start >= 2 and text[start - 1] == " " and bool(_LEFT_OK.match(text[start - 2]))
            and _OPENER_AFTER.match(text, end) is not None)


_RIGHT_OK = lazy(r"(?![\p{L}\p{N}.])")
_LEFT_OK = lazy(r"[\p{L}\p{N},;:’”'\"]")
_OPENER_AFTER = lazy(r"(?![\p{L}\p{N}.$])[ ]+(?:" + "|".join(OPENERS) + r")(?![\p{L}\p{N}'’])")


# Abbreviations a period legitimately follows inside a sentence, before a lower-case word.
_KNOWN = frozenset(
    a.casefold().rstrip(".")
    for a in (
        *TITLE_ABBREVIATIONS, *SENTENCE_FINAL_ABBREVIATIONS, *MONTH_ABBREVIATIONS,
        *"""etc vs al cf approx appr ca esp incl excl min max est dept govt mgmt misc pp ed eds trans
        lb lbs oz mi hr hrs yr yrs mo mos sq ave st rd hwy no op ref tel ext vol ch pt pts gr
        mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
        ft in yd sr jr bros inc ltd corp co assn univ gen col capt lt sgt cpl pte adm cmdr""".split(),
    )
)
# Both patterns start from a literal and look back in Python: far faster than a leading
# look-behind in the `regex` module.
_COMPOUND_STRAY = lazy(r"-(\p{Lu}{2,5})\.(?=[ ]+(\p{Lu}\p{Ll}+))")
# Words that start a sentence and never go on a name: after "the result in Saint-Jean-RDP. He
# said", the period ends the sentence; a name goes on with a noun ("Canada-UK. Relations").
_SENTENCE_OPENERS = frozenset(
    """he she it they we you i his her its their our this that these those there here but and
    so yet then however meanwhile still also the a an in on at for with after before when while
    if as according""".split()
)
_MIDSENTENCE_STRAY = lazy(r"\.(?=[ ]+\p{Ll}\p{L}*(?![.\p{L}]))")
# a period before a lower-case word that a period follows (group 1: that period)
_CHAINED_STRAY = lazy(r"\.(?=[ ]+\p{Ll}\p{L}*(\.))")


def _word_before(text: str, end: int, limit: int = 40) -> int:
    """Start of the run of letters that ends at `end`."""
    i = end
    while i > 0 and text[i - 1].isalpha() and end - i < limit:
        i -= 1
    return i


@rule(
    "abbreviations/stray-period",
    # What each of its two patterns needs: a period and spaces before a lower-case letter, or a
    # hyphen before two capitals (LOWER and UPPER are supersets of \p{Ll} and \p{Lu}).
    triggers=(Pattern("period before lower case, hyphen before capitals", rf"\.[ ]+[{LOWER}]|-[{UPPER}][{UPPER}]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    confidence=0.7,
)
def stray_period(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A period inside a name or a sentence, where the engine thought a sentence ended.

    ## Why it matters
    A period after the last letters of a compound ("Canada-US. Relations") or before a
    lower-case word ("the mission. to train") is a sentence break the translation engine
    invented; it cuts a name or a clause in two.

    ## Examples
    bad:  He chairs the Centre for [[Canada-UK.->Canada-U.K.]] Studies at Carleton.
    bad:  The army will resume the training [[mission.->mission]] to rebuild the force.
    good: He chairs the Centre for Canada-U.K. Studies at Carleton.
    good: The talks start at 9 a.m. tomorrow, with the U.S. team, Inc. staff, etc. and others.
    good: Dr. Smith met Gen. Eyre; the rest, i.e. the staff, stayed home.
    good: Crews worked through the night to save the old church. church fire 3

    ## Fix safety
    Unsafe: removing the period joins what the engine split; sometimes the words after it
    were meant to start a new sentence instead.

    ## Known issues
    A period before a lower-case word is also normal after abbreviations that are not in
    the built-in list (e.g. uncommon unit abbreviations); those may be flagged.
    """
    data = ctx.data("abbreviations")
    text = par.text
    for m in _COMPOUND_STRAY.finditer(text):
        first = _word_before(text, m.start())
        if first == m.start() or not text[first].isupper() or (first and text[first - 1].isalnum()):
            continue
        caps = m.group(1)
        if m.group(2).casefold() in _SENTENCE_OPENERS:
            continue  # "the vote in RDP-PAT. He said": the sentence ends on the initials
        hit = data.by_form.get(caps)
        repl = caps
        if hit is not None:
            pref = data.preferred(hit[0], ctx.locale)
            repl = pref if pref is not None else caps
        start = m.start(1)
        yield ctx.finding(
            par, first, m.end(1) + 1, f"Stray period after “{caps}”: the name goes on",
            fix=Fix.unsafe("Remove the period", edits=(Edit(start, m.end(1) + 1, repl),)),
            suggestions=(text[first:start] + repl,),
        )
    stray = {dot: w0 for dot in (m.start() for m in _MIDSENTENCE_STRAY.finditer(text))
             if (w0 := _stray_word(text, dot)) is not None}
    # "mission. to. train": the period before a lower-case word that is itself followed by a stray
    # period goes too. Found only after the later one is removed, it took one --fix pass each, and a
    # run of them never settled (stop 47's fuzz); read right to left, a chain is found at once.
    for dot in sorted((m.start() for m in _CHAINED_STRAY.finditer(text)), reverse=True):
        nxt = _CHAINED_STRAY.match(text, dot)
        if nxt is not None and nxt.start(1) in stray and dot not in stray and (w0 := _stray_word(text, dot)) is not None:
            stray[dot] = w0
    for dot, w0 in sorted(stray.items()):
        yield ctx.finding(
            par, w0, dot + 1, "Period inside a sentence: the next word is lower case",
            fix=Fix.unsafe("Remove the period", edits=(Edit(dot, dot + 1, ""),)),
            suggestions=(text[w0:dot],),
        )


def _stray_word(text: str, dot: int) -> int | None:
    """The start of the word a stray period at `dot` ends, or None when the period is no stray:
    after a one-letter word, inside a longer token, after a known abbreviation, or before a
    file name left at the line's end ("… together. harbour fire 2", furniture)."""
    w0 = _word_before(text, dot)
    if dot - w0 < 2 or (w0 and (text[w0 - 1].isalnum() or text[w0 - 1] in ".-'’@/")):
        return None
    if text[w0:dot].casefold() in _KNOWN or lowercase_line_tail(text, dot + 1):
        return None
    return w0


_CAP_AFTER = lazy(r"\.[ ]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’])")
_ABBR_BEFORE = lazy(
    r"(?:(?<![\p{L}\p{N}.])(?:\p{L}\.){1,3}\p{L}|(?<![\p{L}\p{N}.])(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros|Que|Ont|Man|Sask|"
    r"Alta|Nfld|Calif|Mass|Fla|Wash|Ill|Tex|Ariz|Penn|Va))$"
)
_CONTINUING = frozenset(
    """said says told tells has have had was were is are will would could should can may might must did does
    added adds called calls announced announces noted notes wrote writes tweeted tweets confirmed confirms
    reported reports warned warns to than""".split()
)


@rule(
    "abbreviations/capital-after-abbreviation",
    # A finding's word is capitalised and lower-cases to a continuing word: only its capitalised
    # form does (the one other capital that lower-cases to ASCII, the Kelvin sign, starts none).
    triggers=(Phrases("capitalised continuing word", tuple(sorted(w.capitalize() for w in _CONTINUING)),
                      ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    confidence=0.8,
)
def capital_after_abbreviation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capital after an abbreviation that did not end the sentence (the U.S. Said).

    ## Why it matters
    The period of U.S., B.C. or Inc. is not a full stop. An engine that takes it for one
    capitalises the next word, and the sentence reads as if it had broken in two.

    ## Examples
    bad:  Officials in the U.S. [[Said->said]] the plan was sound.
    bad:  Shares of Apple Inc. [[Have->have]] fallen this week.
    good: Officials in the U.S. said the plan was sound.
    good: The plan came from the U.S. Was it sound?
    good: He moved to the U.S. Department of State in 2019.

    ## Fix safety
    Unsafe: the word is lower-cased; rarely, the capital starts a question.
    """
    text = par.text
    if ctx.analysis(title_case, par):
        return
    for m in _CAP_AFTER.finditer(text):
        word = m.group(1)
        if word.lower() not in _CONTINUING:
            continue
        dot = m.start()
        abbr = _ABBR_BEFORE.search(text[max(0, dot - 12) : dot])
        if abbr is None:
            continue
        nxt = text[m.end() : m.end() + 40]
        if nxt.rstrip().endswith("?") or "?" in nxt.split(".")[0]:
            continue  # "… the U.S. Was it sound?": a question starts here
        s = m.start(1)
        yield ctx.finding(
            par, s, m.end(1), f"“{word}” continues the sentence after “{abbr.group()}.”: use lower case",
            fix=Fix.unsafe("Lower-case the word", edits=(Edit(s, s + 1, word[0].lower()),)),
            suggestions=(word[0].lower() + word[1:],),
        )


@rule(
    "abbreviations/mixed-forms",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(FORM,),  # the analysis's
    only_where_fired=True,  # the analysis reads only where a form fired: nothing to find elsewhere
)
def mixed_forms(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """One story writes the same abbreviation two ways (US and U.S.).

    ## Why it matters
    "US" fifteen times beside one "U.S." is one style choice applied unevenly, usually
    because parts of the story went through different engines or editors. The form kept
    is the locale's house style (CP: U.S., UN), or else the story's majority.

    ## Examples
    bad:  Police in Washington, DC, met. Later, [[D.C.->DC]] officials left. The DC council agreed.
    bad:  The [[US->U.S.]] and Canada met. Later, U.S. officials left.
    bad:  Ottawa and the [[U.N.->UN]] agreed. The UN will send staff.
    good: Ottawa and the UN agreed. The UN will send staff.
    good: The U.S. and Canada met. Later, U.S. officials left.
    good: The B.C. NDP and the Conservative Party of BC met the BC Non-Profit Housing Association.
    good: Teams from across B.C. play two Premier1 BC matches in Kamloops this weekend.
    bad:  Teams from across B.C. and from all over [[BC->B.C.]] play in Kamloops in 2024.
    bad:  The B.C. NDP met voters in [[BC->B.C.]] on Monday.
    good: Wheat rose to US$7.15 a bushel and the loonie ended at 71.2 cents US. U.S. farmers sold.
    good: Nickel slipped 40 cents to $8.05 US a pound as U.S. buyers waited.
    bad:  Nickel slipped to $8.05 US a pound as [[US->U.S.]] buyers waited for U.S. data.

    A province written without periods inside a body's own name (``BC Hydro``, ``the
    Conservative Party of BC``) is that body's spelling, not the story's form. A bare ``US``
    that marks a currency (``US$7.15``, ``$8.05 US``, ``71.2 cents US``) is the wire's money
    style beside its ``U.S.`` for the country, not the country's name written two ways.

    ## Fix safety
    Safe: only the periods of the abbreviation change, to the form the story should use;
    a period that also ends the sentence is kept.
    """
    data = ctx.data("abbreviations")
    for pair, items in _by_pair(ctx.analysis(occurrences)).items():
        dotted = [o for o in items if o.dotted]
        bare = [o for o in items if _counts_as_bare(pair, o)]
        if not dotted or not bare:
            continue
        pref, why = _form_to_keep(data, pair, ctx.locale, items, dotted, bare)
        wrong = bare if pref == pair.dotted else dotted
        for o in wrong:
            if not o.dotted and _lost_period_at(o.par.text, o.start, o.end):
                continue  # abbreviations/lost-periods reports this one, with the same fix
            s, e, repl = _replacement(o, to_dotted=pref == pair.dotted)
            yield ctx.finding(
                o.par, s, e,
                f"“{o.par.text[o.start:o.end]}” beside “{pref}” in the same story ({why} is {pref})",
                fix=Fix.safe(f"Write {pref}", edits=(Edit(s, e, repl),)), suggestions=(repl,),
            )


def _by_pair(occ) -> dict[Pair, list[Occurrence]]:
    """The document's occurrences grouped by abbreviation, each group in document order."""
    by_pair: dict[Pair, list[Occurrence]] = {}
    for o in occ:
        by_pair.setdefault(o.pair, []).append(o)
    return by_pair


def _counts_as_bare(pair: Pair, o: Occurrence) -> bool:
    """A form without periods that is the story's own choice.

    Not a body's own name ("BC Hydro", "Co-operative Housing Federation of BC") nor a
    currency mark ("US$7.15"), which keep their form beside the story's.
    """
    return (not o.dotted and not (pair.province and not _names_the_province(o))
            and not _marks_currency(o))


def _form_to_keep(data, pair: Pair, locale, items: list[Occurrence], dotted: list[Occurrence],
                  bare: list[Occurrence]) -> tuple[str, str]:
    """The form a mixed story should use, and why: house style, else the majority, else the first."""
    pref = data.preferred(pair, locale)
    if pref is not None:
        return pref, f"{data.house(locale).name} style"
    if len(dotted) != len(bare):
        return (pair.dotted if len(dotted) > len(bare) else pair.bare), "the story's usual form"
    return (pair.dotted if items[0].dotted else pair.bare), "the story's usual form"


@rule(
    "abbreviations/house-style",
    category="Style/Company style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(FORM, MONTH),  # the analyses'
    only_where_fired=True,  # the analyses read only where a form or a month fired
    status=Status.PREVIEW,
)
def house_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A story keeps to another style than the locale's house style (U.N. for CP's UN, January 7 for Jan. 7).

    ## Why it matters
    Canadian Press copy writes UN and EU without periods and abbreviates Jan., Feb.,
    Aug., Sept., Oct., Nov. and Dec. before a day. A translated story that is
    consistent in another style is not wrong, but it is not house style either; this
    preview rule lets a desk enforce it. Mixed stories are reported by
    `abbreviations/mixed-forms` and `consistency/date-style` instead; a story that writes
    US or UK throughout by `abbreviations/country-without-periods`.

    ## Examples
    bad:  Trade with the [[U.N.->UN]] grew on [[January 7->Jan. 7]].
    bad:  The [[E.U.->EU]] team left.
    good: Trade with the U.S. grew on Jan. 7 and again in March.
    good: Trade with the US grew on Jan. 7.
    good: The talks ended on May 5 and June 30.

    ## Fix safety
    Safe: only the abbreviation's periods or the month's spelling change.
    """
    data = ctx.data("abbreviations")
    house = data.house(ctx.locale)
    if house is None:
        return
    for pair, items in _by_pair(ctx.analysis(occurrences)).items():
        pref = data.preferred(pair, ctx.locale)
        if pref is None or len({o.dotted for o in items}) > 1:
            continue  # no house form, or mixed (mixed-forms reports it)
        if _country_lost_periods(pair, pref, items):
            continue  # abbreviations/country-without-periods reports it
        for o in items:
            if (pref == pair.dotted) == o.dotted:
                continue
            if pair.province and not o.dotted and not _names_the_province(o):
                continue  # a body's own name keeps its form
            yield _in_form(ctx, o, pref, f"{house.name} style writes {pref}")
    if house.months_with_day not in ("abbreviated", "spelled"):
        return
    dates = ctx.analysis(date_occurrences)
    if len({d.abbreviated for d in dates if d.abbreviable}) > 1:
        return  # mixed: consistency/date-style reports it
    want_abbr = house.months_with_day == "abbreviated"
    for d in dates:
        if not d.abbreviable or d.abbreviated == want_abbr:
            continue
        repl = d.abbr if want_abbr else d.name
        yield ctx.finding(d.par, d.start, d.end, f"{house.name} style writes {repl} before a day",
                          fix=Fix.safe(f"Write {repl}", edits=(Edit(d.start, d.month_end, repl),)),
                          suggestions=(repl + d.par.text[d.month_end:d.end],))


def _country_lost_periods(pair: Pair, pref: str, items: list[Occurrence]) -> bool:
    """Whether a story writes a country's abbreviation (US, UK) only without the periods its
    house writes, a province's aside (`abbreviations/province-without-periods` has those)."""
    return not pair.province and pref == pair.dotted and not any(o.dotted for o in items)


@rule(
    "abbreviations/country-without-periods",
    category="Style/Company style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(FORM,),  # the analysis's
    only_where_fired=True,  # the analysis reads only where a form fired: nothing to find elsewhere
    confidence=0.6,
)
def country_without_periods(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A story writes US or UK throughout where the locale's house (CP) writes U.S. and U.K.

    ## Why it matters
    Canadian news copy writes U.S. and U.K. with their periods; a story that writes the bare
    letters every time took them from an engine or a foreign style guide (Spanish and Chinese
    English both write US). A story that writes both forms is `abbreviations/mixed-forms`'s; the
    rest of the house's style (months before a day) stays in the preview rule
    `abbreviations/house-style`. A bare US that marks a currency (``$1.70 US``, ``US$7.15``) is
    the wire's money style, and a time stamp or caption keeps its form.

    ## Examples
    bad:  She was denied a call to the [[US->U.S.]] embassy despite being a [[US->U.S.]] citizen.
    bad:  Talks with the [[UK->U.K.]] ended on Monday.
    good: She was denied a call to the U.S. embassy despite being a U.S. citizen.
    good: The service will charge $1.70 US per minute, and wheat rose to US$7.15 a bushel.
    good: The UN and the EU met in Ottawa.
    good: Outside the U.S. embassy, protesters chanted LET US IN until noon.
    good: Protesters chanted LET US IN outside the embassy.

    ## Fix safety
    Safe: only the abbreviation's periods change.
    """
    from mtqa.roles import line_roles

    data = ctx.data("abbreviations")
    house = data.house(ctx.locale)
    if house is None:
        return
    name = house.name
    layout = None
    for pair, items in _by_pair(ctx.analysis(occurrences)).items():
        pref = data.preferred(pair, ctx.locale)
        if pref is None or not _country_lost_periods(pair, pref, items):
            continue
        for o in items:
            if _marks_currency(o):
                continue
            if layout is None:
                layout = ctx.analysis(line_roles)
            if layout.is_display(o.par, o.start):
                continue
            yield _in_form(ctx, o, pref, f"{name} style writes {pref}")


# Lower-case French words that show the name before "(PLQ)" is the French one it glosses.
_FRENCH_NAME_WORDS = lazy(r"(?<!\p{L})(?:du|de|des|la|le|les|et|pour|sur|libéral|québécois)(?!\p{L})")


@rule(
    "abbreviations/french-acronym",
    triggers=(Phrases("French acronym", FromPack("french"), pack="abbreviations", ignorecase=False, boundary="none"),),
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    confidence=0.85,
)
def french_acronym(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French acronym left in English copy where the body has an English one (PLQ for QLP, ONU for UN).

    Parties, Quebec programs and taxes, and international organisations (federal bodies
    are `institutions/untranslated-acronym`'s). A French acronym in brackets after the
    French name it abbreviates is a deliberate gloss and stays quiet; after the English
    name it is still the wrong acronym.

    ## Why it matters
    An English reader knows the UN, NATO and the GST, not the ONU, OTAN and TPS; the
    engine translated the name and kept the French letters. Letters the story spells out
    itself as a capitalised English name ("the Timmins Police Service … TPS") stand for that
    name and are left alone.

    ## Examples
    bad:  The Quebec Liberal Party ([[PLQ->QLP]]) lost two seats.
    bad:  The [[ONU->UN]] asked Ottawa for more troops.
    bad:  Growth in [[PIB->GDP]] slowed to 1.1 per cent.
    bad:  He was drafted first overall by an [[LNH->NHL]] team in June.
    good: The Quebec Liberal Party (QLP) lost two seats.
    good: The Parti libéral du Québec (PLQ) is the Quebec Liberal Party in English.
    good: The UN asked Ottawa for more troops; NATO agreed.
    good: OTANI Holdings and PIBS bonds rose.
    good: The NHL and the Ligue nationale de hockey (LNH) are one league; LNHS is a school.
    good: The Timmins Police Service hired interpreters. TPS officers start on Monday.

    ## Fix safety
    Unsafe: the English acronym replaces the French one; read the sentence again, as an
    article before it may change (an SME, the UN).
    """
    data = ctx.data("abbreviations")
    if data.french_re is None or ctx.analysis(shouting, par):
        return
    text = par.text
    for m in data.french_re.finditer(text, timeout=1):
        if text[m.start() - 1 : m.start()] == "(":
            before = text[max(0, m.start() - 60) : m.start() - 1]
            if _FRENCH_NAME_WORDS.search(before.rsplit(".", 1)[-1]):
                continue  # "Parti libéral du Québec (PLQ)": a gloss of the French name
        if m.group() in ctx.analysis(capitalised_initials):
            continue  # "the Timmins Police Service … TPS": the story's own English name
        english, name = data.french[m.group()]
        yield ctx.finding(par, m.start(), m.end(), f"French acronym left in English copy: {name} is {english}",
                          fix=Fix.unsafe(f"Write {english}", english))


# Capitalised words after "BC"/"PEI" that keep it the place: titles of its office-holders.
_PLACE_TITLES = frozenset("Premier Prime Minister MLA MLAs MP MPs Government Legislature Cabinet".split())
_NAME_OF = lazy(r"\p{L}[ \u00a0]+\p{Lu}\p{L}*[ \u00a0]+of[ \u00a0]+$")  # "… Office of", not "Much of"


# An acronym ("IIO BC") or a brand-like name with a figure glued to it ("League1 BC", "Radio2 NS")
# before the letters: the letters end a body's name, which keeps its own form.
_ACRONYM_BEFORE = lazy(r"(?<![\p{L}.])(?:\p{Lu}{2,}|\p{Lu}\p{L}*\p{N}[\p{L}\p{N}]*)[ \u00a0]+$")


# What marks a bare "US" as a currency: a dollar sign right after it ("US$7.15"), or an amount
# right before it ("$8.05 US", "71.2 cents US", "$2 billion US").
_DOLLAR_AFTER = lazy(r"\$\s?\d")
_AMOUNT_BEFORE = lazy(r"(?:\$\s?[\d.,]*\d(?:\s(?:million|billion|trillion))?|\d[\d.,]*\s?cents?)\s$")


def _marks_currency(o: Occurrence) -> bool:
    """Whether a bare "US" marks a currency (US$7.15, $8.05 US, 71.2 cents US), the money style of
    wire copy that writes U.S. for the country, rather than the country's name."""
    text = o.par.text
    if text[o.start:o.end] != "US":
        return False
    return bool(_DOLLAR_AFTER.match(text, o.end)) or bool(_AMOUNT_BEFORE.search(text[max(0, o.start - 30):o.start]))


def _names_the_province(o: Occurrence) -> bool:
    """Whether a bare province abbreviation names the place, not a body ("BC Hydro", "Office of BC", "IIO BC",
    "League1 BC")."""
    text = o.par.text
    nxt = _CAPITALISED_AFTER.match(text[o.end:o.end + 30])
    if nxt is not None and nxt.group(1) not in _PLACE_TITLES:
        return False
    before = text[max(0, o.start - 40):o.start]
    return not (_NAME_OF.search(before) or _ACRONYM_BEFORE.search(before))


@rule(
    "abbreviations/province-without-periods",
    status=Status.PREVIEW,  # stop 42, stop 39's rule: 8 clean flags (a house's own BC, PEI), 3 MT labels alone; cp selects it
    category="Style/Company style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(FORM,),  # the analysis's
    only_where_fired=True,  # the analysis reads only where a form fired: nothing to find elsewhere
    confidence=0.6,
    locales=("en-CA",),
)
def province_without_periods(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A province written BC or PEI where Canadian news copy writes B.C. and P.E.I.

    Only where the letters name the province itself (``in BC``, ``BC’s coast``,
    ``Nelson, BC``, ``PEI Premier``), in body copy: a body whose own name is written
    without periods (``BC Hydro``, ``the Independent Investigations Office of BC``) and
    captions and credits keep their form. A story that also writes B.C. is
    `abbreviations/mixed-forms`'s.

    ## Why it matters
    The Canadian Press, the CBC, CTV, Global and the national papers all write B.C. and
    P.E.I.; the bare letters are the mark of an engine or a foreign style guide.

    ## Examples
    bad:  Smoke from fires in [[BC->B.C.]] reached Alberta.
    bad:  Much of [[BC->B.C.]]’s coast is under an alert.
    bad:  The [[PEI->P.E.I.]] Premier spoke on Tuesday.
    good: Smoke from fires in B.C. reached Alberta.
    good: BC Hydro and the BC Wildfire Service said crews were ready.
    good: The case went to the Independent Investigations Office of BC on Monday.

    ## Fix safety
    Safe: only the province's periods change.
    """
    from mtqa.roles import line_roles

    occ = [o for o in ctx.analysis(occurrences) if o.pair.province]
    layout = ctx.analysis(line_roles)
    for o in occ:
        if o.dotted or any(x.dotted for x in occ if x.pair is o.pair):
            continue
        if not _names_the_province(o):
            continue
        if layout.is_display(o.par, o.start):
            continue
        yield _in_form(ctx, o, o.pair.dotted, f"Canadian news copy writes {o.pair.dotted}")
