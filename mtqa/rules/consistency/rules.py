"""House-style consistency: one story, one choice for each style question.

A translated story is often assembled from pieces that went through different engines,
translation memories or editors, so choices that a house style settles once come out
both ways: ``Mr Kilford`` beside ``Mr. Ruff``, ``January 7`` beside ``Jan. 3``, spaced
en dashes beside em dashes. Each rule here counts the forms a story uses and flags the
ones that do not match the form it should use: the locale's house style where the
`abbreviations` pack defines one (CP for en-CA: Mr., Jan. 7), otherwise the story's
majority. A story that keeps to one form is not flagged here.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, NamedTuple

from mtqa import lexicon
from mtqa import rx as regex
from mtqa import tagging
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import Option, RawFinding, RuleContext, Scope, Status, rule
from mtqa.scan import LOWER, UPPER, CapitalRun, Chars, Pattern, Phrases
from mtqa.rules.abbreviations.analysis import MONTH, date_occurrences
from mtqa.segment import Paragraph, story_text
from mtqa.spans import SpanSet
from mtqa.text.case import mostly_capitals, title_case
from mtqa.text.datelines import BRACKETED_DATELINE_TAIL
from mtqa.text.function_words import EN_FUNCTION
from mtqa.text.quotation import quotation_spans
from mtqa.text.spaced_phrases import find_all, find_each
from mtqa.text.tokens import LETTER_WORD

_SPACE_CAPITAL = lazy(r" \p{Lu}")  # compiled once here, never at check time

# No leading look-behind (slow in `regex`); the left boundary is checked in Python.
_HONORIFIC = lazy(r"(M[rs]s?|Dr|Prof|Messrs)(?![\p{L}\p{N}])(\.?)(?= \p{Lu}\p{L})")
_HONORIFIC_HEADS = ("Mr", "Ms", "Dr", "Prof", "Messrs")  # what every match of it begins with


def _choose(counts: dict, house_pref, first) -> object:
    """The form a story should use: the house form, else the majority, else the first used."""
    if house_pref is not None:
        return house_pref
    best = max(counts.values())
    leaders = [k for k, v in counts.items() if v == best]
    return leaders[0] if len(leaders) == 1 else first


@rule(
    "consistency/honorific-periods",
    # every match begins with one of the heads as written, anywhere in a word (the test the
    # rule made of each paragraph before its pattern): the engine's scan finds them
    triggers=(Phrases("honorific head", _HONORIFIC_HEADS, ignorecase=False, boundary="none"),),
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def honorific_periods(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Honorifics with and without periods in one story (Mr Smith beside Mr. Jones).

    ## Why it matters
    North American style writes Mr., Mrs., Dr.; British style Mr, Mrs, Dr. A story
    that does both was stitched together from differently styled pieces. The form kept is
    the locale's house style (CP: with periods), else the story's majority.

    ## Examples
    bad:  Mr. Tremblay spoke first. [[Mr->Mr.]] Singh replied, and Dr. Tam agreed.
    bad:  [[Dr->Dr.]] Tam agreed, and [[Mr->Mr.]] Singh said so. Mr. Tremblay left.
    good: Mr. Tremblay spoke first. Mr. Singh replied, and Dr. Tam agreed.
    good: Mr Tremblay spoke first. Mr Singh replied, and Dr Tam agreed.
    good: The clinic on Elm Dr was closed. Mr. Singh said so.

    ## Fix safety
    Safe: only the period after the honorific is added or removed.
    """
    house = ctx.data("abbreviations").house(ctx.locale)
    found = []
    for par in ctx.fired_in(doc.paragraphs):  # where a head stands: the pattern finds none elsewhere
        text = par.text
        for m in _HONORIFIC.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
                continue
            found.append((par, m, bool(m.group(2))))
    if not found:
        return
    counts = {True: 0, False: 0}
    for _, _, dotted in found:
        counts[dotted] += 1
    if not counts[True] or not counts[False]:
        return
    pref = _choose(counts, house.honorific_periods if house else None, found[0][2])
    for par, m, dotted in found:
        if dotted == pref:
            continue
        word = m.group(1)
        if pref:
            fix = Fix.safe(f"Write {word}.", edits=(Edit(m.end(1), m.end(1), "."),))
            sugg = word + "."
        else:
            fix = Fix.safe(f"Write {word}", edits=(Edit(m.end(1), m.end(2), ""),))
            sugg = word
        span_end = m.end(2)
        yield ctx.finding(par, m.start(1), span_end,
                          f"“{par.text[m.start(1):span_end]}” beside “{sugg}” in the same story",
                          fix=fix, suggestions=(sugg,))


@rule(
    "consistency/date-style",
    category="Locale convention/Date format",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("abbreviations",),
    triggers=(MONTH,),  # the dates analysis's
    status=Status.PREVIEW,  # a house-style check: on in the cp and hill-times styles (stop 48)
    options={
        "body_only": Option(bool, True, "count only body copy, not time stamps, bylines or captions"),
        "prefer": Option(str, "house", "which form wins a mix: the locale's house style, or the story's majority",
                         choices=("house", "majority")),
    },
)
def date_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Months before a day both spelled out and abbreviated in one story (January 7 beside Jan. 3).

    Options: ``body_only`` (default true) counts only body copy, since a page's time stamps
    and bylines ("Posted October 14, 2023 9:05 am") follow the site's template, not the
    story's style (``mtqa.roles``); ``prefer`` is ``house`` (the locale's house style wins
    a mix) or ``majority`` (the story's majority wins, for papers that spell months out).

    A house-style check, off by default (``preview``) and on in the ``cp`` and ``hill-times``
    styles, or selected by id: on the real-copy corpus it caught no label of machine-translated
    copy (tuning half, both folds, and the held-back half) while it flagged clean copy as often
    as it found an outlet's slip (benchmarks/README.md, stop 48, branch clean48). Whether a
    story keeps to one form of month is the house's question, not a sign of translation.

    ## Why it matters
    CP and AP abbreviate Jan., Feb., Aug., Sept., Oct., Nov. and Dec. before a day and
    never abbreviate March to July; other styles spell every month out. A story that does
    both was assembled from pieces in different styles. The form kept is the locale's house
    style (CP for en-CA), else the story's majority.

    ## Examples
    bad:  The vote was on Jan. 3. Troops left on [[January 7->Jan. 7]], and returned Aug. 2.
    bad:  Talks began Oct. 1 and ended [[November 30->Nov. 30]].
    good: The vote was on Jan. 3. Troops left on Jan. 7, and returned Aug. 2.
    good: Talks began Oct. 1 and ended May 30.
    good: Talks began in October and ended Oct. 30.
    good: Posted October 14, 2023 9:05 am\\n\\nThe vote was on Jan. 3 and the count ended Jan. 4.

    ## Fix safety
    Safe: only the month's spelling changes.
    """
    data = ctx.data("abbreviations")
    layout = ctx.analysis(line_roles) if ctx.options["body_only"] else None
    dates = [d for d in ctx.analysis(date_occurrences)
             if d.abbreviable and (layout is None or layout.role(d.par, d.start) is LayoutRole.BODY)]
    counts = {True: 0, False: 0}
    for d in dates:
        counts[d.abbreviated] += 1
    if not counts[True] or not counts[False]:
        return
    house = data.house(ctx.locale) if ctx.options["prefer"] == "house" else None
    house_pref = None
    if house is not None and house.months_with_day in ("abbreviated", "spelled"):
        house_pref = house.months_with_day == "abbreviated"
    pref = _choose(counts, house_pref, dates[0].abbreviated)
    for d in dates:
        if d.abbreviated == pref:
            continue
        repl = d.abbr if pref else d.name
        yield ctx.finding(
            d.par, d.start, d.end, f"“{d.par.text[d.start:d.end]}” beside dates written “{repl} …” in the same story",
            fix=Fix.safe(f"Write {repl}", edits=(Edit(d.start, d.month_end, repl),)),
            suggestions=(repl + d.par.text[d.month_end:d.end],),
        )


_NUMBER = lazy(
    r"(?<=(?:\b(?:the|our|their|its|his|her|my|your|a)|['’]s) )(number) (\d{1,3})(?![\p{N}.,]\d|[\p{N}%])"
    r"(?! (?:of|is|was|and|or|in|to|on|at|by|for|from|with|times|are|were)\b)"
)


@rule(
    "consistency/number-abbreviation",
    triggers=(Pattern("number figure", r"number \d"),),
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA", "en-US"),
    confidence=0.7,
)
def number_abbreviation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“number 1” in a ranking, where North American news style writes No. 1.

    ## Why it matters
    CP and AP write No. 1 for a rank or a position ("our No. 1 priority"); "number 1"
    is the literal output of an engine translating "numéro 1" or "第一".

    ## Examples
    bad:  It remains our [[number 1->No. 1]] priority.
    bad:  The team's [[number 2->No. 2]] scorer was hurt.
    good: It remains our No. 1 priority.
    good: The number 3 is odd.
    good: Call the number 911 for help; the number of cases rose.

    ## Fix safety
    Safe: "number" becomes "No."; the numeral is kept.
    """
    for m in _NUMBER.finditer(par.text):
        s, e = m.start(1), m.end(1)
        yield ctx.finding(
            par, s, m.end(2), f"News style writes No. {m.group(2)}",
            fix=Fix.safe("Write No.", edits=(Edit(s, e, "No."),)), suggestions=(f"No. {m.group(2)}",),
        )


def _dashes(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_em) of each dash used as punctuation, with its spaces: " – ", "—", " — "."""
    n = len(text)
    for ch, em in (("—", True), ("–", False)):
        i = text.find(ch)
        while i >= 0:
            s, e = i, i + 1
            i = text.find(ch, e)
            if em:
                if s and text[s - 1] == " ":
                    s -= 1
                if e < n and text[e] == " ":
                    e += 1
            elif not (s and text[s - 1] == " " and e < n and text[e] == " "):
                continue  # an unspaced en dash is a range (2018–2019), not a dash
            else:
                s, e = s - 1, e + 1
            if s == 0 or e >= n or text[s - 1].isspace() or text[e].isspace():
                continue
            yield s, e, em


# A dash that opens a credit at a line's end: "by", the writers' names, perhaps the source and
# date in brackets ("… mine rescue – by Jane Roe and Ann Poe (Daily Star – May 2, 2021)"). A
# digest's template sets it, not the story's style.
_CREDIT_AFTER_DASH = lazy(
    r"by \p{Lu}[\p{L}.’'-]*+(?: \p{Lu}[\p{L}.’'-]*+)++"
    r"(?:(?:, | and )\p{Lu}[\p{L}.’'-]*+(?: \p{Lu}[\p{L}.’'-]*+)++)*+(?: \([^()\n]{1,80}\))?[ \t]*(?:\n|$)"
)


@rule(
    "consistency/dash-style",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    options={"body_only": Option(bool, True, "count only body copy, not datelines, numbered subheads or captions")},
    # a mix needs an en dash (and an em dash): a story without one is not read
    triggers=[Chars("en dash", "–")],
    only_where_fired=True,
)
def dash_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Spaced en dashes beside em dashes in one story.

    Option ``body_only`` (default true): only dashes in body copy count; a dateline's dash
    (``EDMONTON —``), a numbered subhead (``2 – Housing``) or a caption follows the page's
    template, not the story's style (``mtqa.roles``).

    ## Why it matters
    A house style picks one dash for a break in a sentence: the em dash (—) in North
    American news, the spaced en dash ( – ) in much British copy. Both in one story show
    pieces from different sources. The story's majority is kept; on a tie, the em dash.

    ## Examples
    bad:  The plan — approved in May — is late[[ – -> — ]]and over budget — again.
    good: The plan — approved in May — is late — and over budget.
    good: The plan – approved in May – is late.
    good: Pages 10–12 cover 2018–2019 — the war years.
    good: OTTAWA — The plan – approved in May – is late.
    good: Mine rescue gets more money – by Jane Roe (Daily Star – May 2, 2021)\\n\\nThe plan — approved in May — is late.
    good: The plan — approved in May — covers the Pine Lakes – Otter Lakes area and the Moss Bay – Rock Point riding.
    bad:  The plan — approved in May — was signed by Jane Roe[[ – -> — ]]Ottawa will pay for it.
    bad:  The plan — approved in May — is late[[ – -> — ]]by Monday it may be done.

    ## Fix safety
    Safe: the dash and its spacing are replaced by the story's usual dash.

    ## Known issues
    Dashes inside parentheses (riding names) are left to the ridings rules, and spaced
    hyphens used as dashes ( - ) are not counted, nor are the dash after a dateline in
    capitals (REGINA —), after a list number (2 –) and before a digest's credit at a line's
    end (– by Jane Roe (Daily Star – May 2, 2021)), which follow the page's template.
    """
    layout = ctx.analysis(line_roles) if ctx.options["body_only"] else None
    odd = _odd_dashes(_story_dashes(doc, layout))
    if odd is None:
        return
    wrong, repl, name = odd
    for par, s, e, _ in wrong:
        yield ctx.finding(
            par, s, e, f"Dash style differs from the rest of the story ({name})",
            fix=Fix.safe("Use the story's dash", repl),
        )


def _story_dashes(doc, layout) -> list[tuple]:
    """(paragraph, start, end, is_em) of each dash the story's style is read from: not inside
    parentheses, in body copy when `layout` is given, and not a credit's or a compound name's."""
    found = []
    for par in doc.paragraphs:
        text = par.text
        if "—" not in text and "–" not in text:
            continue
        parens = SpanSet(_paren_spans(text))
        for s, e, is_em in _dashes(text):
            if parens.covers(s):
                continue
            if layout is not None and layout.role(par, s) is not LayoutRole.BODY:
                continue
            if _CREDIT_AFTER_DASH.match(text, e):
                continue  # a digest's credit line: "headline – by Jane Roe (Daily Star – May 2, 2021)"
            if not is_em and _joins_names(text, s, e):
                continue  # "the Pine Lakes – Otter Lakes area": a compound name's dash, not a break
            found.append((par, s, e, is_em))
    return found


def _odd_dashes(found: list[tuple]) -> tuple[list[tuple], str, str] | None:
    """The dashes of the story's minority (its en dashes on a tie), the dash to write instead
    (spaced or not as most em dashes are) and what the story uses; None with one kind only."""
    em = [f for f in found if f[3]]
    en = [f for f in found if not f[3]]
    if not em or not en:
        return None
    if len(en) > len(em):
        return em, " – ", "spaced en dashes"
    spaced = sum(1 for par, s, _, _ in em if par.text[s] == " ")
    return en, " — " if spaced * 2 >= len(em) else "—", "em dashes"


# A run of capitalised words ("Otter Lakes"), and what may follow a compound name that ends there:
# the paragraph's end, a mark, another dash of the name, or a lowercase word (read by the tagger).
_NAME_BEFORE = lazy(r"\p{Lu}[\p{L}’'.-]*+$")
_NAME_AFTER = lazy(r"\p{Lu}[\p{L}’'-]*+(?: \p{Lu}[\p{L}’'-]*+)*+(?:(?P<mark>[ ]?(?:[,.;:)]|[–—]|$))|[ ](?P<word>\p{Ll}++))")
# The lexicon's tags of a noun, and of a word in -ing that heads one ("riding", "crossing"): the
# head a compound name modifies ("areas", "riding", "corridor").
_NOUN_TAGS = frozenset({"NN", "NNS", "VBG"})


def _joins_names(text: str, s: int, e: int) -> bool:
    """Whether the spaced en dash at text[s:e] joins two names into one ("the Pine Lakes – Otter
    Lakes area", "Moss Bay – Rock Point riding"): a capitalised word on each side, and the name
    after it ends the phrase (a mark, the paragraph's end, another dash) or is followed by a noun
    it modifies. A break before a clause ("said Jane Roe – Ottawa will pay") is followed by a verb."""
    if not _NAME_BEFORE.search(text, max(0, s - 40), s):
        return False
    m = _NAME_AFTER.match(text, e)
    if m is None:
        return False
    if m.group("mark") is not None:
        return True
    tg = tagging.tagger()
    return tg is not None and tg.lexicon_tag(m.group("word")) in _NOUN_TAGS


_PARENS = lazy(r"\([^()\n]{0,200}\)")


def _paren_spans(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []
    return [m.span() for m in _PARENS.finditer(text)]


# ---------------------------------------------------------------------------------------
# One term, two spellings: letter case of an acronym, capitals of a name

# A word of letters (with an optional number after a hyphen, "Covid-19"): acronyms and names.
_TERM = lazy(r"(?<![\p{L}\p{N}\-])\p{Lu}[\p{L}]{2,}+(?:-\p{N}++)?(?![\p{L}\p{N}])")


def _starts_sentence(text: str, s: int) -> bool:
    """Whether the word at s opens a sentence: `text[:s].rstrip(" \"“‘'([")` is empty or ends in a
    stop (read back over the opening marks only, not by copying the text before)."""
    i = s
    while i and text[i - 1] in " \"“‘'([":
        i -= 1
    return not i or text[i - 1] in ".!?:;\n—–-|>"


_CAPS_NEIGHBOUR_BEFORE = lazy(r"\p{Lu}{2,}[ ,.|/—–-]{1,3}$")
# A hyphen joins capitals too: "BAIE-COMEAU, Que. —" is a dateline's hyphenated place, one run.
_CAPS_NEIGHBOUR_AFTER = lazy(r"[ ,.|/-]{1,3}\p{Lu}{2,}|[ ]?[—–]")


def _in_caps_run(text: str, s: int, e: int) -> bool:
    """A word in capitals beside another (a byline, "PARLIAMENT HILL") or before a dash (a dateline)."""
    return bool(_CAPS_NEIGHBOUR_BEFORE.search(text[max(0, s - 20):s])) or bool(
        _CAPS_NEIGHBOUR_AFTER.match(text, e)
    )


def _caps_paragraph(text: str) -> bool:
    """A paragraph mostly in capitals: a heading, a byline or a dateline."""
    return mostly_capitals(text)


@rule(
    "consistency/acronym-case",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def acronym_case(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An acronym written in capitals in one place and as a word in another (COVID-19 and Covid-19).

    ## Why it matters
    House styles choose once between COVID-19 and Covid-19, NATO and Nato. A story that
    does both was assembled from pieces in different styles or left to an engine. The
    story's majority form is kept; on a tie, the capitals.

    ## Examples
    bad:  COVID-19 cases rose.\\n\\nThe [[Covid-19->COVID-19]] wave ended, and COVID-19 rules eased.
    bad:  NATO met in June. The allies of [[Nato->NATO]] agreed.
    good: COVID-19 cases rose. The COVID-19 wave ended.
    good: WHO officials met. Who knows? AIDS research and the aids to navigation.
    good: THE NATO SUMMIT OPENS\\n\\nNato leaders met in June.
    bad:  The CAQ won the vote. Later, the [[Caq->CAQ]] lost a seat, and the CAQ said so.
    good: AIR safety rules changed. Air Canada and the Sun said Who knows.
    good: BEIJING, Feb. 11 (Xinhua) -- The forum was held in Beijing on Saturday.
    good: NANAIMO, B.C. — The retreat opened in Nanaimo, B.C., on Wednesday.
    good: HALIFAX —\\n\\nThe vote in Halifax was close.
    good: TRURO - Crews cleared the road near Truro on Monday.
    good: ROADS\\nCrews clear the Truro road\\nTRURO - Crews cleared the road near Truro on Monday.
    good: PICTOU: A new wharf opened in Pictou on Friday.\\nSTELLARTON: Stellarton council met.
    bad:  Boats left PICTOU: the wharf closed. In [[Pictou->PICTOU]] crews stayed, and PICTOU boats waited.
    bad:  Crews in TRURO - near the bridge - met. In [[Truro->TRURO]] they left, and TRURO crews stayed.
    bad:  Talks in NANAIMO, B.C., stalled.\\n\\nIn [[Nanaimo->NANAIMO]], B.C., they resumed.
    good: (HALIFAX) June 3, 2024 – Crews met in Halifax on Monday.\\n\\n(YARMOUTH, N.S.) – Crews left Yarmouth.
    good: SAINT-JEROME, Que. — Crews met.\\n\\nIn Saint-Jerome, they left.
    good: LAVOIE, Marie T. - In her 90th year.\\n\\nThe Lavoie family thanks the nurses.
    bad:  Crews met in LAVOIE and more.\\n\\nThe [[Lavoie->LAVOIE]] family thanks the nurses, and LAVOIE crews stayed.
    bad:  Crews met on (HALIFAX) June 3 in the rain.\\n\\nIn [[Halifax->HALIFAX]] they stayed.
    good: The HARBOR study began. HARBOR is short for “Harbor Air Respiratory Burden of Residents”, its lead said.
    bad:  The HARBOR study began. The [[Harbor->HARBOR]] team met, and HARBOR data came in.

    ## Fix safety
    Safe: only the letter case of the word changes, to the form the story uses most.
    """
    mixed = _both_cases(doc.paragraphs)
    if not mixed:
        return
    for variants in _acronym_forms(doc.paragraphs, mixed).values():
        yield from _forms_against_majority(ctx, variants)


def _acronym_forms(paragraphs, mixed: frozenset[str]) -> dict[str, dict[str, list]]:
    """For each word the story writes both ways (folded), its forms and their places, but the
    places where the case is the page's layout or the sentence's, not the story's spelling."""
    forms: dict[str, dict[str, list]] = {}
    for par in paragraphs:
        text = par.text
        if mixed.isdisjoint(_TERM.findall(text, concurrent=False)) or _caps_paragraph(text):
            continue  # a heading in capitals says nothing about the story's spelling
        for m in _TERM.finditer(text, concurrent=False):
            w = m.group()
            if w in mixed and _case_is_spelling(text, m.start(), m.end(), w):
                forms.setdefault(w.casefold(), {}).setdefault(w, []).append((par, m.start(), m.end()))
    return forms


def _case_is_spelling(text: str, s: int, e: int, w: str) -> bool:
    """Whether the case of `w` at s..e is the story's choice of spelling: capitals that are not
    the layout's, or a capitalised word that is the acronym written as a word."""
    letters = w.split("-")[0]
    if letters.isupper():
        return not _capitals_of_layout(text, s, e, letters)
    if letters[1:].islower():
        return _acronym_as_word(text, s, w, letters)
    return False


def _capitals_of_layout(text: str, s: int, e: int, letters: str) -> bool:
    """Whether the capitals at s..e are set by the page: too short to tell from a word, a run of
    capitals (a byline), or a dateline's place (a wire's or a release's in brackets)."""
    if len(letters) < 3 or _in_caps_run(text, s, e):
        return True
    line_start = text.rfind("\n", 0, s) + 1
    if s - line_start < 40 and _DATED_AFTER.match(text, e):
        return True  # a dateline's place in capitals near a line's start: "BEIJING, Feb. 11 (Xinhua)"
    if s == line_start and _GIVEN_NAMES_AFTER.match(text, e):
        return True  # an obituary's heading, the surname in capitals: "TREMBLAY, Anne M. - Died"
    # a release's dateline in brackets opening its line: "(HALIFAX) June 3, 2024 –"
    return text[line_start:s].strip() == "(" and _BRACKETED_DATED_AFTER.match(text, e) is not None


def _acronym_as_word(text: str, s: int, w: str, letters: str) -> bool:
    """Whether the capitalised word at s is the acronym written as a word ("the Caq said"), not a
    common word opening a sentence, part of a name ("Air Canada") or the acronym's expansion."""
    if len(letters) < 3 or ("-" not in w and _starts_sentence(text, s)):
        return False  # a capitalised word opening a sentence may be a common word
    if len(letters) == 3 and not _SHORT_AS_WORD.match(text, s):
        return False  # "the Caq said" yes; "Air Canada", "Who knows" no
    # the acronym spelt out: "CANOE" is short for "Canoe Access Needs of Explorers"
    return not _opens_expansion(text, s, letters)


def _forms_against_majority(ctx: RuleContext, variants: dict[str, list]) -> Iterator[RawFinding]:
    """A finding on each place of a form other than the one the story uses most (capitals first
    on a tie), where one form at least is in capitals (the acronym)."""
    if len(variants) < 2:
        return
    caps = [f for f in variants if f.split("-")[0].isupper()]
    if not caps:
        return
    ranked = sorted(variants, key=lambda f: (-len(variants[f]), f not in caps))
    keep = ranked[0]
    for form, occ in variants.items():
        if form == keep:
            continue
        for par, s, e in occ:
            yield ctx.finding(
                par, s, e, f"“{form}” beside “{keep}” in the same story ({len(variants[keep])}×)",
                fix=Fix.safe(f"Write {keep}", replacement=keep),
            )


def _opens_expansion(text: str, s: int, letters: str) -> bool:
    """Whether the word at `s` opens the acronym's own expansion, the initials of it and the words
    after it spelling the acronym: "Canoe Access Needs of Explorers" for CANOE. An acronym
    that is also a word is written as the word where its expansion spells it out; the word alone
    ("the Canoe team") is the acronym in the other case."""
    initials = []
    pos = s
    for _ in letters:
        m = LETTER_WORD.search(text, pos, min(len(text), pos + 40))
        if m is None or any(c in ".!?\n" for c in text[pos:m.start()]):
            return False
        initials.append(m.group()[0])
        pos = m.end()
    return "".join(initials).casefold() == letters.casefold()


def _both_cases(paragraphs) -> frozenset[str]:
    """The words `_TERM` finds that the story also writes in the other case (NATO and Nato):
    only those can give acronym-case a finding, and most stories have none. Words are gathered
    by the regex at C speed; the loop is over distinct words, and runs only where two of them
    fold to the same form."""
    # One search of the paragraphs joined by line breaks (no word spans one, and a line break
    # is neither a letter, a digit nor a hyphen for the look-arounds).
    words = set(_TERM.findall(story_text(paragraphs), concurrent=False))
    if len(set(map(str.casefold, words))) == len(words):
        return frozenset()  # no two words share a case-folded form: none is written both ways
    shapes: dict[str, list[str]] = {}
    for w in words:
        letters = w.split("-")[0]
        if letters.isupper() or letters[1:].islower():
            shapes.setdefault(w.casefold(), []).append(w)
    return frozenset(w for forms in shapes.values() if len(forms) > 1 for w in forms)


# A three-letter acronym written as a word stands after a lower-case word and before one (or a
# stop): "the Caq lost", "for the Caq." Before a capitalised word it may be part of a name ("Air Canada").
_SHORT_AS_WORD = lazy(r"(?<=\p{Ll} )\p{Lu}\p{Ll}{2}(?=[ ]\p{Ll}|[.,;:!?)]|$)")

# Words that open a sentence before a name's capitals without being part of the name: function words
# ("The Federal Office ruled", "In Northern Europe", "Its Water Review Office met") and the adverbs and
# quantifiers a sentence opens with ("Later Federal Office staff …").
_SENTENCE_OPENERS = EN_FUNCTION | frozenset(
    """a these those our my your each every some any no another all both many most several few other such
    after before during since while although though because if unless until once so yet nor here there
    where why how thus indeed instead perhaps only even just never always often again already soon now
    then later earlier today yesterday tomorrow tonight meanwhile however also still last next first
    finally recently""".split()
)

_TITLE_WORDS = frozenset(
    "minister president general premier mayor secretary chief judge justice attorney chair leader speaker "
    "commissioner director governor senator officer".split()
)
# What follows the place of a wire dateline: a date or the agency ("BEIJING, Feb. 11 (Xinhua)"),
# or an abbreviated province or state and the dash or line end ("NANAIMO, B.C. —", "TORONTO —"); a
# local site sets the dash as a spaced hyphen ("TRURO - Crews …"), which only a dateline opens with;
# a weekly's list of teasers sets it as a colon ("PICTOU: A new wharf …"), the place alone on its
# line's start, a capital after.
_DATED_AFTER = lazy(r",? (?:\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.? \d)"
                    r"|(?:, \p{Lu}[\p{L}.]{0,5}\.)?(?:[ \u00a0]*[—–]|[ \u00a0]--|[ \u00a0]*(?=\n|$))"
                    r"|(?<=(?:^|\n)\p{Lu}+)(?: - |: )(?=\p{Lu})")
# What follows a surname in capitals opening its line, in an obituary's or a list's heading: a
# comma, then given names or initials ("TREMBLAY, Anne M. -", "ROY, J. Paul").
_GIVEN_NAMES_AFTER = lazy(r", (?:\p{Lu}\p{Ll}+|\p{Lu}\.)(?: (?:\p{Lu}\p{Ll}+|\p{Lu}\.|\(\p{Lu}\p{Ll}+\)))*(?=[ ,.;:-]|$)")
# What follows the place of a release's dateline set in brackets at a line's start ("(HALIFAX)
# June 3, 2024 –", "(YARMOUTH, N.S.) –"): perhaps its province, the closing bracket, then the
# dateline's date or dash (mtqa.text.datelines, which ridings reads too).
_BRACKETED_DATED_AFTER = lazy(r"(?:, \p{Lu}[\p{L}.]{0,5})?\)" + BRACKETED_DATELINE_TAIL)
# An article or quantifier that makes a phrase generic: "a federal court", "the only big bang".
_GENERIC_BEFORE = lazy(r"(?:^|[^\p{L}])(?:a|an|another|any|each|every|no|only) $", regex.IGNORECASE)
# The same article or quantifier with one or two describing words between ("a distinctive national
# flag", "a single red maple leaf"): still a generic thing, not the name; a function word between
# ("a report of the federal office") ends the phrase, and the mention is read as the name again.
_GENERIC_BEFORE_DESCRIBED = lazy(
    r"(?:^|[^\p{L}])(?:[Aa]n?|[Aa]nother|[Aa]ny|[Ee]ach|[Ee]very|[Nn]o)"
    r"(?: (?!(?:of|the|to|for|in|on|at|by|with|from|and|or|its|their|his|her|our|this|that)\b)\p{Ll}++){1,2} $"
)


def _capital_lost(written: str, name: str) -> bool:
    """A name of three words written with its first capital but a later one lost ("Flood Falls trail")."""
    words, want = written.split(" "), name.split(" ")
    return (
        len(want) >= 3 and words[0][:1].isupper() and written != name
        and all(w == n or (w.islower() and n[:1].isupper()) for w, n in zip(words, want))
    )


# Runs of two or three capitalised words ("Federal Office", "Flood Falls Trail").
_ACRONYM_BEFORE = lazy(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]+ $")
# A capitalised word and a linking word before a run: the run ends a longer name ("Thought on
# Socialism for a New Era", "Ministry of Natural Resources"), not a name of its own.
_NAME_LINK_BEFORE = lazy(r"\p{Lu}[\p{L}’']*+ (?:of|for|on|and|with|in|to|at)(?: (?:a|an|the))? $")
# The last letter of each linking word `_NAME_LINK_BEFORE` ends in, and the space after it.
_LINK_ENDS = frozenset(w[-1] + " " for w in "of for on and with in to at a an the".split())


# name-case asks the three below of each run of capitals; each is its pattern behind a test of
# the one or two characters every match holds, so the usual run (after "the ") costs no search.
def _capital_after(text: str, e: int) -> bool:
    """A space and a capital right after e: `_SPACE_CAPITAL.match(text[e:e + 2])`."""
    return text[e:e + 1] == " " and _SPACE_CAPITAL.match(text, e) is not None


def _after_acronym(text: str, s: int) -> bool:
    """An acronym and a space right before s: every match ends in a capital, a digit or "&"
    (none of them lowercase) and a space."""
    return (s >= 2 and text[s - 1] == " " and not text[s - 2].islower()
            and _ACRONYM_BEFORE.search(text, max(0, s - 12), s) is not None)


def _ends_longer_name(text: str, s: int) -> bool:
    """A capitalised word and a linking word right before s: every match ends in a linking
    word's last letter and a space."""
    return s >= 2 and text[s - 2:s] in _LINK_ENDS and _NAME_LINK_BEFORE.search(text, max(0, s - 40), s) is not None


# A capitalised word and one space at the end of the text searched: the word before a run.
_CAPITAL_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}’'.-])(\p{Lu}\p{Ll}++) $")


def _name_word_before(text: str, s: int) -> str | None:
    """The capitalised word right before s, a space between, if there is one, or a lowercase word
    no word list knows (a name's own lowercase first word, "qathet"): then the run at s
    is the tail of a longer name that `_CAP_RUN` cut at three words ("… Bilateral Labour |
    Working Group"). The tail alone is the generic back-reference English writes in lowercase
    ("the working group"); with the name's word before it, a lowercase copy is the name lost
    ("the water review office" beside "the Federal Water Review Office"). A tail of three words
    ("Water Review Office" after "Pine Lakes") is a name's own, and is compared alone."""
    if s < 3 or text[s - 1] != " ":
        return None
    m = _CAPITAL_WORD_BEFORE.search(text, max(0, s - 30), s)
    if m is not None:
        return m.group(1)
    m = _LOWER_WORD_BEFORE.search(text, max(0, s - 30), s)
    return m.group(1) if m is not None and _unlisted_word(m.group(1)) else None


# A lowercase word of three letters or more and one space at the end of the text searched.
_LOWER_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}’'.-])(\p{Ll}{3,}+) $")


def _unlisted_word(word: str) -> bool:
    """Whether no English word list knows `word`: before a run of capitals ("qathet Regional
    District") it is the name's own first word, written in lowercase by the body it names, not
    an adjective ("the new Regional District"). Without the word list, no word is taken so."""
    lex = lexicon.english()
    return lex is not None and word not in lex and word not in EN_FUNCTION


# After a run, a linking word and three capitalised words at least: the run opens a long name
# ("Coastal Fisheries | and Oceans Science Review Board"); group 1 is the link and the next word.
_LONG_NAME_AFTER = lazy(r" ((?:and|of|for|on) \p{Lu}\p{Ll}++)(?: \p{Lu}\p{Ll}++){2}")


def _name_words_after(text: str, e: int) -> list[str]:
    """The linking word and the capitalised word after it when the two-word run ending at e opens
    a long name (three capitalised words after the link): the head alone ("coastal fisheries")
    is a field English writes in lowercase; with the link and the next word, a lowercase copy
    ("the coastal fisheries and oceans board") is the name lost. Two names joined by "and" are
    rarely that long, and stay compared alone ("Flood Falls and Moose Creek")."""
    if text[e:e + 1] != " " or not text[e + 1:e + 2].islower():
        return []
    m = _LONG_NAME_AFTER.match(text, e)
    return [] if m is None else m.group(1).split(" ")


def _holds_title(name: str) -> bool:
    """Whether a word of `name` (words between single spaces) is a title once case-folded (no
    character case-folds to a space, so the whole name is folded once)."""
    return not _TITLE_WORDS.isdisjoint(name.casefold().split(" "))


_CAP_RUN = lazy(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++){1,2}(?![\p{L}\p{N}])")

# After a run, the rest of a work's title and its subtitle: capitalised or linking words up to a
# colon, then a subtitle in title case ("Water Safety in Rural Manitoba: A Review of the Last
# Decade"). The run's capitals are the title's, a report's or a book's, not a name's.
_SMALL_WORD = r"(?:of|for|on|and|with|in|to|at|the|a|an|or|by|from)"
_TITLE_THEN_SUBTITLE = lazy(
    rf"(?: (?:{_SMALL_WORD}|\p{{Lu}}[\p{{L}}’'-]*+))*+: \p{{Lu}}\p{{L}}*+"
    rf"(?:(?: {_SMALL_WORD})*+ \p{{Lu}}[\p{{L}}’'-]*+){{2,}}"
)


def _in_titled_work(text: str, e: int) -> bool:
    """Whether the run ending at e goes on, through capitalised and linking words, to a colon
    and a subtitle in title case: the title of a report or a book, whose capitals name nothing."""
    return text.find(":", e, e + 120) >= 0 and _TITLE_THEN_SUBTITLE.match(text, e) is not None


def _in_headline_line(text: str, s: int) -> bool:
    """Whether s stands in a line that ends without a stop and has more of the paragraph under
    it: a headline set over its first paragraph in one block ("… finds Review Panel\nA new
    review panel report …")."""
    end = text.find("\n", s)
    return end >= 0 and _headline(text[text.rfind("\n", 0, s) + 1:end]) and bool(text[end + 1:].strip())


def _headline(text: str) -> bool:
    """Whether a paragraph ends without a stop: a headline, a deck or a caption, whose capitals
    ("… finds Review Panel") follow the page's headline habit, not the name's spelling."""
    body = text.rstrip()
    return bool(body) and body[-1] not in ".!?:;,”\"’)"


def _in_quoted_phrase(text: str, i: int, end: int) -> bool:
    """Whether text[i:end] stands in words quoted as words: a quotation opening in lowercase right
    after "to" or a noun that introduces words (a pledge to “keep the river clean”, the slogan
    “light up the north”): a slogan, a motto or the phrase a campaign was named after, whose case
    is the words', not the name's. A name quoted after an article ('the “federal office”') or a
    partial quote after a speech verb still names it."""
    for start, close in quotation_spans(text, straight_within_line=True):
        if start >= end:
            return False
        if start < i and end <= close - 1:
            before = _WORD_BEFORE_QUOTE.search(text, max(0, start - 20), start)
            return (text[start + 1:start + 2].islower() and before is not None
                    and before.group(1).casefold() in _WORDS_QUOTING_WORDS)
    return False


# The word right before a quotation's opening mark (one space between).
_WORD_BEFORE_QUOTE = lazy(r"(?<![\p{L}’'-])(\p{L}+) $")
# Words after which a quotation gives words as words: the infinitive's "to" (an action quoted:
# asked to “slow down”) and nouns that name a saying.
_WORDS_QUOTING_WORDS = frozenset("to slogan motto theme pledge message phrase words hashtag tagline".split())


@rule(
    "consistency/name-case",
    # every run `_CAP_RUN` finds is two or three whole tokens with capitals, spaces between
    triggers=(CapitalRun("capitalised words", 2, joiners=" "),),
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def name_case(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name capitalised in one place and written in lowercase in another (the Federal Office, the federal office).

    ## Why it matters
    Engines capitalise a body's or a place's name where they recognise it and lowercase
    it where they do not; the reader cannot tell whether "the federal office" is the
    Federal Office named above or some other office.

    ## Examples
    bad:  The Federal Office for Migration ruled on Monday. Later [[the federal office->the Federal Office]] said more.
    bad:  Hikers left the Flood Falls Trail. Crews closed [[the flood falls trail->the Flood Falls Trail]] too.
    bad:  Hikers left the Flood Falls Trail. Crews closed [[the Flood Falls trail->the Flood Falls Trail]] too.
    good: The Federal Office for Migration ruled. Later the office said more.
    good: A new Prairie-Yukon Bilateral Water Working Group met. The working group will meet again.
    bad:  The Federal Water Review Office met. Later [[the water review office->the Water Review Office]] said more.
    bad:  The Pine Lakes Water Review Office met. Later [[the water review office->the Water Review Office]] said more.
    good: PICTOU: Pictou County Council met on Friday. Pending a vote, county council will wait.
    good: Pictou County Council met on Friday. The county council will wait.
    good: In Northern Europe the winter was mild. In northern Europe, farmers say, it was wet.
    bad:  Pictou Harbour Bell rang at noon. Later [[the pictou harbour bell->the Pictou Harbour Bell]] rang again.
    good: The Coastal Fisheries and Oceans Science Review Board met. It funds coastal fisheries work.
    bad:  The Coastal Fisheries and Oceans Science Review Board met. Later [[the coastal fisheries and oceans->the Coastal Fisheries and Oceans]] board said more.
    bad:  Hikers left Flood Falls and Moose Creek on Monday. Crews closed [[flood falls->Flood Falls]] later.
    good: Prime Minister Mark Carney spoke. The prime minister left.
    good: Health Minister Jane Roe met the health minister of Ontario.
    good: The Liberal Party met. Liberal party members were there.
    good: Toronto Police Service officers spoke; Toronto police said no.
    good: The Federal Court ruled; a federal court in Texas did not.
    good: The Harbour Bell rang at noon. Each town wants a new harbour bell, and Tofield cast a small bronze harbour bell.
    bad:  The Harbour Bell rang at noon. A report on [[the harbour bell->the Harbour Bell]] followed.
    good: Was our Big Bang the only big bang? Every federal court agreed.
    good: Funds of ICBC Wealth Management led the list of wealth management products.
    good: The Minister of Foreign Affairs spoke; foreign affairs were not discussed.
    good: It studied Thought on Socialism for a New Era, a good start for the new era.
    good: Premier Releases Ministerial Mandate Letters\\n\\nThe premier released the mandate letters.
    bad:  Premier Ball released the Mandate Letters. Later [[the mandate letters->the Mandate Letters]] were read.
    good: It released Water Safety in Rural Manitoba: A Review of the Last Decade. Its water safety work goes on.
    good: Wells need testing, finds Review Panel\\nA new review panel report says so.
    bad:  Crews left the Moose Creek Trail: Later [[the moose creek trail->the Moose Creek Trail]] closed.
    good: Pupils began Light Up the North, asking families to “light up the north” each Friday.
    bad:  Crews closed the Moose Creek Trail. Hikers called the “[[moose creek trail->Moose Creek Trail]]” too steep.
    good: Leaders of several First Nations met. Pine Lake and Stone River first nations joined them.
    good: The plarvet Regional District met. Later the regional district voted no.
    bad:  The Regional District met on Monday. Later [[the regional district->the Regional District]] voted no.
    bad:  The new Regional District met. Later [[the regional district->the Regional District]] voted no.
    bad:  Leaders of several First Nations met. The chiefs of [[the first nations->the First Nations]] joined them.
    bad:  Leaders of several First Nations met. Ontario and its [[first nations->First Nations]] joined them.
    good: The 50th Anniversary Season opens in June. For this 50th anniversary season, the festival stages five plays.
    bad:  The Anniversary Season opens in June. Tickets for [[the anniversary season->the Anniversary Season]] sold out.
    good: The National Flag of Canada flew at half-mast on Friday. Canada’s national flag also flew over the legislature.
    bad:  The National Assembly sat on Monday. Quebec’s [[national assembly->National Assembly]] voted the bill.

    ## Fix safety
    Unsafe: the capitals of the name are restored; a generic mention may be meant.

    ## Known issues
    A title (Prime Minister, Attorney General) is not counted as a name, so that "the prime
    minister" stays lowercase, as Canadian style wants. Only wholly lowercase mentions are
    reported, and names of three words that lose a later capital: "Toronto police" beside
    "Toronto Police" is a house choice.
    Capitals in a headline (a paragraph or a line over the story that ends without a stop) and
    in a report's or a book's title before its subtitle ("… in Rural Manitoba: A Review of the
    Last Decade") name nothing: a name written only there is not compared with the copy.
    A plural right after names joined by "and" is the generic they share, lowercase in English
    ("Pine Lake and Stone River first nations", "the Red and Assiniboine rivers"). A name opened by
    a lowercase word no word list knows ("qathet Regional District") is a longer name, and its
    two-word tail alone is the generic ("the regional district").
    An edition after its ordinal ("this 50th anniversary season") is described, not named; and a
    place's possessive before the lowercase words ("Canada’s national flag") is the name "… of"
    that place paraphrased where the story writes it so ("the National Flag of Canada").
    Words quoted as words (a quotation opening in lowercase after "to" or "slogan", "motto",
    "pledge" …: a campaign's phrase) keep their own case; a noun phrase quoted after the
    preposition "to" is passed over with them.
    """
    texts, names = _capitalised_names(doc, ctx)
    if not names:
        return
    story = _lowered_story(texts)
    for k, _order, i, fs, end, written, name in _lowercase_mentions(story, names):
        par, text = story.kept[k]
        yield ctx.finding(
            par, fs, end, f"“{written}” is written “{name}” elsewhere in the story",
            fix=Fix.unsafe(f"Write {name}", replacement=text[fs:i] + name),
        )


def _capitalised_names(doc, ctx: RuleContext) -> tuple[list[tuple[Paragraph, str]], dict[str, str]]:
    """The story's paragraphs but those set in capitals (their case says nothing), and the names
    it capitalises (lowercase phrase → the name as written), read only from the runs the trigger
    found, outside headlines and title-case paragraphs (whose capitals are the page's habit)."""
    names: dict[str, str] = {}
    texts = []
    fired = {id(par) for par in ctx.fired_in(doc.paragraphs)}  # hits of the others are empty: not asked
    for par in doc.paragraphs:
        text = par.text
        if _caps_paragraph(text):
            continue
        texts.append((par, text))
        if id(par) not in fired or ctx.analysis(title_case, par) or _headline(text):
            continue  # no capitalised words in a row; or a headline, which names nothing
        for run in ctx.hits(par):
            for m in _CAP_RUN.finditer(text, run.start, run.end):
                name = _run_name(text, m.start(), m.end(), m.group())
                if name is not None:
                    names.setdefault(name.lower(), name)
    return texts, names


def _run_name(text: str, s: int, e: int, run: str) -> str | None:
    """The name that the run of capitalised words at s..e writes, or None where its capitals are
    not a name's own: the sentence's first capital is dropped, and a run that a longer name, a
    title or a heading holds is left out (its lowercase copy elsewhere is no lost capital)."""
    words = run.split(" ")
    if _starts_sentence(text, s) and (len(words) < 3 or words[0].casefold() in _SENTENCE_OPENERS):
        words = words[1:]  # the first capital may be the sentence's ("The Federal Office")
        if len(words) < 2:
            return None
    # Three capitalised words opening a sentence with no article or pronoun first ("Pictou County
    # Council met"): the first is the name's own, as often as not a place's, and the two after it
    # are its tail, which alone is the generic back-reference ("county council"); the name is the
    # whole run, as `_with_longer_name` reads a tail after a capitalised word.
    if _capitals_of_something_else(text, s, e):
        return None
    if len(words) == 2:
        words = _with_longer_name(text, s, e, words)
    name = " ".join(words)
    if _holds_title(name):
        return None  # "the Prime Minister" beside "the prime minister": the titles family's business
    return name


def _capitals_of_something_else(text: str, s: int, e: int) -> bool:
    """Whether the run at s..e is capitalised as part of something larger than a name of its own:
    a title before a name, a company's name, a longer name's tail, a work's title, a headline."""
    if _capital_after(text, e):
        return True  # a title before a name, or part of a longer name
    if _after_acronym(text, s):
        return True  # after an acronym: part of a company's name ("ICBC Wealth Management")
    if _ends_longer_name(text, s):
        return True  # the tail of a longer name ("Minister of Foreign Affairs"): "foreign affairs" is generic
    if _in_titled_work(text, e):
        return True  # a report's title before its subtitle: "Water Safety in Manitoba: A Review of …"
    return _in_headline_line(text, s)  # a headline set over its story in one block: "… finds Review Panel\nThe panel …"


def _with_longer_name(text: str, s: int, e: int, words: list[str]) -> list[str]:
    """A two-word run with the longer name's word before it, or the link and word after it: two
    words alone ("the working group", "social sciences") are often generic, the longer name's
    lowercase copy is the name lost."""
    before = _name_word_before(text, s)
    if before is not None:
        return [before, *words]  # a longer name's two-word tail: "the working group" alone is generic
    return words + _name_words_after(text, e)  # a long name's two-word head: "social sciences" alone is a field


# The story's paragraphs (those kept) joined by line breaks, lowercase and as written, at the
# same offsets, so that each name is searched for once in the story, not once per paragraph.
# kept: the paragraphs whose lowercase keeps their length; starts: where each kept paragraph
# starts in `lower` and `written`; written: a capital first where `lower` finds a name (the name
# itself, or its lost capital). NamedTuple's call form, types as types: no `compile` at import
# (`mtqa.scan.triggers.Hit` says why).
_LoweredStory = NamedTuple(  # noqa: UP014
    "_LoweredStory", [("kept", list[tuple[Paragraph, str]]), ("starts", list[int]), ("lower", str), ("written", str)])


def _lowered_story(texts: list[tuple[Paragraph, str]]) -> _LoweredStory:
    """The paragraphs joined, but those holding a letter whose lowercase is longer (offsets
    would not map from the lowercase story back to the paragraph)."""
    kept: list[tuple[Paragraph, str]] = []
    starts: list[int] = []
    lowers: list[str] = []
    at = 0
    for par, text in texts:
        lower = text.lower()
        if len(lower) != len(text):
            continue  # a letter whose lowercase is longer: offsets would not map
        kept.append((par, text))
        starts.append(at)
        lowers.append(lower)
        at += len(lower) + 1
    return _LoweredStory(kept, starts, "\n".join(lowers), "\n".join([text for _, text in kept]))


def _lowercase_mentions(story: _LoweredStory, names: dict[str, str]) -> list[tuple[int, int, int, int, int, str, str]]:
    """Each place where the story writes a name it capitalises elsewhere in lowercase (or with a
    later capital lost), as (kept paragraph, name's order, start, finding's start, end, written,
    name), in paragraph order."""
    # Many names (a long story's) are found through an index of the story's spaces, built once,
    # instead of a search of the whole story for each: the same places, in the same order.
    found_at = find_each(story.lower, names) if len(names) > _NAMES_SEARCHED_MAX else None
    found: list[tuple[int, int, int, int, int, str, str]] = []
    for order, (phrase, name) in enumerate(names.items()):
        short = phrase.count(" ") < 2  # `_capital_lost` wants three words
        for j in find_all(story.lower, phrase) if found_at is None else found_at[phrase]:
            if short and story.written[j].isupper():
                continue  # neither lowercase nor a name of three words
            k = bisect_right(story.starts, j) - 1
            i = j - story.starts[k]
            mention = _name_lost_at(story.kept[k][1], i, i + len(phrase), name, story.written)
            if mention is not None:
                found.append((k, order, i, *mention))
    return sorted(found)


# An ordinal right before a lowercase mention: the edition of a recurring thing, described ("this
# 50th anniversary season", "the 125th annual fair"), beside the title it is billed under elsewhere
# ("50th Anniversary Season"); an ordinal is no part of the name a miscased copy loses.
_ORDINAL_BEFORE = lazy(
    r"(?<![\p{L}\p{N}])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|hundredth) $",
    regex.IGNORECASE,
)
# A place's possessive right before a lowercase mention ("Canada’s national flag"): where the story
# names the thing "X of" that place ("the National Flag of Canada"), the possessive is the name
# paraphrased, in lowercase as English writes a description; "Quebec’s national assembly" beside
# "the National Assembly" alone is still the name lost.
_OWNER_BEFORE = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}++)['’]s $")


# Before a lowercase plural, names joined by "and" (or "or"), the last right before it: the plural is
# the generic the names share, lowercase in English ("the Red and Assiniboine rivers").
_NAMES_JOINED_BEFORE = lazy(r"\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)*+ (?:and|or) \p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)*+ $")


def _name_lost_at(text: str, i: int, end: int, name: str, whole: str = "") -> tuple[int, int, str, str] | None:
    """(finding's start, end, written, name) where text[i:end] is `name` written in lowercase or
    with a later capital lost, as a name of its own (not inside a word, not generic); the
    finding takes in a "the" before it, which the fix keeps. `whole` is the story as written."""
    written = text[i:end]
    if (i and text[i - 1].isalnum()) or (end < len(text) and text[end].isalnum()) or not (
        written.islower() or _capital_lost(written, name)
    ):
        return None  # part of another word, or a house choice ("Toronto police")
    if _GENERIC_BEFORE.search(text, max(0, i - 9), i):
        return None  # "a federal court judge", "the only big bang": a generic use, not the name
    if _GENERIC_BEFORE_DESCRIBED.search(text, max(0, i - 40), i):
        return None  # "a single red maple leaf": described, and still generic
    if _ORDINAL_BEFORE.search(text, max(0, i - 16), i):
        return None  # "this 50th anniversary season": an edition described, beside its billed title
    owner = _OWNER_BEFORE.search(text, max(0, i - 40), i)
    if owner is not None and f"{name} of {owner.group(1)}" in whole:
        return None  # "Canada’s national flag" beside "the National Flag of Canada": its name, paraphrased
    if _in_quoted_phrase(text, i, end):
        return None  # to “push back the darkness”: words quoted, whose case is theirs, not the name's
    if written.endswith("s") and _NAMES_JOINED_BEFORE.search(text, max(0, i - 60), i):
        return None  # "Elk Point, Pine Lake and Stone River first nations": one plural generic shared by named ones
    fs = i - 4 if i >= 4 and text[i - 4 : i] == "the " and (i == 4 or not text[i - 5].isalnum()) else i
    return fs, end, written, name


# Up to this many names the story is searched once for each (`str.find`, at C speed); more (a
# long story's: ~450 in 100,000 characters) are found at once by `find_each`, whose index of the
# story's spaces costs about as much as 150 searches of it (measured on the seed and a long story).
_NAMES_SEARCHED_MAX = 150


# A place or body named with a possessive ("Hudson’s Hope", "Queen’s Park"), not after another
# capitalised word (“Justin Trudeau’s Liberals” is a person's, not a name), and not a plural
# group ("Trudeau’s Liberals" beside "the Trudeau Liberals" is idiom).
_POSSESSIVE_NAME = lazy(r"(?<!\p{Lu}[\p{L}.]*+ )(\p{Lu}\p{Ll}++)['’]s (\p{Lu}\p{Ll}++)(?<!s)(?![\p{L}\p{N}])")


@rule(
    "consistency/possessive-dropped",
    triggers=(Pattern("possessive name", rf"[{UPPER}][{LOWER}]+['’]s [{UPPER}]"),),
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def possessive_dropped(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name that holds a possessive written without it elsewhere in the story (“Hudson’s Hope”, “Hudson Hope”).

    ## Why it matters
    Engines and paraphrase tools drop the apostrophe and s of a name they do not know,
    and only sometimes; the reader meets two places, and a search for the real one fails.

    ## Examples
    bad:  Evacuation order for Hudson’s Hope\\n\\nResidents of [[Hudson Hope->Hudson’s Hope]] left on Saturday.
    bad:  The legislature at Queen's Park sat late.\\n\\nMPPs left [[Queen Park->Queen's Park]] at midnight.
    good: Evacuation order for Hudson’s Hope\\n\\nResidents of Hudson’s Hope left on Saturday.
    good: Justin Trudeau’s Liberals won.\\n\\nThe Trudeau Liberals lost two seats, and Trudeau Liberal staff left.
    good: Canada’s Wonderland opened.\\n\\nThe park is in Vaughan; Canada Post and Canada Day came next.
    good: Kerrow’s Food Bank serves the town.\\n\\nVolunteers in Kerrow run the Kerrow Food Bank each month.
    bad:  Kerrow’s Food Bank serves the town.\\n\\nVolunteers run the [[Kerrow Food->Kerrow’s Food]] Bank each month.

    A town the story names on its own ("in Kerrow", a dateline "KERROW -") may own a name in the
    possessive and modify it after "the" ("the Kerrow Food Bank"): both are the town's, as
    "Canada's national flag" and "the National Flag of Canada" are.

    ## Fix safety
    Safe: the possessive is written as the story writes it elsewhere.
    """
    names: dict[tuple[str, str], str] = {}
    for par in ctx.fired_in(doc.paragraphs):  # every match holds its trigger's: the usual paragraph is not searched
        for m in _POSSESSIVE_NAME.finditer(par.text):
            names.setdefault((m.group(1), m.group(2)), m.group(0))
    if not names:
        return
    # A name's bare form holds no line break, so the story joined by them holds it where a
    # paragraph does: one search at C speed rules out a name before a pass over every paragraph
    # (the usual case), and the places named alone are read only once a bare form is there.
    story = story_text(doc.paragraphs)
    places: set[str] | None = None
    for (first, second), written in names.items():
        bare = f"{first} {second}"
        if bare not in story:
            continue
        if places is None:
            places = _places_named_alone(story)
        attributive_place = first in places or first.upper() in places
        for k, par in enumerate(doc.paragraphs):
            text = par.text
            i = text.find(bare)
            while i >= 0:
                end = i + len(bare)
                whole_words = not (i and (text[i - 1].isalnum() or text[i - 1] in "'’")) and not (
                    end < len(text) and text[end].isalnum())
                # "the Kerrow Food Bank" beside "Kerrow’s Food Bank": the town's, either way ("the" may
                # end the line before, where a page's column broke)
                before = text[max(0, i - 6):i] if i or not k else doc.paragraphs[k - 1].text[-5:] + " "
                town_before_the = attributive_place and _THE_BEFORE.search(before) is not None
                if whole_words and not town_before_the:
                    yield ctx.finding(
                        par, i, end, f"“{bare}” is written “{written}” elsewhere in the story",
                        fix=Fix.safe(f"Write “{written}”", replacement=written),
                    )
                i = text.find(bare, end)


_THE_BEFORE = lazy(r"(?<![\p{L}\p{N}])[Tt]he\s+$")


# A place named on its own: after a preposition of place, no capitalised word after it ("in
# Kerrow", "for Kerrow,"; not "of Hudson Hope"), or as a dateline at a paragraph's start ("KERROW -").
_PLACE_ALONE = lazy(r"(?<![\p{L}\p{N}])(?:in|at|for|to|from|near|around) (\p{Lu}\p{Ll}++)(?![\p{L}\p{N}'’\-]| \p{Lu})")
_DATELINE_PLACE = lazy(r"(?m:^)(\p{Lu}++) [-–—]")


def _places_named_alone(story: str) -> set[str]:
    """The words the story names as a place on its own (`_PLACE_ALONE`, `_DATELINE_PLACE`; a
    dateline's in capitals). Two fixed patterns, not one made for each name: a pattern made at
    check time is parsed by `regex`'s Python layer, which a warm check never loads."""
    return {m.group(1) for m in _PLACE_ALONE.finditer(story)} | {m.group(1) for m in _DATELINE_PLACE.finditer(story)}


# A name of two or more capitalised words, then a head noun: capitalised ("the Fry Creek Wildfire
# at"), not before another capital or "of" (a formal name goes on: "the Canadian Wildfire Service").
_CAPITAL_HEAD = lazy(r"(?<=[\p{Ll},;:] )(?:\p{Lu}\p{Ll}++ ){2,}(\p{Lu}\p{Ll}{2,}+)(?! \p{Lu}| of\b|[\p{L}\p{N}'’-])")
# The same kind of name with a lowercase head ("the Heather Lake wildfires").
_LOWER_HEAD = lazy(r"(?<=[\p{Ll},;:] )(?:\p{Lu}\p{Ll}++ ){2,}(\p{Ll}{3,}+)(?![\p{L}\p{N}'’-])")


@rule(
    "consistency/generic-head-case",
    # the capitalised words of a match are the tail of a run of them, spaces between
    triggers=(CapitalRun("capitalised words", 2, joiners=" "),),
    scope=Scope.DOCUMENT,
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def generic_head_case(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A generic noun after a name capitalised once, where the story writes it lowercase after two other names (“the Fry Creek Wildfire”).

    ## Why it matters
    Engines capitalise the generic word after a name (wildfire, trail, case, storm) when the
    source sentence did, and lowercase it in the next; in a list of parallel names the one
    capital makes a common noun look like part of an official name.

    ## Examples
    bad:  Crews fought the Heather Lake wildfire, the Flood Falls wildfire and the Fry Creek [[Wildfire->wildfire]] on Monday.
    bad:  Rain fed the Red Deer River flood and the Bow Valley floods; the Elbow Valley Creek [[Flood->flood]] followed.
    good: Crews fought the Heather Lake wildfire, the Flood Falls wildfire and the Fry Creek wildfire on Monday.
    good: He was interim Ontario Liberal party leader, and the New Blue Party and the Green Party of Canada ran too.
    good: The BC Wildfire Service spoke; the Heather Lake wildfire grew.

    ## Fix safety
    Unsafe: the noun is lowercased; it may be part of an official name the story writes only once.
    """
    names_before: dict[str, set[str]] = {}  # a lowercase head (singular) → the names it follows
    runs = [(par, ctx.hits(par)) for par in ctx.fired_in(doc.paragraphs)]  # the others have no hits
    for par, hits in runs:
        text = par.text
        # a lowercase head stands just after the run: a space, then a lowercase letter
        after = [h for h in hits if text[h.end : h.end + 1] == " " and text[h.end + 1 : h.end + 2].islower()]
        for m in _run_matches(_LOWER_HEAD, text, after):
            head = m.group(1).removesuffix("s")
            names_before.setdefault(head, set()).add(m.group(0)[: m.start(1) - m.start()].strip())
    parallel = {head for head, names in names_before.items() if len(names) >= 2}
    if not parallel:
        return  # one lowercase use ("Ontario Liberal party leader") is a house choice, not a pattern
    for par, hits in runs:
        # a capitalised head ends a run of three words or more
        for m in _run_matches(_CAPITAL_HEAD, par.text, [h for h in hits if par.text.count(" ", h.start, h.end) >= 2]):
            head = m.group(1)
            low = head.lower()
            if low.removesuffix("s") in parallel:
                yield ctx.finding(par, m.start(1), m.end(1),
                                  f"“{head}” is lowercase after the other names in the story",
                                  fix=Fix.unsafe(f"Write “{low}”", replacement=low))


def _run_matches(pattern, text: str, runs) -> Iterator:
    """`pattern.finditer(text)` where each match begins at a word of one of `runs` (runs of
    capitalised words, spaces between, in text order) and ends past it or at its end: at most
    one match a run, the first word from the left where `match` succeeds, as `finditer` goes."""
    for run in runs:
        at = run.start
        while at >= 0:
            m = pattern.match(text, at)
            if m is not None:
                yield m
                break
            at = text.find(" ", at, run.end)
            if at >= 0:
                at += 1


# An institution named in both orders: "University of Laval" and "Laval University".
_INSTITUTION_HEADS = ("University", "College", "Institute", "Hospital", "Museum", "Library")
_HEAD_OF_NAME = lazy(r"(?<![\p{L}\p{N}])(" + "|".join(_INSTITUTION_HEADS) + r") of (\p{Lu}\p{L}++(?:-\p{Lu}\p{L}++)?)(?![\p{L}\p{N}]| \p{Lu})")
_NAME_THEN_HEAD = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{L}++(?:-\p{Lu}\p{L}++)?) (" + "|".join(_INSTITUTION_HEADS) + r")(?![\p{L}\p{N}]| of)")

# The capitalised word straight before a position, if any.
_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{L}*+) $")


@rule(
    "consistency/name-order",
    triggers=(Phrases("institution head", _INSTITUTION_HEADS, ignorecase=False, boundary="none"),),
    scope=Scope.DOCUMENT,
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    confidence=0.7,
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def name_order(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """One institution named in two orders in a story (“University of Laval” and “Laval University”).

    ## Why it matters
    An engine that translates an institution's name word for word gets the order from each
    source sentence, so the same university or hospital is named two ways; the reader takes
    them for two bodies, and at most one is the official name.

    ## Examples
    bad:  Researchers at the [[University of Laval]] led the study.\\n\\nA [[Laval University]] team checked it.
    good: Researchers at Université Laval led the study.\\n\\nA Laval team checked it.
    good: The University of Toronto and Toronto Metropolitan University met; so did York University.

    ## Fix safety
    None: which order is the official name needs a check of the institution.
    """
    of_forms: dict[tuple[str, str], list[tuple]] = {}
    plain_forms: dict[tuple[str, str], list[tuple]] = {}
    for par in ctx.fired_in(doc.paragraphs):  # both orders hold a head as written: elsewhere the patterns find nothing
        text = par.text
        for m in _HEAD_OF_NAME.finditer(text):
            of_forms.setdefault((m.group(1), m.group(2)), []).append((par, m.start(), m.end()))
        for m in _NAME_THEN_HEAD.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and before.group(1) not in ("A", "An", "The"):
                continue  # part of a longer name: "Toronto Metropolitan University"
            plain_forms.setdefault((m.group(2), m.group(1)), []).append((par, m.start(), m.end()))
    for key in of_forms.keys() & plain_forms.keys():
        head, name = key
        for places, other in ((of_forms[key], f"{name} {head}"), (plain_forms[key], f"{head} of {name}")):
            for par, s, e in places:
                yield ctx.finding(par, s, e, f"The story also calls it “{other}”: one name, two orders")
