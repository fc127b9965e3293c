"""Institutions and locale: whose department, office or title a sentence names.

Translation engines trained mostly on US English replace a country's own institutions with
the US ones they know (``ministère de la Défense nationale`` → "Department of Homeland
Security"), call a Canadian minister "Secretary", calque names word for word ("Chamber of
Commons"), leave French acronyms untranslated (GRC, SCRS) and spell official names the US
way ("Chief of Defense Staff"). A foreign institution named as such is right and must stay
quiet ("U.S. Department of Defense", "Defense Secretary" before a US official, NORAD).

Whose institution is meant is decided from context, never from a list of people:

* qualifiers right before the name (U.S., American, Britain's, their → another country's;
  Canada's, Canadian → ours);
* the person named after a title: a member's riding parenthetical ``Name (Riding, Prov.)``
  or a title of ours (MP, Chief of the Defence Staff) makes the person ours, a foreign
  qualifier or a Secretary title makes the person foreign, everywhere in the story;
* the words of the sentence and the one before it (Canada, Canadian, Ottawa, federal, our
  institutions and people versus U.S., Washington, the Pentagon, their people);
* earlier mentions: once the story has called a body "the U.S. Department of …", a later
  bare "Department of …" is the same foreign body.

The pack (`rules/institutions.toml`, compiled by `institutions.pack`) has one table per
locale; en-CA is filled in. A locale without a table is not checked. The facts above are the
family's analysis (`institutions.analysis`), computed once per document for all its rules.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from mtqa import pattern_cache
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.institutions.analysis import CONNECTORS, TRIGGERS, WORD, analysis
from mtqa.rules.institutions.pack import PACK, LocaleData
from mtqa.segment import word_spans
from mtqa.spans import SpanSet

MAX_NAME_WORDS = 14  # a proper name is never longer; bounds the work on adversarial runs of capitals
_AT_OF = pattern_cache.compile(r"[\s,]+(?:at|of)\s+(?:the\s+)?$")


def _fix_spelling(text: str, data: LocaleData) -> str:
    """Respell the US words of a name the locale's way (word by word, case kept)."""
    return WORD.sub(lambda m: data.name_spellings.get(m.group(), m.group()), text)


# ---- rules ------------------------------------------------------------------------------


@rule(
    "institutions/foreign-institution",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.7,
    triggers=TRIGGERS,
)
def foreign_institution(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Another country's institution named where the story's own is meant.

    ## Why it matters
    An engine that has seen "Department of Homeland Security" far more often than
    "Department of National Defence" will put the US body in a Canadian story. The reader
    is told the wrong government acted; it is an accuracy error, not a style slip.

    ## Examples
    bad:  Canada is moving its troops to Kuwait. The [[Department of Homeland Security->Public Safety Canada]] will not say how many are leaving.
    bad:  Canadian officials met on Monday, and the [[State Department->Global Affairs Canada]] later confirmed the talks.
    good: The U.S. Department of Homeland Security said the letter was a draft.
    good: Canada's envoy met Iraqi officials; their Ministry of Defence asked for more trainers.
    good: Washington reacted quickly. The State Department called the strike a mistake.
    good: The Department of Defense confirmed the strike, Pentagon officials said.

    ## Fix safety
    Display only: the rule guesses from context, and which of our institutions was meant
    (National Defence or Public Safety) needs the source or an editor.

    ## Known issues
    Needs a Canadian word, person or institution in the sentence or the one before it (or
    twice in a paragraph that names no other country); a bare "Department of Defense" in
    an otherwise neutral passage is not flagged.
    """
    an = analysis(doc, ctx)
    if an is None:
        return
    seen_foreign: set[str] = set()
    for m in an.matches:
        if m.variant.kind not in ("foreign", "generic"):
            continue
        key = m.variant.text
        if m.qualifier == "foreign":
            seen_foreign.add(key)
            continue
        (own, foreign), (p_own, p_foreign) = an.sentence_scores(m.par, m.start)
        if m.qualifier == "own":
            confidence = 0.9
        else:
            if m.variant.kind == "generic" or key in seen_foreign or foreign > 0 or p_foreign > 0:
                continue  # many countries have a "Foreign Ministry": only "Canada's …" is ours
            if own >= 1:
                confidence = 0.8
            elif p_own >= 1:
                confidence = 0.65
            else:
                rows = an._rows(m.par)
                par_own = sum(r[2] for r in rows)
                if par_own >= 2 and not any(r[3] for r in rows):
                    confidence = 0.55  # a paragraph about us, with no other country in it
                else:
                    continue
        entry = m.variant.entry or {}
        canon = entry.get("name", "")
        near = an.words(m.par)
        i = an.position.get(id(m.par), 0)
        if i > 0:
            near = near | an.words(an.order[i - 1])
        sugg = [h for words, h in an.data.hints if words & near]
        sugg = list(dict.fromkeys([*sugg, canon]))
        an.mark(m.par, m.start, m.end)
        yield ctx.finding(
            m.par, m.start, m.end,
            f"{key} is another country's institution; in this {an.data.adjective} story "
            f"a {an.data.adjective} one seems meant ({' or '.join(sugg)}?)",
            suggestions=sugg,
            fix=Fix.display_only(f"Name the {an.data.adjective} institution", sugg[0]),
            confidence=confidence,
        )


@rule(
    "institutions/foreign-title",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.8,
    triggers=TRIGGERS,
)
def foreign_title(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Another country's title (Secretary) given to one of the story's own ministers.

    ## Why it matters
    A Canadian minister is never a "Secretary"; the US title tells the reader the person
    belongs to another government.

    ## Examples
    bad:  [[Defense Secretary->Defence Minister]] Anita Roy (Oakville East, Ont.) said the mission would go on.
    bad:  Canada's [[Foreign Secretary->Foreign Minister]] Paul Tremblay spoke to his Iraqi counterpart.
    good: Defense Secretary Mark Lowell said the US had no plans to leave.
    good: Britain's Foreign Secretary Paul Lane called for calm.
    good: Foreign Minister Luc Gagnon (Laurier, Que.) spoke to reporters.

    ## Fix safety
    Display only: the Canadian title depends on the portfolio, which the editor confirms.
    """
    an = analysis(doc, ctx)
    if an is None:
        return
    for m in an.matches:
        if m.variant.kind != "foreign_title":
            continue
        own_person = m.person is not None and an.persons.get(m.person) == "own"
        if m.qualifier == "foreign" or not (own_person or m.qualifier == "own"):
            continue
        flagged = m.par.text[m.start : m.end]
        minister = _fix_spelling(flagged.replace("Secretary of the ", "Minister of ").replace("Secretary", "Minister"), an.data)
        canon = (m.variant.entry or {}).get("name", "")
        sugg = [minister] + ([canon] if canon and canon != minister else [])
        an.mark(m.par, m.start, m.end)
        who = f"{m.person} is" if own_person else "This person is"
        yield ctx.finding(
            m.par, m.start, m.end,
            f"{who} a {an.data.adjective} minister; “{flagged}” is another country's title",
            suggestions=sugg,
            fix=Fix.display_only("Use the minister's title", sugg[0]),
            confidence=0.9 if m.person in an.strong_own or m.qualifier == "own" else 0.75,
        )


@rule(
    "institutions/calqued-name",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.9,
    triggers=TRIGGERS,
)
def calqued_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An institution's name translated word for word instead of its official English name.

    ## Why it matters
    "Chamber of Commons" or "Royal Gendarmerie of Canada" marks copy as machine-translated
    and can leave the reader unsure which body is meant.

    ## Examples
    bad:  The bill returns to the [[Chamber of Commons->House of Commons]] next week.
    bad:  Officers of the [[Royal Gendarmerie of Canada->Royal Canadian Mounted Police]] made the arrest.
    bad:  A spokesperson for [[Public Security Canada->Public Safety Canada]] declined to comment.
    good: The bill returns to the House of Commons next week.
    good: The Royal Canadian Mounted Police made the arrest.
    good: He sat in the chamber of commerce for years.

    ## Fix safety
    Unsafe: the official name replaces the calque; an editor should confirm the body (and
    adjust articles) before applying.
    """
    an = analysis(doc, ctx)
    if an is None:
        return
    for m in an.matches:
        if m.variant.kind != "calque":
            continue
        canon = (m.variant.entry or {}).get("name", "")
        an.mark(m.par, m.start, m.end)
        yield ctx.finding(
            m.par, m.start, m.end, f"Calqued institution name; the official name is {canon}",
            fix=Fix.unsafe("Use the official name", canon),
        )


@rule(
    "institutions/untranslated-acronym",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.85,
    triggers=TRIGGERS,
)
def untranslated_acronym(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French acronym of a federal body left in English copy (GRC for RCMP).

    ## Why it matters
    English readers know the RCMP and CSIS, not the GRC and SCRS; the untranslated acronym
    is noise at best and a wrong body at worst.

    ## Examples
    bad:  Two [[GRC->RCMP]] officers were injured.
    bad:  The [[SCRS->CSIS]] warned of foreign interference.
    good: Two RCMP officers were injured.
    good: The Gendarmerie royale du Canada (GRC) is known in English as the RCMP.

    ## Fix safety
    Unsafe: the English acronym replaces the French one; check that the body is federal.
    """
    an = analysis(doc, ctx)
    if an is None:
        return
    for m in an.matches:
        if m.variant.kind != "acronym":
            continue
        text = m.par.text
        if text[m.start - 1 : m.start] == "(" or text[m.end : m.end + 1] == ")":
            continue  # "(GRC)" glossing a French name
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # an all-caps heading: acronyms are indistinguishable from words
        entry = m.variant.entry or {}
        english = entry.get("abbreviation") or entry.get("name", "")
        sugg = [english] + ([entry["name"]] if english != entry.get("name") else [])
        an.mark(m.par, m.start, m.end)
        yield ctx.finding(
            m.par, m.start, m.end, f"French acronym left untranslated: {entry.get('name', '')} is {english} in English",
            suggestions=sugg, fix=Fix.unsafe("Use the English acronym", english),
        )


@rule(
    "institutions/foreign-spelling",
    category="Locale convention/Spelling",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.85,
    triggers=TRIGGERS,
)
def foreign_spelling(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An official name or title of the story's own country spelt the US way (Defense, Center).

    ## Why it matters
    Official Canadian names are spelt the Canadian way (National Defence, Centre). A US
    spelling in one of them is a visible locale error, and in a title it can even suggest
    a US office.

    ## Examples
    bad:  [[Chief of Defense Staff->Chief of Defence Staff]] Gen. Marie Lacroix said all personnel were safe.
    bad:  [[Defense Minister->Defence Minister]] Sam Patel (Etobicoke North, Ont.) said the mission would resume.
    bad:  She is a fellow at the McGill University [[Center for Security Studies->Centre for Security Studies]].
    bad:  The [[Canadian Center for Policy Studies->Canadian Centre for Policy Studies]] released a report.
    good: Chief of the Defence Staff Gen. Marie Lacroix said all personnel were safe.
    good: The U.S. Department of Defense confirmed the strike.
    good: Defense Secretary Mark Lowell spoke after the meeting.
    good: NORAD, the North American Aerospace Defense Command, tracked the flight.
    good: He is a senior fellow at the Center for Strategic and International Studies.
    good: Israel's Defense Minister spoke to reporters.

    ## Fix safety
    Unsafe: only the spelling of the name changes, but the editor should confirm that the
    body is Canadian and not a foreign one with an official US spelling.
    """
    an = analysis(doc, ctx)
    if an is None:
        return
    data = an.data
    handled: dict[int, list[tuple[int, int]]] = {}
    for m in an.matches:
        handled.setdefault(id(m.par), []).append((m.start, m.end))
        if m.variant.kind != "spelling" or m.qualifier == "foreign":
            continue
        flagged = m.par.text[m.start : m.end]
        fixed = _fix_spelling(flagged, data)
        canon = (m.variant.entry or {}).get("name", "")
        (own, foreign), _ = an.sentence_scores(m.par, m.start)
        person_own = m.person is not None and an.persons.get(m.person) == "own"
        if m.person is not None and an.persons.get(m.person) == "foreign" and not person_own:
            continue
        confidence = 0.9 if person_own or m.qualifier == "own" or own >= 1 else 0.75
        body = canon and canon != fixed and (m.variant.entry or {}).get("kind") != "role"
        sugg = [fixed] + ([canon] if body else [])
        an.mark(m.par, m.start, m.end)
        yield ctx.finding(
            m.par, m.start, m.end,
            f"US spelling in a {data.adjective} official name: “{flagged}”" + (f" (official name: {canon})" if body else ""),
            suggestions=sugg, fix=Fix.unsafe(f"Use the {data.adjective} spelling", fixed), confidence=confidence,
        )
    # names the pack does not list: a US-spelled word inside a proper name tied to one of ours
    for par in an.order:
        idx = an.present(par, "name spelling", data.name_spelling_words)
        if not idx:
            continue
        text = par.text
        toks = word_spans(par)
        idx = [i for i in idx if text[toks[i][0]:toks[i][1]] in data.name_spellings]
        skip = SpanSet(handled.get(id(par), []))
        bodies = None
        body_ends: list[int] = []
        done_until = -1
        for i in idx:
            s, e = toks[i]
            if s < done_until or skip.covers(s):
                continue
            lo, hi = _name_run(text, toks, i)
            rs, re_ = toks[lo][0], toks[hi][1]
            done_until = re_  # one decision per name, however many US words it holds
            if bodies is None:
                bodies = list(data.own_bodies.finditer(text, toks))
                body_ends = [be for _bs, be, _v in bodies]
            start = None
            run_words = {text[a:b] for a, b in toks[lo : hi + 1]}
            if run_words & {"U", "S", "US", "American", "America", "United", "States"}:
                continue
            # Only bodies ending after the run starts and starting near its end can qualify.
            for bs, be, _v in bodies[bisect_right(body_ends, rs):]:
                if bs >= re_ + 12:
                    break
                if rs <= bs and be <= s:  # "Queen's University Center for …"
                    start = _skip_gap(text, be)
                elif bs <= rs < be:
                    start = _skip_gap(text, be)
                elif re_ <= bs and bs - re_ < 12 and _AT_OF.match(text[re_:bs]):
                    start = rs  # "the Center for … at Queen's University"
            if start is None and run_words & data.own_name_words:
                start = rs
            if start is None or start > s:
                continue
            if text.startswith(("the ", "The "), start):
                start += 4
            flagged = text[start:re_]
            if _allowed(flagged, data):
                continue
            fixed = _fix_spelling(flagged, data)
            an.mark(par, start, re_)
            yield ctx.finding(
                par, start, re_, f"US spelling in the name of a {data.adjective} body: “{flagged}”",
                suggestions=[fixed], fix=Fix.unsafe(f"Use the {data.adjective} spelling", fixed), confidence=0.85,
            )


def _allowed(name: str, data: LocaleData) -> bool:
    return any(v.kind == "allow" for _s, _e, v in data.matcher.finditer(name))


def _skip_gap(text: str, pos: int) -> int:
    """Skip a possessive ’s and spaces after a body's name."""
    if text.startswith(("’s", "'s"), pos):
        pos += 2
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _name_run(text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """Token indexes (lo, hi) of the capitalised name around token i, with of/for/and inside."""

    def joined(a: int, b: int) -> bool:
        gap = text[toks[a][1] : toks[b][0]]
        return gap in (" ", "’", "'", "-", "’s ", "'s ") or (gap.isspace() and "\n" not in gap)

    def cap(k: int) -> bool:
        w = text[toks[k][0] : toks[k][1]]
        return w[:1].isupper() or (w == "s" and text[toks[k][0] - 1 : toks[k][0]] in ("’", "'"))

    lo = i
    while lo > 0 and i - lo < MAX_NAME_WORDS:
        k = lo - 1
        if joined(k, lo) and cap(k):
            lo = k
        elif k > 0 and joined(k, lo) and text[toks[k][0] : toks[k][1]] in CONNECTORS and joined(k - 1, k) and cap(k - 1):
            lo = k - 1
        else:
            break
    hi = i
    n = len(toks)
    while hi < n - 1 and hi - i < MAX_NAME_WORDS:
        k = hi + 1
        if joined(hi, k) and cap(k):
            hi = k
        elif k < n - 1 and joined(hi, k) and text[toks[k][0] : toks[k][1]] in CONNECTORS and joined(k, k + 1) and cap(k + 1):
            hi = k + 1
        else:
            break
    return lo, hi

