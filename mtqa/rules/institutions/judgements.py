"""What the institutions family's context rules flag, judged once per document.

The five rules of `institutions.rules` judge the matches of the family's analysis
(`institutions.analysis`); their findings are computed here, together, as one declared
analysis (`judged`), so that the spans they flag are a fact of the document, not of which
rules ran: the spelling family and the provincial rules leave those spans alone whether or
not these rules are selected. Each rule yields its own share (`Judged.of`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterator

import msgspec

from mtqa.analysis import TriggerHits, analysis
from mtqa.finding import Fix
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, raw_finding
from mtqa.rules.institutions.analysis import CONNECTORS, TRIGGERS, Analysis, analyse
from mtqa.rules.institutions.pack import PACK, LocaleData
from mtqa.segment import Paragraph, word_spans
from mtqa.spans import SpanSet
from mtqa.text.tokens import ALNUM_RUN

MAX_NAME_WORDS = 14  # a proper name is never longer; bounds the work on adversarial runs of capitals
_AT_OF = lazy(r"[\s,]+(?:at|of)\s+(?:the\s+)?$")


class Judged(msgspec.Struct):
    """The findings of each judge (a function of this module), and the spans they flag by paragraph."""

    findings: dict[Callable, list[RawFinding]] = msgspec.field(default_factory=dict)
    flagged: dict[int, list[tuple[int, int]]] = msgspec.field(default_factory=dict)  # id(par) -> spans

    def of(self, judge: Callable) -> list[RawFinding]:
        """What `judge` found in the document (its rule yields these)."""
        return self.findings.get(judge, [])

    def flagged_in(self, par: Paragraph) -> list[tuple[int, int]]:
        """Spans of `par` that one of the family's context rules flags."""
        return self.flagged.get(id(par), [])


@analysis("institutions", packs=(PACK,), triggers=TRIGGERS)
def judged(doc, packs: dict[str, LocaleData], hits: TriggerHits) -> Judged:
    """Every judge's findings in `doc` (none for a locale without a table), in the order the rules run."""
    data = packs.get(doc.locale)
    if data is None:
        return Judged()
    an = analyse(doc, data, hits)
    out = Judged()
    for judge in JUDGES:
        found = out.findings[judge] = list(judge(an))
        for f in found:
            out.flagged.setdefault(id(f.par), []).append((f.start, f.end))
    return out


def _fix_spelling(text: str, data: LocaleData) -> str:
    """Respell the US words of a name the locale's way (word by word, case kept)."""
    return ALNUM_RUN.sub(lambda m: data.name_spellings.get(m.group(), m.group()), text)


def foreign_institution(an: Analysis) -> Iterator[RawFinding]:
    """Another country's institution named where the story's own is meant (a match judged ours
    by its qualifier and the sentences around it)."""
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
                rows = an.sentence_rows(m.par)
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
        yield raw_finding(
            m.par, m.start, m.end,
            f"{key} is another country's institution; in this {an.data.adjective} story "
            f"a {an.data.adjective} one seems meant ({' or '.join(sugg)}?)",
            suggestions=sugg,
            fix=Fix.display_only(f"Name the {an.data.adjective} institution", sugg[0]),
            confidence=confidence,
        )



def foreign_title(an: Analysis) -> Iterator[RawFinding]:
    """Another country's title given to one of the story's own ministers."""
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
        who = f"{m.person} is" if own_person else "This person is"
        yield raw_finding(
            m.par, m.start, m.end,
            f"{who} a {an.data.adjective} minister; “{flagged}” is another country's title",
            suggestions=sugg,
            fix=Fix.display_only("Use the minister's title", sugg[0]),
            confidence=0.9 if m.person in an.strong_own or m.qualifier == "own" else 0.75,
        )



def calqued_name(an: Analysis) -> Iterator[RawFinding]:
    """An institution's name translated word for word."""
    for m in an.matches:
        if m.variant.kind != "calque":
            continue
        canon = (m.variant.entry or {}).get("name", "")
        yield raw_finding(
            m.par, m.start, m.end, f"Calqued institution name; the official name is {canon}",
            fix=Fix.unsafe("Use the official name", canon),
        )



def untranslated_acronym(an: Analysis) -> Iterator[RawFinding]:
    """A French acronym of a federal body left in English copy."""
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
        yield raw_finding(
            m.par, m.start, m.end, f"French acronym left untranslated: {entry.get('name', '')} is {english} in English",
            suggestions=sugg, fix=Fix.unsafe("Use the English acronym", english),
        )



def foreign_spelling(an: Analysis) -> Iterator[RawFinding]:
    """An official name or title of the story's own country spelt the US way: the pack's
    names, then names it does not list that are tied to one of ours."""
    yield from _listed_names(an)
    handled: dict[int, list[tuple[int, int]]] = {}  # what the pack's names cover, by paragraph
    for m in an.matches:
        handled.setdefault(id(m.par), []).append((m.start, m.end))
    for par, idx in an.spelling_words:
        yield from _unlisted_names(an, par, idx, handled.get(id(par), []))


def _listed_names(an: Analysis) -> Iterator[RawFinding]:
    """The pack's names spelt the US way, unless qualified as another country's or held by a
    person of another country."""
    data = an.data
    for m in an.matches:
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
        yield raw_finding(
            m.par, m.start, m.end,
            f"US spelling in a {data.adjective} official name: “{flagged}”" + (f" (official name: {canon})" if body else ""),
            suggestions=sugg, fix=Fix.unsafe(f"Use the {data.adjective} spelling", fixed), confidence=confidence,
        )


def _unlisted_names(an: Analysis, par: Paragraph, idx: list[int], handled: list[tuple[int, int]]) -> Iterator[RawFinding]:
    """Names the pack does not list: a US-spelled word inside a proper name tied to one of ours
    (`idx`: the token indexes of the paragraph's words spelt another way; `handled`: the spans
    of the pack's names, judged already)."""
    data = an.data
    text = par.text
    toks = word_spans(par)
    idx = [i for i in idx if text[toks[i][0]:toks[i][1]] in data.name_spellings]
    skip = SpanSet(handled)
    bodies = None
    body_ends: list[int] = []
    done_until = -1
    for i in idx:
        s, e = toks[i]
        if s < done_until or skip.covers(s):
            continue
        lo, hi = _name_run(text, toks, i)
        re_ = toks[hi][1]
        done_until = re_  # one decision per name, however many US words it holds
        if bodies is None:
            bodies = list(data.own_bodies.finditer(text, toks))
            body_ends = [be for _bs, be, _v in bodies]
        start = _tied_name_start(text, toks[lo : hi + 1], s, bodies, body_ends, data)
        if start is None:
            continue
        flagged = text[start:re_]
        if _allowed(flagged, data):
            continue
        fixed = _fix_spelling(flagged, data)
        yield raw_finding(
            par, start, re_, f"US spelling in the name of a {data.adjective} body: “{flagged}”",
            suggestions=[fixed], fix=Fix.unsafe(f"Use the {data.adjective} spelling", fixed), confidence=0.85,
        )


def _tied_name_start(text: str, run: list[tuple[int, int]], s: int, bodies: list, body_ends: list[int],
                     data: LocaleData) -> int | None:
    """Where to start flagging a name run (its tokens `run`, a US word at `s`) tied to one of
    our bodies: after a body of ours before or around it, at the run when one follows it
    ("the Center for … at Queen's University") or it holds one of our name words; None when
    nothing ties it to us or it names the US."""
    rs, re_ = run[0][0], run[-1][1]
    start = None
    run_words = {text[a:b] for a, b in run}
    if run_words & {"U", "S", "US", "American", "America", "United", "States"}:
        return None
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
        return None
    if text.startswith(("the ", "The "), start):
        start += 4
    return start


# In the order of their rules in institutions.rules.
JUDGES = (foreign_institution, foreign_title, calqued_name, untranslated_acronym, foreign_spelling)


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

