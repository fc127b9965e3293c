"""The institutions family's document analysis: every institution name and person title
matched, with the qualifier before it, whether each person named is ours or another country's,
and how much each sentence reads as ours or foreign. Computed once per document, as part of the
family's declared analysis (`institutions.judgements.judged`), which judges it for the rules.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable

import msgspec

from mtqa import pattern_cache
from mtqa.analysis import TriggerHits
from mtqa.rules.institutions.pack import PACK, LocaleData, Variant
from mtqa.scan import FromPack, Phrases, phrase_matches
from mtqa.segment import Paragraph, word_spans
from mtqa.text.tokens import ALNUM_RUN

CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&"})
_NATIONALITY = pattern_cache.compile(r"(?:an|ese|ish|i|ch|[’']s)$")
_NAME = pattern_cache.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*\p{L}(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*\p{L}){0,3}")
_SPACES = pattern_cache.compile(r"\s*")


# ---- document analysis, judged for the rules of this family (institutions.judgements) ------


class Match(msgspec.Struct):
    par: Paragraph
    start: int
    end: int
    variant: Variant
    qualifier: str  # "own", "foreign" or ""
    person: str | None = None  # surname of the person named right after (titles)
    person_end: int = -1


class Analysis(msgspec.Struct):
    data: LocaleData
    persons: dict[str, str] = msgspec.field(default_factory=dict)  # surname -> "own" / "foreign"
    strong_own: set[str] = msgspec.field(default_factory=set)  # surnames with a riding parenthetical
    matches: list[Match] = msgspec.field(default_factory=list)
    sentences: dict[int, list[tuple[int, int, float, float]]] = msgspec.field(default_factory=dict)
    order: list[Paragraph] = msgspec.field(default_factory=list)
    position: dict[int, int] = msgspec.field(default_factory=dict)
    word_sets: dict[int, frozenset] = msgspec.field(default_factory=dict)  # id(par) -> its words (see words())
    ends: dict[int, list[int]] = msgspec.field(default_factory=dict)  # id(par) -> its sentences' ends (see sentence_scores)
    hits: Callable[..., list] = lambda par, trigger: []  # the family's trigger hits (TRIGGERS), by trigger name
    # The paragraphs holding a word the locale spells another way, in order, with those words'
    # token indexes (found once, see `analyse`).
    spelling_words: list[tuple[Paragraph, list[int]]] = msgspec.field(default_factory=list)

    # The token indexes of the words of `data.person_triggers` in each paragraph holding one
    # (id(par) -> indexes), found in the same pass (see `analyse`).
    title_words: dict[int, list[int]] = msgspec.field(default_factory=dict)

    def words(self, par: Paragraph) -> frozenset:
        """The set of word tokens of a paragraph (C-speed prefilter for dictionary lookups),
        computed once per paragraph of the document or section."""
        found = self.word_sets.get(id(par))
        if found is None:
            found = self.word_sets[id(par)] = frozenset(ALNUM_RUN.findall(par.text, concurrent=False))
        return found

    def sentence_rows(self, par: Paragraph) -> list[tuple[int, int, float, float]]:
        rows = self.sentences.get(id(par))
        if rows is None:
            rows = self.sentences[id(par)] = _score_sentences(par, self)
        return rows

    def sentence_scores(self, par: Paragraph, pos: int) -> tuple[tuple[float, float], tuple[float, float]]:
        """(own, foreign) of the sentence holding `pos`, and of the sentence before it."""
        sents = self.sentence_rows(par)
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
                before = self.sentence_rows(self.order[i - 1])
                if before:
                    prev = before[-1][2:]
        return (own, foreign), prev

    def _ends(self, par: Paragraph, sents: list) -> list[int]:
        ends = self.ends.get(id(par))
        if ends is None:
            ends = self.ends[id(par)] = [e for _s, e, _o, _f in sents]
        return ends


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


# What the family's analysis looks for, declared by each of its rules (they share the analysis,
# so they share its triggers): the first words of institution names, titles that name a
# person's country and words of official names spelt another country's way, as one trigger
# (one question a paragraph; each hit is one word as written, so its phrase says which sets
# it belongs to: `split_words`), and the first words of place signals (read per sentence,
# only where a match needs them).
TRIGGERS = (
    Phrases("institution words", FromPack("trigger_words", each=True), pack=PACK, ignorecase=False),
    Phrases("signal", FromPack("signal_trigger_words", each=True), pack=PACK, ignorecase=False),
)


def split_words(par: Paragraph, found: list, data: LocaleData) -> tuple[list[int], list[int], list[int]]:
    """The hits `found` of "institution words" in `par`, told apart: the starts of the
    institution names' first words, and the token indexes of the person-title words and of
    the words spelt another way (each sorted). A trigger's hits of one word as written are
    the same whichever trigger lists it, so these are the hits each set's own trigger gave."""
    firsts, titles, spelt = data.first_words, data.person_triggers, data.name_spelling_words
    starts = [h.start for h in found if h.phrase in firsts]
    toks = word_spans(par)
    title_idx = [bisect_left(toks, (h.start,)) for h in found if h.phrase in titles]
    spelt_idx = [bisect_left(toks, (h.start,)) for h in found if h.phrase in spelt]
    return starts, title_idx, spelt_idx


_NEEDS_CONTEXT = frozenset({"foreign", "generic", "foreign_title", "spelling"})

# The kinds of match whose role title may be followed by the person it names.
_TITLES_A_PERSON = ("foreign_title", "spelling", "calque", "own")


class _People:
    """The surnames the story places on our side or another country's, gathered before the
    analysis settles each person (`_settle_people`): a person may be gathered on both sides."""

    def __init__(self) -> None:
        self.own: set[str] = set()
        self.foreign: set[str] = set()


def analyse(doc, data: LocaleData, hits: TriggerHits) -> Analysis:
    """The facts of `doc` for one locale's table; `hits(par, trigger_name)` are the scan's
    hits of TRIGGERS (asked only of the paragraphs where "institution words" fired)."""
    an = Analysis(data, hits=hits)
    an.order = list(doc.paragraphs)
    an.position = {id(p): i for i, p in enumerate(an.order)}
    matched = _match_institution_words(an, hits)
    # Placing people reads every paragraph: done only when a match or a respelt word needs it.
    needs_people = any(v.kind in _NEEDS_CONTEXT for *_x, v in matched) or bool(an.spelling_words)
    people = _People()
    if needs_people:
        _find_people(an, people)
    for par, s, e, variant in matched:
        sent = par.sentence_at(s)
        mt = Match(par, s, e, variant, _qualifier(par.text, s, sent.start if sent else 0, data))
        if needs_people and _may_name_a_person(variant):
            _place_person_after(an, mt, people)
        if variant.kind != "allow":
            an.matches.append(mt)
    _settle_people(an, people)
    return an


def _match_institution_words(an: Analysis, hits: TriggerHits) -> list[tuple[Paragraph, int, int, Variant]]:
    """The institution names matched from their first words, in document order; on the way,
    records each paragraph's person-title words and respelt words, which the same trigger
    found (so the paragraphs are read once)."""
    data = an.data
    matched: list[tuple[Paragraph, int, int, Variant]] = []
    for par in hits.fired_in(an.order, "institution words"):
        starts, title_idx, spelt_idx = split_words(par, hits(par, "institution words"), data)
        if starts:
            matched.extend((par, s, e, v)
                           for s, e, v in data.matcher.matches_from(par.text, word_spans(par), starts))
        if title_idx:
            an.title_words[id(par)] = title_idx
        if spelt_idx:
            an.spelling_words.append((par, spelt_idx))
    return matched


def _may_name_a_person(variant: Variant) -> bool:
    """A role title (not an institution's name) of a kind whose person matters to a rule."""
    return variant.kind in _TITLES_A_PERSON and (variant.entry is None or variant.entry.get("kind") == "role")


def _place_person_after(an: Analysis, mt: Match, people: _People) -> None:
    """Records on `mt` the person named right after its title, and places that person: ours
    when a riding parenthetical follows or the title is qualified as ours, another country's
    when the title or its qualifier is foreign, else ours."""
    data = an.data
    text = mt.par.text
    person, pend = _name_after(text, mt.end, data)
    if not person:
        return
    mt.person, mt.person_end = person, pend
    at = pend + 1 if text[pend : pend + 1] == " " else pend
    riding_after = data.riding is not None and data.riding.match(text, at, timeout=1.0)
    if riding_after or mt.qualifier == "own":
        people.own.add(person)
        if riding_after:
            an.strong_own.add(person)
    elif mt.variant.kind == "foreign_title" or mt.qualifier == "foreign":
        people.foreign.add(person)
    else:
        people.own.add(person)


def _settle_people(an: Analysis, people: _People) -> None:
    """Each person's side: another country's if ever placed there, unless a riding
    parenthetical makes them ours."""
    for p in people.foreign:
        an.persons[p] = "foreign"
    for p in people.own:
        if p not in people.foreign or p in an.strong_own:
            an.persons[p] = "own"


def _find_people(an: Analysis, people: _People) -> None:
    """People the story places: riding parentheticals, our titles, foreign-qualified titles."""
    for par in an.order:
        _riding_people(an, par, people)
        present = an.title_words.get(id(par))
        if present:
            _titled_people(an, par, present, people)


def _riding_people(an: Analysis, par: Paragraph, people: _People) -> None:
    """The name before each riding parenthetical ('Jane Roy (Outremont, Que.)'): ours, strongly."""
    data = an.data
    text = par.text
    if data.riding is None or "(" not in text:
        return
    for m in data.riding.finditer(text, timeout=1.0):
        head = text[max(0, m.start() - 60) : m.start()].rstrip()
        n = _NAME_END.search(head)
        if n:
            sn = _surname(n.group(1))
            people.own.add(sn)
            an.strong_own.add(sn)


def _titled_people(an: Analysis, par: Paragraph, present: list[int], people: _People) -> None:
    """The people after the person-title words at token indexes `present`: after one of our
    titles, ours; after a country word and a title ('U.S. Senator Jane Roy'), foreign."""
    data = an.data
    text = par.text
    toks = word_spans(par)
    for i in present:
        s, e = toks[i]
        w = text[s:e]
        if w in data.own_person_titles:
            person, _ = _name_after(text, e + (1 if text[e : e + 1] == "." else 0), data)
            if person:
                people.own.add(person)
            continue
        if w == "U" and not text.startswith("U.S.", s):
            continue
        last = _titled_name_after(text, toks, i + (2 if w == "U" else 1), data)
        if last:
            people.foreign.add(last)


def _titled_name_after(text: str, toks: list, j: int, data: LocaleData) -> str | None:
    """The last capitalised word after a title word within eight tokens from token `j`
    (connectors skipped, a lower-case word stops it), or None when no title word comes first."""
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
    return last if titled else None


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

