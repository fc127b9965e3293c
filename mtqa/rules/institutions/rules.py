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

The pack (`rules/institutions.toml`) has one table per locale; en-CA is filled in. A locale
without a table is not checked.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import Callable, Iterator

import msgspec
import regex

from mtqa import pattern_cache
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.matching import PhraseMatcher
from mtqa.packs import SeverityName, pack_compiler
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases, phrase_matches
from mtqa.segment import Paragraph, word_spans
from mtqa.spans import SpanSet

PACK = "institutions"

_INSTITUTION = {
    "name!": str,
    "abbreviation": str,
    "kind": str,
    "counterpart": str,
    "note": str,
    "severity": SeverityName,
    "calques": [str],
    "spellings": [str],
    "foreign": [str],
    "generic": [str],
    "foreign_titles": [str],
    "acronyms": [str],
}
_LOCALE = {
    "country!": str,
    "adjective!": str,
    "own_signals": [str],
    "weak_own_signals": [str],
    "foreign_signals": [str],
    "foreign_qualifiers": [str],
    "foreign_determiners": [str],
    "provinces": [str],
    "own_person_titles": [str],
    "person_title_words": [str],
    "ranks": [str],
    "name_spellings": {"*": str},
    "name_allow": [str],
    "own_name_words": [str],
    "own_bodies": [str],
    "hint": [{"words!": [str], "suggest!": str}],
    "institution": [_INSTITUTION],
}
SCHEMA = {"locale": {"*": _LOCALE}}

MAX_NAME_WORDS = 14  # a proper name is never longer; bounds the work on adversarial runs of capitals
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&"})
_NATIONALITY = pattern_cache.compile(r"(?:an|ese|ish|i|ch|[’']s)$")
_NAME = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*\p{L}(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*\p{L}){0,3}")
_SPACES = pattern_cache.compile(r"\s*")


class Variant(msgspec.Struct):
    kind: str  # calque, spelling, foreign, foreign_title, acronym, allow, own
    entry: dict | None
    text: str


class LocaleData(msgspec.Struct, dict=True):  # dict: its cached properties
    country: str
    adjective: str
    matcher: PhraseMatcher  # institution variants and canonical names
    signals: PhraseMatcher  # words placing a sentence here or abroad
    own_bodies: PhraseMatcher
    riding_pattern: str | None
    rank_pattern: str | None
    own_person_titles: frozenset
    person_title_words: frozenset
    foreign_qualifiers: frozenset
    foreign_determiners: frozenset
    own_qualifiers: frozenset
    name_spellings: dict
    own_name_words: frozenset
    hints: tuple = ()
    first_words: frozenset = frozenset()
    signal_words: frozenset = frozenset()
    person_triggers: frozenset = frozenset()
    name_spelling_words: frozenset = frozenset()

    # compiled on first use: most stories never need them, and regex compiles are slow to start
    @cached_property
    def riding(self):
        return pattern_cache.compile(self.riding_pattern) if self.riding_pattern else None

    @cached_property
    def rank(self):
        return pattern_cache.compile(self.rank_pattern) if self.rank_pattern else None


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> dict[str, LocaleData]:
    """One LocaleData per locale table: phrase matchers and small regexes, built once."""
    out: dict[str, LocaleData] = {}
    for locale, t in raw.get("locale", {}).items():
        phrases: dict[str, Variant] = {}
        for phrase in t.get("name_allow", []):
            phrases[phrase] = Variant("allow", None, phrase)
        for entry in t.get("institution", []):
            phrases.setdefault(entry["name"], Variant("own", entry, entry["name"]))
            for key, kind in (("foreign", "foreign"), ("generic", "generic"), ("foreign_titles", "foreign_title"),
                              ("spellings", "spelling"), ("calques", "calque"), ("acronyms", "acronym")):
                for v in entry.get(key, []):
                    prev = phrases.get(v)
                    if prev is None or prev.kind == "allow":
                        phrases[v] = Variant(kind, entry, v)
        signals: dict[str, tuple[str, float]] = {}
        for s in t.get("own_signals", []):
            signals[s] = ("own", 1.0)
        for s in t.get("weak_own_signals", []):
            signals[s] = ("own", 0.5)
        for entry in t.get("institution", []):
            signals.setdefault(entry["name"], ("own", 1.0))
            if entry.get("abbreviation", "") and len(entry["abbreviation"]) > 2:
                signals.setdefault(entry["abbreviation"], ("own", 1.0))
        for s in t.get("foreign_signals", []):
            signals[s] = ("foreign", 1.0)
        provinces = sorted(t.get("provinces", []), key=len, reverse=True)
        riding = (
            r"\((?=[^()\n]{1,80}\))[^(),\n]{2,60},\s*(?:" + "|".join(regex.escape(p) for p in provinces) + r")\)"
        ) if provinces else None
        ranks = sorted(t.get("ranks", []), key=len, reverse=True)
        rank = r"(?:" + "|".join(regex.escape(r) for r in ranks) + r")\s+" if ranks else None
        own_q = frozenset(s for s in t.get("own_signals", []) if s[:1].isupper() and " " not in s)
        out[locale] = LocaleData(
            country=t["country"],
            adjective=t["adjective"],
            matcher=PhraseMatcher(phrases),
            signals=PhraseMatcher(signals),
            own_bodies=PhraseMatcher({b: b for b in t.get("own_bodies", [])}),
            riding_pattern=riding,
            rank_pattern=rank,
            own_person_titles=frozenset(t.get("own_person_titles", [])),
            person_title_words=frozenset(t.get("person_title_words", [])),
            foreign_qualifiers=frozenset(t.get("foreign_qualifiers", [])),
            foreign_determiners=frozenset(t.get("foreign_determiners", [])),
            own_qualifiers=own_q,
            name_spellings=dict(t.get("name_spellings", {})),
            own_name_words=frozenset(t.get("own_name_words", [])),
            hints=tuple((frozenset(h["words"]), h["suggest"]) for h in t.get("hint", [])),
            first_words=_first_words(phrases),
            signal_words=_first_words(signals),
            person_triggers=frozenset(t.get("own_person_titles", []))
            | frozenset({"U", "US", "American"})
            | frozenset(q for q in t.get("foreign_qualifiers", []) if " " not in q and "." not in q),
            name_spelling_words=frozenset(t.get("name_spellings", {})),
        )
    return out


def _first_words(phrases) -> frozenset:
    from mtqa.matching import tokens

    out = set()
    for p in phrases:
        toks = tokens(p)
        if toks:
            out.add(p[toks[0][0] : toks[0][1]])
    return frozenset(out)


# ---- document analysis, shared by the rules of this family (and read by spelling) ------


class Match(msgspec.Struct):
    par: Paragraph
    start: int
    end: int
    variant: Variant
    qualifier: str  # "own", "foreign" or ""
    person: str | None = None  # surname of the person named right after (titles)
    person_end: int = -1


class Analysis(msgspec.Struct, dict=True):  # dict: _ends keeps its cache there
    data: LocaleData
    persons: dict[str, str] = msgspec.field(default_factory=dict)  # surname -> "own" / "foreign"
    strong_own: set[str] = msgspec.field(default_factory=set)  # surnames with a riding parenthetical
    matches: list[Match] = msgspec.field(default_factory=list)
    sentences: dict[int, list[tuple[int, int, float, float]]] = msgspec.field(default_factory=dict)
    order: list[Paragraph] = msgspec.field(default_factory=list)
    position: dict[int, int] = msgspec.field(default_factory=dict)
    flagged: dict[int, list[tuple[int, int]]] = msgspec.field(default_factory=dict)  # par index -> spans
    word_sets: dict[int, frozenset] = msgspec.field(default_factory=dict)  # id(par) -> its words (see words())
    hits: Callable[..., list] = lambda par, trigger=None: []  # ctx.hits: the family's trigger hits (TRIGGERS)

    def present(self, par: Paragraph, trigger: str, words: frozenset) -> list[int]:
        """Sorted indexes of the tokens of `par` that `trigger` found and that are in `words`."""
        toks = word_spans(par)
        return [bisect_left(toks, (h.start,)) for h in self.hits(par, trigger) if h.phrase in words]

    def words(self, par: Paragraph) -> frozenset:
        """The set of word tokens of a paragraph (C-speed prefilter for dictionary lookups),
        computed once per paragraph of the document or section."""
        found = self.word_sets.get(id(par))
        if found is None:
            found = self.word_sets[id(par)] = frozenset(_WORD.findall(par.text))
        return found

    def mark(self, par: Paragraph, start: int, end: int) -> None:
        self.flagged.setdefault(id(par), []).append((start, end))

    def _rows(self, par: Paragraph) -> list[tuple[int, int, float, float]]:
        rows = self.sentences.get(id(par))
        if rows is None:
            rows = self.sentences[id(par)] = _score_sentences(par, self)
        return rows

    def sentence_scores(self, par: Paragraph, pos: int) -> tuple[tuple[float, float], tuple[float, float]]:
        """(own, foreign) of the sentence holding `pos`, and of the sentence before it."""
        sents = self._rows(par)
        prev = (0.0, 0.0)
        if not sents:
            return (0.0, 0.0), prev
        # The first sentence holding `pos` (else the last one), by binary search on the ends.
        ends = self._ends(par, sents)
        k = min(bisect_right(ends, pos), len(sents) - 1)
        if not sents[k][0] <= pos < sents[k][1]:
            k = len(sents) - 1  # no sentence holds it (sentences are in order)
        s, e, own, foreign = sents[k]
        if k > 0:
            prev = sents[k - 1][2:]
        else:
            i = self.position.get(id(par), 0)
            if i > 0:
                before = self._rows(self.order[i - 1])
                if before:
                    prev = before[-1][2:]
        return (own, foreign), prev

    def _ends(self, par: Paragraph, sents: list) -> list[int]:
        cache = self.__dict__.setdefault("_sentence_ends", {})
        ends = cache.get(id(par))
        if ends is None:
            ends = cache[id(par)] = [e for _s, e, _o, _f in sents]
        return ends


def analysis(doc, ctx: RuleContext) -> Analysis | None:
    """The story's facts for institutions rules, computed once per document."""
    key = "institutions.analysis"
    if key in ctx.state:
        return ctx.state[key]
    packs = ctx.data(PACK)
    data = packs.get(doc.locale)
    result = None if data is None else _analyse(doc, data, ctx.hits)
    ctx.state[key] = result
    return result


def _surname(name: str) -> str:
    return name.split()[-1].replace("’", "'")


def _name_after(text: str, pos: int, data: LocaleData) -> tuple[str | None, int]:
    """The name right after a title at `pos` (ranks skipped): (surname, end) or (None, -1)."""
    m = _SPACES.match(text, pos)
    p = m.end()
    if p == pos and pos < len(text) and not text[pos].isspace():
        return None, -1
    if data.rank is not None:
        r = data.rank.match(text, p, timeout=1.0)
        if r:
            p = r.end()
    n = _NAME.match(text, p)
    if not n:
        return None, -1
    words = n.group().split()
    # stop at a word that starts the next clause ("Minister Jane Doe Said" is rare; keep simple)
    return _surname(" ".join(words)), n.end()


def _qualifier(text: str, start: int, sent_start: int, data: LocaleData) -> str:
    """Who the words right before `start` say the institution belongs to."""
    lo = max(sent_start, start - 60)
    before = text[lo:start]
    if before and not before[-1].isspace():
        return ""  # glued to something ("Canada-US"): no qualifier
    parts = before.split()
    if lo > sent_start and parts:
        parts = parts[1:]  # the first part may be cut
    if not parts:
        return ""
    k = len(parts) - 1
    if parts[k] in ("the", "The") and k > 0:
        k -= 1
    w = parts[k].rstrip(",;:").replace("’", "'")
    two = f"{parts[k - 1]} {parts[k]}" if k > 0 else ""
    if w in data.own_qualifiers:
        return "own"
    if w in data.foreign_qualifiers or two in data.foreign_qualifiers or w in data.foreign_determiners:
        return "foreign"
    if w[:1].isupper() and _NATIONALITY.search(w) and w not in data.own_name_words:
        return "foreign"  # "Israel's", "Iraqi", "British"
    return ""


_WORD = pattern_cache.compile(r"[\p{L}\p{N}]+")


def _words_of(attr: str) -> Callable[[dict], tuple[str, ...]]:
    """Every locale's `attr` word set that are one word as written (a trigger's phrases)."""

    def phrases(packs: dict) -> tuple[str, ...]:
        return tuple(sorted({w for d in packs.values() for w in getattr(d, attr) if _WORD.fullmatch(w)}))

    return phrases


# What the family's analysis looks for, declared by each of its rules (they share the analysis,
# so they share its triggers): first words of institution names and of place signals, titles
# that name a person's country, and words of official names spelt another country's way.
TRIGGERS = (
    Phrases("institution", _words_of("first_words"), pack=PACK, ignorecase=False),
    Phrases("signal", _words_of("signal_words"), pack=PACK, ignorecase=False),
    Phrases("person title", _words_of("person_triggers"), pack=PACK, ignorecase=False),
    Phrases("name spelling", _words_of("name_spelling_words"), pack=PACK, ignorecase=False),
)


_NEEDS_CONTEXT = frozenset({"foreign", "generic", "foreign_title", "spelling"})


def _analyse(doc, data: LocaleData, hits: Callable[..., list]) -> Analysis:
    an = Analysis(data, hits=hits)
    an.order = list(doc.paragraphs)
    an.position = {id(p): i for i, p in enumerate(an.order)}
    matched: list[tuple[Paragraph, int, int, Variant]] = []
    for par in an.order:
        matched.extend((par, s, e, v)
                       for s, e, v in phrase_matches(data.matcher, par, hits(par, "institution")))
    needs_people = any(v.kind in _NEEDS_CONTEXT for *_x, v in matched) or any(
        an.present(par, "name spelling", data.name_spelling_words) for par in an.order
    )
    own_persons: set[str] = set()
    foreign_persons: set[str] = set()
    if needs_people:
        _find_people(an, own_persons, foreign_persons)
    for par, s, e, variant in matched:
        text = par.text
        sent = par.sentence_at(s)
        q = _qualifier(text, s, sent.start if sent else 0, data)
        mt = Match(par, s, e, variant, q)
        if needs_people and variant.kind in ("foreign_title", "spelling", "calque", "own") and (
            variant.entry is None or variant.entry.get("kind") == "role"
        ):
            person, pend = _name_after(text, e, data)
            if person:
                mt.person, mt.person_end = person, pend
                at = pend + 1 if text[pend : pend + 1] == " " else pend
                riding_after = data.riding is not None and data.riding.match(text, at, timeout=1.0)
                if riding_after or q == "own":
                    own_persons.add(person)
                    if riding_after:
                        an.strong_own.add(person)
                elif variant.kind == "foreign_title" or q == "foreign":
                    foreign_persons.add(person)
                else:
                    own_persons.add(person)
        if variant.kind != "allow":
            an.matches.append(mt)
    for p in foreign_persons:
        an.persons[p] = "foreign"
    for p in own_persons:
        if p not in foreign_persons or p in an.strong_own:
            an.persons[p] = "own"
    return an


def _find_people(an: Analysis, own_persons: set, foreign_persons: set) -> None:
    """People the story places: riding parentheticals, our titles, foreign-qualified titles."""
    data = an.data
    for par in an.order:
        text = par.text
        if data.riding is not None and "(" in text:
            for m in data.riding.finditer(text, timeout=1.0):
                head = text[max(0, m.start() - 60) : m.start()].rstrip()
                n = _NAME_END.search(head)
                if n:
                    sn = _surname(n.group(1))
                    own_persons.add(sn)
                    an.strong_own.add(sn)
        present = an.present(par, "person title", data.person_triggers)
        if not present:
            continue
        toks = word_spans(par)
        for i in present:
            s, e = toks[i]
            w = text[s:e]
            if w in data.own_person_titles:
                person, _ = _name_after(text, e + (1 if text[e : e + 1] == "." else 0), data)
                if person:
                    own_persons.add(person)
                continue
            if w == "U" and not text.startswith("U.S.", s):
                continue
            j = i + (2 if w == "U" else 1)
            titled = False
            last = None
            steps = 0
            while j < len(toks) and steps < 8:
                tw = text[toks[j][0] : toks[j][1]]
                if tw in data.person_title_words:
                    titled = True
                    last = None
                elif tw[:1].isupper():
                    if titled:
                        last = tw
                elif tw not in CONNECTORS:
                    break
                j += 1
                steps += 1
            if titled and last:
                foreign_persons.add(last)


_AT_OF = pattern_cache.compile(r"[\s,]+(?:at|of)\s+(?:the\s+)?$")
_NAME_END = pattern_cache.compile(r"(\p{Lu}[\p{L}\p{M}’'\-]*\p{L})$")


def _score_sentences(par: Paragraph, an: Analysis) -> list[tuple[int, int, float, float]]:
    """(start, end, own, foreign) for each sentence of `par`."""
    data = an.data
    text = par.text
    sig = phrase_matches(data.signals, par, an.hits(par, "signal"))
    hits: list[tuple[int, str, float]] = [(s, side, w) for s, _e, (side, w) in sig]
    if data.riding is not None and "(" in text:
        hits.extend((m.start(), "own", 1.0) for m in data.riding.finditer(text, timeout=1.0))
    for person, side in an.persons.items():
        k = text.find(person)
        while k >= 0:
            end = k + len(person)
            if (k == 0 or not text[k - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                hits.append((k, side, 1.0))
            k = text.find(person, end)
    # Hits sorted once; each sentence sums its own slice (linear, not sentences x hits).
    hits.sort(key=lambda h: h[0])
    starts = [h[0] for h in hits]
    rows = []
    for sent in par.sentences:
        own = foreign = 0.0
        for _s, side, w in hits[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            if side == "own":
                own += w
            else:
                foreign += w
        rows.append((sent.start, sent.end, own, foreign))
    return rows


def _fix_spelling(text: str, data: LocaleData) -> str:
    """Respell the US words of a name the locale's way (word by word, case kept)."""
    return _WORD.sub(lambda m: data.name_spellings.get(m.group(), m.group()), text)


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


def flagged_spans(ctx: RuleContext, par: Paragraph) -> list[tuple[int, int]]:
    """Spans this family flagged in `par` for the current document (for the spelling rule)."""
    an = ctx.state.get("institutions.analysis")
    if not an:
        return []
    return an.flagged.get(id(par), [])
