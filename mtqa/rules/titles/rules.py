"""Titles and ranks: what stands in title position, right before a person's name.

Translation engines read rank abbreviations as words. ``Maj.-Gen.`` becomes two "words"
that are translated or split (the French ``col`` is a mountain pass, ``Gén.`` a kind);
``contre-amiral`` comes back as "Counter-Admiral"; French abbreviations (``Mgén``, ``Mme``)
are left as they were. House style adds its own layer: Canadian Press writes ``Lt.-Col.``
before a full name, where DND writes ``LCol`` and AP ``Lt. Col.``.

Every rule here reads one classification of the tokens in title position, computed once
per paragraph: a token (or a run of two or three tokens) followed by a capitalised name
is looked up as a real title in each style, as a French form, as a case error, or scored
part by part against the real abbreviations to recognise a garbled one. The data (ranks,
honorifics, calques, part readings) is the ``ranks`` pack, ``rules/ranks.toml``.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Any, Iterator

import msgspec
import regex

from mtqa.analysis import PARAGRAPH, analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.text.fold import without_marks
from mtqa.text.fuzzy import edit_distance
from mtqa.text.tokens import chunk_before
from mtqa.text.tokens import chunks as text_chunks
from mtqa.text.sieve import Sieve
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import (
    MONTH_ABBREVIATIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    Paragraph,
)

# ---------------------------------------------------------------------------------------
# The pack

RANKS_SCHEMA = {
    "rank": [{
        "en!": str, "cp!": str, "caf": str, "canadian_style": str, "us_ap": str, "fr": str,
        "fr_abbrev": str, "branch": str, "status": str, "note": str,
    }],
    "honorific": [{"form!": str, "full": str, "variants": [str], "fr": [str]}],
    "calque": [{"bad!": str, "good!": str, "fr": str, "ambiguous": bool}],
    "spelled_honorific": [{"bad!": str, "good!": str}],
    "part_reading": [{"part!": str, "readings!": [str]}],
    "names": {"not_names": [str], "title_heads": [str], "military_context": [str]},
}

_SPLIT_PARTS = lazy(r"[.\-–‐‑\s]+")
_CHUNK = lazy(r"\S+")
_LEAD = "(\"“‘«['"
_TRAIL = ",.;:!?)]”’»\"'"
_NAME_WORD = lazy(r"\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’\-]*")
_INITIAL = lazy(r"\p{Lu}\.")
# Capitalised words with these endings are nouns of a name of a thing ("General
# Socio-Economic Classification"), not a person's name.
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ness", "ity", "ities", "ism", "isms", "ology", "ics",
                 "ship", "ships", "ture", "tures", "Economic", "ical")
_TITLE_TOKEN = lazy(r"[\p{L}\p{N}\-][\p{L}\p{N}.\-()]*")
# Ranks that are also job titles or roles (a team captain, the commander of a task force):
# spelled out before a name they are reported only in a paragraph about the military.
_ROLE_WORDS = frozenset({"Commander", "Captain", "Private", "Lieutenant", "Captain (N)", "Lieutenant (N)"})
_OTHER_ABBREVIATIONS = frozenset(
    a.casefold() for a in (*TITLE_ABBREVIATIONS, *MONTH_ABBREVIATIONS, *SENTENCE_FINAL_ABBREVIATIONS)
)


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Casefold and strip accents: "Gén" → "gen"."""
    return without_marks(s.casefold())


def parts_of(form: str) -> tuple[str, ...]:
    return tuple(p for p in _SPLIT_PARTS.split(form) if p)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


class Template(msgspec.Struct, frozen=True):
    """A real abbreviated title, as the garbled-title rule compares against it."""

    form: str  # "Maj.-Gen."
    full: str  # "Major-General"
    parts: tuple[str, ...]  # ("maj", "gen")
    fulls: tuple[str, ...]  # ("major", "general")
    kind: str  # "rank" or "honorific"


class StyleForm(msgspec.Struct):
    """A real rank form that is not the CP form: what it is and what CP writes."""

    cp: str
    rank: str
    style: str  # e.g. "CAF", "U.S./AP", "hyphen without periods"
    confidence: float = 0.8


class Ranks(msgspec.Struct):
    """The compiled ``ranks`` pack: lookup tables by exact form, built once per Checker."""

    templates: list[Template]
    by_count: dict[int, list[Template]]
    readings: dict[str, frozenset[str]]
    cp_forms: dict[str, str]  # exact CP (or honorific) form → full name
    valid: frozenset[str]  # every exact form that is a real title in some style
    valid_folded: dict[str, str]  # folded form → house form, for case errors
    style: dict[str, StyleForm]  # exact non-CP form (tokens joined by one space) → what CP writes
    style_folded: dict[str, StyleForm]  # compact CAF forms in any case ("Lcol", "MGEN")
    french: dict[str, tuple[str, str]]  # exact French form → (English form, French name)
    spelled: dict[str, tuple[str, str, float]]  # spelled-out rank → (CP form, rank, confidence)
    spelled_honorifics: dict[str, str]  # "Mister" → "Mr."
    calque_forms: frozenset[str]  # lower-case calques, to keep other rules off their words
    calques: list[tuple[str, tuple]]  # (lower-case bad form, (good, fr, ambiguous, bad))
    not_names: frozenset[str]
    title_heads: frozenset[str]
    military_context: frozenset[str]
    firsts: frozenset[str] = frozenset()  # first tokens of the known forms without a period
    multi_firsts: frozenset[str] = frozenset()  # first tokens of forms of several tokens
    # Classification of tokens seen before (a dict: safe to share between threads in CPython).
    memo: dict[str, tuple] = msgspec.field(default_factory=dict)
    # Whitespace chunks seen before, by whether a title slot may start at them (`title_slots`).
    slot_starts: Sieve = msgspec.field(default_factory=Sieve)


def _fulls(form_parts: tuple[str, ...], en: str) -> tuple[str, ...]:
    words = [w for w in regex.split(r"[\-\s]+", regex.sub(r"\(.*?\)", "", en)) if w]
    if len(words) == len(form_parts):
        return tuple(fold(w) for w in words)
    if len(form_parts) == 1 and words:
        return (fold(words[0]),)
    return tuple("" for _ in form_parts)


@pack_compiler("ranks", RANKS_SCHEMA)
def compile_ranks(raw: dict) -> Ranks:
    """The ranks pack as lookup tables (see `Ranks`), built in the order each table needs."""
    return _RanksBuilder(raw).build()


class _RanksBuilder:
    """Fills the tables of `Ranks` from the pack, one kind of entry at a time."""

    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.templates: list[Template] = []
        self.seen_templates: set[str] = set()
        self.cp_forms: dict[str, str] = {}
        self.valid: set[str] = set()
        self.style: dict[str, StyleForm] = {}
        self.style_folded: dict[str, StyleForm] = {}
        self.french: dict[str, tuple[str, str]] = {}
        self.spelled: dict[str, tuple[str, str, float]] = {}
        self.english_folded: set[str] = set()

    def build(self) -> Ranks:
        raw = self.raw
        ranks = raw.get("rank", [])
        for r in ranks:
            self._add_valid_forms(r)
        for r in ranks:
            self._add_rank(r)
        for r in ranks:
            self._add_french(r)
        for h in raw.get("honorific", []):
            self._add_honorific(h)
        valid, cp_forms, style = self.valid, self.cp_forms, self.style
        valid_folded = {fold(f): f for f in valid if f.endswith(".") or "-" in f}
        for f in cp_forms:
            valid_folded[fold(f)] = f
        for abbr in TITLE_ABBREVIATIONS:
            valid.add(abbr + ".")
        calq = {c["bad"]: (c["good"], c.get("fr", ""), bool(c.get("ambiguous", False)), c["bad"])
                for c in raw.get("calque", [])}
        names = raw.get("names", {})
        spelled_honorifics = {h["bad"]: h["good"] for h in raw.get("spelled_honorific", [])}
        return Ranks(
            firsts=self._firsts(spelled_honorifics, calq),
            multi_firsts=frozenset(key.split()[0] for table in (cp_forms, style, self.spelled, self.french, valid)
                                   for key in table if " " in key),
            templates=self.templates,
            by_count=self._by_count(),
            readings=self._readings(),
            style_folded=self.style_folded,
            cp_forms=cp_forms,
            valid=frozenset(valid | set(cp_forms)),
            valid_folded=valid_folded,
            style=style,
            french=self.french,
            spelled=self.spelled,
            spelled_honorifics=spelled_honorifics,
            calque_forms=frozenset(k.lower() for k in calq),
            calques=sorted(((k.lower(), v) for k, v in calq.items()), key=lambda kv: -len(kv[0])),
            not_names=frozenset(names.get("not_names", [])),
            title_heads=frozenset(names.get("title_heads", [])),
            military_context=frozenset(w.casefold() for w in names.get("military_context", [])),
        )

    # ---- the entries ---------------------------------------------------------------------

    def _add_valid_forms(self, r: dict) -> None:
        """Every written form of a rank is a real title in some style."""
        for f in (r["cp"], r.get("caf", ""), r.get("canadian_style", ""), r.get("us_ap", ""), r["en"]):
            if f:
                self.valid.add(f)
                self.english_folded.update(fold(p) for p in parts_of(f))

    def _add_rank(self, r: dict) -> None:
        """A rank's CP form and templates; for a current abbreviated rank, its other styles."""
        en, cp = r["en"], r["cp"]
        current = r.get("status", "current") == "current"
        if current:
            self.cp_forms.setdefault(cp, en)
            self._add_template(cp, en, "rank")
            cs = r.get("canadian_style", "")
            if cs and cs != cp:
                self._add_template(cs, en, "rank")
                self._add_style(cs, cp, en, "Canadian Style (federal government)", 0.45)
        if not current or cp == en:
            return
        self._add_caf_and_us(r, cp, en)
        self._add_punctuation_variants(cp, en)
        # Spelled out before a full name, where CP abbreviates.
        conf = 0.6 if en in _ROLE_WORDS else 0.7
        self.spelled[en] = (cp, en, conf)
        if "-" in en:
            self.spelled[en.replace("-", " ")] = (cp, en, conf)

    def _add_caf_and_us(self, r: dict, cp: str, en: str) -> None:
        caf = r.get("caf", "")
        # CAF forms that look like ordinary capitals (MS, AB, WO) would fire on anything.
        if caf and (any(c.islower() for c in caf) or len(caf) >= 3) and caf != cp:
            self._add_style(caf, cp, en, "CAF/DND")
            if len(caf) >= 4 and caf.isalpha() and any(c.isupper() for c in caf[1:]):
                self.style_folded.setdefault(caf.casefold(), StyleForm(cp, en, "CAF/DND, in the wrong case"))
        us = r.get("us_ap", "")
        if us and us != cp and "." in us:  # "Ensign", "Airman": U.S. ranks, not U.S. spellings
            self._add_style(us, cp, en, "U.S./AP")

    def _add_punctuation_variants(self, cp: str, en: str) -> None:
        """"Lt-Col", "Lt. Colonel", "Gen" for "Lt.-Col." and "Gen.": the CP form mispunctuated."""
        ps = parts_of(cp)
        if len(ps) == 2 and cp.endswith(".") and all(p.isalpha() for p in ps):
            a, b = ps
            for variant in (f"{a}-{b}", f"{a}.-{b}", f"{a}-{b}.", f"{a}.{b}.", f"{a}. {b}", f"{a} {b}",
                            f"{a}. -{b}.", f"{a}.- {b}.", f"{a}. - {b}."):
                self._add_style(variant, cp, en, "punctuation")
            words = [w for w in regex.split(r"[\-\s]+", en) if w]
            if len(words) == 2:  # half spelled out: "Maj. General", "Lt. Colonel"
                self._add_style(f"{a}. {words[1]}", cp, en, "half spelled out")
                self._add_style(f"{words[0]} {b}.", cp, en, "half spelled out")
        elif len(ps) == 1 and cp.endswith("."):
            self._add_style(cp[:-1], cp, en, "no period")

    def _add_french(self, r: dict) -> None:
        """The French name of a rank, and its French abbreviation where it cannot be English."""
        en, french = r["en"], self.french
        frn = r.get("fr", "")
        if frn and frn.casefold() != en.casefold():
            cap = frn[:1].upper() + frn[1:]
            french.setdefault(cap, (r["cp"], frn))
        fa = r.get("fr_abbrev", "")
        # Short ASCII ones (am, cam, adj, sdt) are English words or first names: left out.
        if fa and " " not in fa and fa.casefold() not in self.english_folded and (len(fa) >= 4 or not fa.isascii()):
            for v in {fa, fa[:1].upper() + fa[1:], fa + ".", fa[:1].upper() + fa[1:] + "."}:
                if v not in self.valid:
                    french.setdefault(v, (r["cp"], r.get("fr", "")))

    def _add_honorific(self, h: dict) -> None:
        form = h["form"]
        self.cp_forms.setdefault(form, h.get("full", form))
        self.valid.add(form)
        self.valid.update(h.get("variants", []))
        if h.get("full"):
            self.valid.add(h["full"])
        self._add_template(form, h.get("full", form), "honorific")
        for f in h.get("fr", []):
            self.french.setdefault(f, (form, f))

    def _add_template(self, form: str, full: str, kind: str) -> None:
        if not form or form == full or form in self.seen_templates or not form.endswith("."):
            return
        self.seen_templates.add(form)
        ps = parts_of(form)
        self.templates.append(Template(form, full, tuple(fold(p) for p in ps), _fulls(ps, full), kind))

    def _add_style(self, form: str, cp: str, rank: str, name: str, conf: float = 0.8) -> None:
        key = " ".join(form.split())
        if key and key != cp and key not in self.cp_forms and key not in self.style:
            self.style[key] = StyleForm(cp, rank, name, conf)

    # ---- derived tables ------------------------------------------------------------------

    def _readings(self) -> dict[str, frozenset[str]]:
        readings: dict[str, set[str]] = {}
        for pr in self.raw.get("part_reading", []):
            readings.setdefault(fold(pr["part"]), set()).update(fold(x) for x in pr["readings"])
        return {k: frozenset(v) for k, v in readings.items()}

    def _by_count(self) -> dict[int, list[Template]]:
        by_count: dict[int, list[Template]] = {}
        for t in self.templates:
            by_count.setdefault(len(t.parts), []).append(t)
        return by_count

    def _firsts(self, spelled_honorifics: dict[str, str], calq: dict[str, tuple]) -> frozenset[str]:
        """First tokens (without a period) of every known form: what a title may start with."""
        firsts = set()
        for table in (self.cp_forms, self.style, self.spelled, self.french, self.valid, spelled_honorifics):
            for key in table:
                tok = key.split()[0]
                if "." not in tok:
                    firsts.add(tok)
        firsts.update(c.split()[0].split("-")[0] for c in calq)
        firsts.update(v for k in self.style_folded for v in (k.capitalize(), k.upper()))
        return frozenset(firsts)


# ---------------------------------------------------------------------------------------
# Part-by-part similarity of a pseudo-abbreviation to a real one


def part_similarity(p: str, t: Template, i: int, readings: dict[str, frozenset[str]]) -> tuple[float, str]:
    """How much part `p` (folded) looks like part i of template t, with the reason."""
    q, full = t.parts[i], t.fulls[i]
    if p == q:
        return 1.0, "same"
    if p in readings.get(q, ()):
        return 0.9, "a translation"
    if full and (p == full or (len(p) >= 3 and full.startswith(p))):
        return 0.9, "spelled out"
    if len(q) >= 3 and len(p) == len(q) - 1 and p[0] == q[0] and _subsequence(p, q):
        return 0.8, "letters lost"
    if len(q) >= 3 and edit_distance(p, q) == 1:
        return (0.7, "one letter changed") if p[0] == q[0] else (0.5, "one letter changed")
    return 0.0, ""


class Candidate(msgspec.Struct, frozen=True):
    template: Template
    score: float
    reasons: tuple[str, ...]


def rank_candidates(original: tuple[str, ...], data: Ranks, limit: int = 3) -> list[Candidate]:
    """The real titles with the same number of parts, best first, each with its reason."""
    out: list[Candidate] = []
    parts = tuple(fold(p) for p in original)
    for t in data.by_count.get(len(parts), ()):
        sims = [part_similarity(p, t, i, data.readings) for i, p in enumerate(parts)]
        score = sum(s for s, _ in sims) / len(parts)
        if max(s for s, _ in sims) < 0.5:
            continue
        reasons = tuple(f"“{orig}” ≈ “{tp}” ({why})" for (s, why), orig, tp in
                        zip(sims, original, parts_of(t.form)) if s > 0)
        out.append(Candidate(t, score, reasons))
    out.sort(key=lambda c: (-c.score, c.template.kind != "rank", c.template.form))
    return out[:limit]


# ---------------------------------------------------------------------------------------
# Title slots: tokens in title position, classified once per paragraph


class Slot(msgspec.Struct, frozen=True):
    """A token (or run of tokens) right before a capitalised name."""

    start: int
    end: int
    text: str
    kind: str  # cp | style | french | case | garbled | spelled
    names: int  # how many name words follow (1 or 2+)
    mid_sentence: bool
    info: Any = None  # per kind: (CP form, rank), (English, French), a style entry, ...
    confidence: float = 1.0


def _strip(chunk: str, s: int) -> tuple[str, int]:
    i = 0
    while i < len(chunk) and chunk[i] in _LEAD:
        i += 1
    return chunk[i:], s + i


def _name_word(chunk: str) -> str | None:
    """The chunk as a name word (trailing punctuation and possessive removed), or None."""
    c = chunk.rstrip(_TRAIL)
    for suf in ("’s", "'s"):
        if c.endswith(suf):
            c = c[: -len(suf)]
    if _NAME_WORD.fullmatch(c):
        return None if len(c) > 5 and c.endswith(_NOUN_ENDINGS) else c
    if _INITIAL.fullmatch(chunk):
        return chunk
    return None


def _names_after(chunks: list[tuple[str, int, int]], names: list[bool], j: int, not_names: frozenset[str]) -> int:
    """How many capitalised name words start at chunk j (initials not counted), up to 3."""
    count = 0
    k = j
    while k < len(chunks) and count < 3:
        if not names[k]:
            break
        raw = chunks[k][0]
        if raw.rstrip(_TRAIL) in not_names:
            break
        if _INITIAL.fullmatch(raw):
            k += 1
            continue
        count += 1
        if raw.rstrip(_TRAIL) != raw:
            break  # "Fortin," ends the name
        k += 1
    return count


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _mid_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t" + _LEAD:
        i -= 1
    if i < 0:
        return False
    ch = text[i]
    return ch in ",;:—–" or ch.islower()


_NEXT_CHUNK = lazy(r"\s+(\S+)")
_SPACE = lazy(r"\s")


@analysis("title-slots", scope=PARAGRAPH, packs=("ranks",))
def title_slots(par: Paragraph, data: Ranks) -> list[Slot]:
    """Every token or run of tokens right before a capitalised name, classified.

    Only chunks that hold a period or start like a known title are looked at; each is
    classified (memoised) before the chunks after it are read, so a sentence-final word
    costs one dictionary lookup.
    """
    text = par.text
    starts = _slot_starts(text, data)
    if not starts:
        return []  # most paragraphs: no chunk can start a slot
    out: list[Slot] = []
    caps = None
    done = 0
    multi = data.multi_firsts
    memo = data.memo
    for s0, first in _chunks_at(text, starts):
        end0 = s0 + len(first)
        if s0 < done:
            continue
        if first[0] in _LEAD:
            first, s0 = _strip(first, s0)
            if not first:
                continue
        if not first[0].isalnum():
            continue
        chunks = [(first, s0, end0)]
        pos = end0

        def fetch(upto: int) -> int:
            nonlocal pos
            while len(chunks) <= upto:
                nm = _NEXT_CHUNK.match(text, pos)
                if nm is None:
                    break
                chunks.append((nm.group(1), nm.start(1), nm.end(1)))
                pos = nm.end(1)
            return len(chunks)

        # Multi-token forms first ("Lt. Col.", "Master Cpl.", "Major General").
        for k in ((3, 2, 1) if first in multi else (1,)):
            if k > 1:
                if fetch(k - 1) < k:
                    continue
                toks = [c[0] for c in chunks[:k]]
                if any(not _TITLE_TOKEN.fullmatch(t) for t in toks[1:]):
                    continue
                key = " ".join(toks)
            else:
                toks = [first]
                key = first
            hit = memo.get(key)
            if hit is None:
                if len(memo) > 50_000:
                    memo.clear()
                hit = memo[key] = _classify(key, toks, k, data)
            kind, info, conf = hit
            if kind is None:
                continue
            n = fetch(k + 6)
            names = [bool(c[0][:1].isupper() and _name_word(c[0])) for c in chunks]
            if k >= n or not names[k]:
                continue
            count = _names_after(chunks, names, k, data.not_names)
            if count == 0:
                continue
            if kind == "case":
                if caps is None:
                    caps = _mostly_caps(text)
                if caps:
                    continue
            if kind == "spelled":
                prev = chunk_before(text, s0)
                if prev in data.title_heads:
                    break  # "Secretary General Jens Stoltenberg", "Attorney General David Lametti"
                prev2 = chunk_before(text, s0 - len(prev) - 1) if prev else ""
                if {f"{prev} {key}".lower(), f"{prev2} {prev} {key}".lower()} & data.calque_forms:
                    break  # "Frigate Captain": titles/rank-calque reports the whole calque
            end = chunks[k - 1][2]
            out.append(Slot(s0, end, text[s0:end], kind, count, _mid_sentence(text, s0), info, conf))
            done = end
            break
    return out


def _slot_starts(text: str, data: Ranks) -> set[str]:
    """The chunks of `text` a title slot may start at (each new chunk judged once by
    `_may_start_slot`)."""
    return data.slot_starts.passing(set(text_chunks(text)), lambda chunk: _may_start_slot(chunk, data))


def _chunks_at(text: str, words: set[str]) -> list[tuple[int, str]]:
    """(start, chunk) of every chunk of `text` that is one of `words`, in text order (the
    chunks of `_CHUNK` among them, found with str.find: each word holds no whitespace)."""
    found = []
    n = len(text)
    for w in words:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or _SPACE.match(text, i - 1)) and (j == n or _SPACE.match(text, j)):
                found.append((i, w))
            i = text.find(w, i + 1)
    found.sort()
    return found


def _may_start_slot(chunk: str, data: Ranks) -> bool:
    """Whether `title_slots` can start a slot at `chunk`: it holds a period or is a known
    first token (after opening quotes or brackets), and it starts a form of several tokens
    or is classified as a title on its own. Any other chunk is passed over there."""
    firsts = data.firsts
    if "." not in chunk and chunk not in firsts:
        if chunk[0] not in _LEAD or chunk.lstrip(_LEAD) not in firsts:
            return False
    first = chunk.lstrip(_LEAD) if chunk[0] in _LEAD else chunk
    if not first or not first[0].isalnum():
        return False
    if first in data.multi_firsts:
        return True
    hit = data.memo.get(first)
    if hit is None:
        if len(data.memo) > 50_000:
            data.memo.clear()
        hit = data.memo[first] = _classify(first, [first], 1, data)
    return hit[0] is not None


_DASH_FOLD = str.maketrans({"–": "-", "‐": "-", "‑": "-", "—": "-"})


def _classify(key: str, toks: list[str], k: int, data: Ranks):
    """(kind, info, confidence) of a candidate title, or (None, None, 0)."""
    if key in data.cp_forms:
        return "cp", data.cp_forms[key], 1.0
    folded_dashes = key.translate(_DASH_FOLD)
    if folded_dashes != key:
        if folded_dashes in data.cp_forms:
            rank = data.cp_forms[folded_dashes]
            return "style", StyleForm(folded_dashes, rank, "dash instead of hyphen"), 0.8
        key = folded_dashes
        toks = [t.translate(_DASH_FOLD) for t in toks]
    if key in data.style:
        return "style", data.style[key], data.style[key].confidence
    if key in data.spelled:
        return "spelled", data.spelled[key][:2], data.spelled[key][2]
    if key in data.french:
        return "french", data.french[key], 0.85
    if key in data.spelled_honorifics:
        return "spelled-honorific", data.spelled_honorifics[key], 0.8
    if key in data.valid:
        return "cp", key, 1.0
    if k != 1:
        return None, None, 0.0
    tok = toks[0]
    if not _TITLE_TOKEN.fullmatch(tok):
        return None, None, 0.0
    sf = data.style_folded.get(tok.casefold())
    if sf is not None and tok[0].isupper():
        return "style", sf, 0.7
    folded = fold(tok)
    # Wrong case: "maj.-gen.", "GEN." (not in all-capital copy).
    if (tok.endswith(".") or "-" in tok) and folded in data.valid_folded:
        house = data.valid_folded[folded]
        if tok != house and tok.casefold() == house.casefold():
            return "case", house, 0.8
    return _garbled(tok, data)


def _garbled(tok: str, data: Ranks):
    ps = parts_of(tok)
    if not ps or not all(p.isalpha() for p in ps) or not tok[0].isupper():
        return None, None, 0.0
    inner_period = "." in tok.rstrip(".")
    if len(ps) >= 2:
        # A pseudo-abbreviation: hyphenated or dotted, ending in or holding a period.
        # Ordinary hyphenated words ("Ex-premier", "Co-founder") have no period.
        if not (tok.endswith(".") or inner_period) or len(ps) > 3:
            return None, None, 0.0
        cands = rank_candidates(ps, data)
        if not cands:
            return None, None, 0.0
        best = cands[0]
        long_part = max(len(p) for p in ps) > 6
        if best.score >= 0.999:
            return None, None, 0.0  # a real form in some punctuation: the style rule's
        if best.score < (0.5 if long_part else 0.33):
            return None, None, 0.0
        return "garbled", tuple(cands), min(0.95, 0.45 + 0.5 * best.score)
    # One part: only a letters-lost form of a real abbreviation ("Mj.", "Cpt."), before
    # a full name; a word at the end of a sentence ("in May.") must not look like one.
    p = ps[0]
    if not tok.endswith(".") or len(p) > 4 or fold(p) in _OTHER_ABBREVIATIONS:
        return None, None, 0.0
    fp = fold(p)
    cands = []
    for t in data.by_count.get(1, ()):
        q = t.parts[0]
        if len(q) >= 3 and len(fp) == len(q) - 1 and fp[0] == q[0] and _subsequence(fp, q):
            cands.append(Candidate(t, 0.8, (f"“{p}” ≈ “{parts_of(t.form)[0]}” (letters lost)",)))
    if not cands:
        return None, None, 0.0
    return "garbled-short", tuple(cands[:3]), 0.6


@analysis("military-context", scope=PARAGRAPH, packs=("ranks",))
def military_context(par: Paragraph, data: Ranks) -> bool:
    """Whether the paragraph is about the military (words of the pack's military_context)."""
    words = {w.casefold() for w in _ALPHA_WORD.findall(par.text)}
    return bool(words & data.military_context)


_ALPHA_WORD = lazy(r"\p{L}{3,}")


def _inside_quote(text: str, i: int) -> bool:
    """Whether position i is inside a quotation of its paragraph (curly or straight marks)."""
    opens, closes, straight = _quote_positions(text)
    opened = bisect.bisect_left(opens, i) - bisect.bisect_left(closes, i)
    return opened > 0 or bisect.bisect_left(straight, i) % 2 == 1


@lru_cache(maxsize=8)
def _quote_positions(text: str) -> tuple[list[int], list[int], list[int]]:
    """Offsets of “, ” and \" in a paragraph, found once (counting a prefix per call is quadratic)."""
    found: dict[str, list[int]] = {"“": [], "”": [], '"': []}
    for m in _QUOTE_MARK.finditer(text):
        found[m.group()].append(m.start())
    return found["“"], found["”"], found['"']


_QUOTE_MARK = lazy('[“”"]')


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


# ---------------------------------------------------------------------------------------
# Rules


@rule(
    "titles/garbled-abbreviation",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
)
def garbled_abbreviation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A token before a name looks like a title abbreviation but is none.

    ## Why it matters
    Engines read the parts of a rank abbreviation such as Lt.-Col. as words and translate
    them ("col" is a mountain pass in French) or lose letters. What is left before the name
    is a pseudo-abbreviation that tells the reader nothing, and the officer's rank is lost.
    The rule compares the token part by part with every real title and suggests the closest.

    ## Examples
    bad:  The unit was led by [[Lt.-Neck.->Lt.-Col.]] Marie Tremblay, who spoke to reporters.
    bad:  Its new commander, [[Brig.-Gene.->Brig.-Gen.]] Jean Leblanc, arrived on Monday.
    bad:  The report was signed by [[Lt.-Gem.->Lt.-Gen.]] Frances Allen last week.
    bad:  The briefing was led by [[Mj.->Maj.]] Kevin Sharpe of the Royal Canadian Regiment.
    good: The unit was led by Lt.-Col. Marie Tremblay, who spoke to reporters.
    good: Pro-democracy Leader Joshua Wong was arrested again.
    good: Ex-premier Brian Pallister stayed out of the race.
    good: Co-founder Stewart Butterfield left the company.
    good: The team flew in from Winston-Salem. Jane Doe met them.
    good: The vote was set for mid-May. Jane Doe said she would run.
    good: Prime Minister Justin Trudeau and Defence Minister Anita Anand spoke.

    ## Fix safety
    Display only: the suggestion is a guess from the shape of the token; an editor must
    check the officer's real rank.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind not in ("garbled", "garbled-short"):
            continue
        cands: tuple[Candidate, ...] = s.info
        best = cands[0]
        if s.kind == "garbled" and s.names < 2 and not s.mid_sentence:
            continue  # sentence-initial before a lone surname: too little evidence
        if s.kind == "garbled-short" and (s.names < 2 or not s.mid_sentence):
            continue
        conf = s.confidence + (0.05 if s.mid_sentence else 0.0)
        forms = [c.template.form for c in cands]
        reason = "; ".join(best.reasons)
        msg = (f"“{s.text}” before a name is not a title; did you mean {best.template.form} "
               f"({best.template.full})? {reason}")
        yield ctx.finding(
            par, s.start, s.end, msg, suggestions=forms, confidence=round(min(conf, 0.95), 2),
            fix=Fix.display_only(f"Replace with {best.template.form}", best.template.form),
        )


@rule(
    "titles/non-cp-rank",
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    locales=("en-CA",),
    scope=Scope.DOCUMENT,
)
def non_cp_rank(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A rank abbreviation before a name that is not in Canadian Press style.

    ## Why it matters
    Canadian Press copy writes ranks one way before a full name (Lt.-Col., Maj.-Gen.,
    Capt.). The DND forms (LCol, MGen), the U.S. AP forms (Lt. Col., Pvt.) and forms that
    lost their periods (Lt-Col) come from press releases, U.S. wire copy or a translation
    engine, and a story that mixes them looks unedited.

    ## Examples
    bad:  The mission is commanded by [[LCol->Lt.-Col.]] Sarah Dunn of Petawawa.
    bad:  [[Lt-Col->Lt.-Col.]] Sarah Dunn took command in June.
    bad:  It was confirmed by [[Maj. Gen.->Maj.-Gen.]] Peter Dawe on Tuesday.
    bad:  The medal went to [[Pvt.->Pte.]] Owen Clarke and his section.
    bad:  The patrol was led by [[Capt->Capt.]] Amy Roy near the border.
    good: The mission is commanded by Lt.-Col. Sarah Dunn of Petawawa.
    good: It was confirmed by Maj.-Gen. Peter Dawe on Tuesday.
    good: The patrol was led by Capt. Amy Roy near the border.
    good: Gen Z voters turned out in large numbers.

    ## Fix safety
    Safe when only periods, hyphens or spaces change (Lt-Col → Lt.-Col.); unsafe when the
    letters change (LCol → Lt.-Col., Pvt. → Pte.), since the editor should confirm the rank.
    """
    all_slots = [(par, s) for par in doc.paragraphs for s in ctx.analysis(title_slots, par)]
    cp_used = {s.text for _, s in all_slots if s.kind == "cp"}
    for par, s in all_slots:
        if s.kind != "style":
            continue
        sf: StyleForm = s.info
        if sf.cp in cp_used:
            continue  # the story mixes forms: titles/mixed-rank-styles reports it
        msg = f"CP style writes {sf.cp} before a name, not “{s.text}” ({sf.style} form)"
        if _letters(s.text) == _letters(sf.cp):
            fix = Fix.safe(f"Write {sf.cp}", sf.cp)
        else:
            fix = Fix.unsafe(f"Write {sf.cp}", sf.cp)
        yield ctx.finding(par, s.start, s.end, msg, fix=fix, confidence=sf.confidence)


@rule(
    "titles/spelled-out-rank",
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    locales=("en-CA",),
    confidence=0.7,
    options={"accept_official": True},
)
def spelled_out_rank(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A military rank spelled out before a full name in a form no Canadian house uses (or, in strict CP, at all).

    Option ``accept_official`` (default true): a rank spelled out in its official Canadian
    form (``Vice-Admiral``, ``Lieutenant-Colonel``, ``Sergeant``) is the house style of papers
    such as The Hill Times and is accepted; the US form of a compound rank (``Major
    General``) is not. The ``cp`` style sets it to false: CP abbreviates every rank before
    a full name.

    ## Why it matters
    Canadian Press style abbreviates a rank before a full name (Maj.-Gen. Jane Smith) and
    spells it out only when it stands alone; other Canadian houses spell ranks out in
    their official hyphenated form. Translated copy often writes compound ranks as
    separate words, the US form, which no Canadian house uses.

    ## Examples
    bad:  The letter was signed by [[Major General->Maj.-Gen.]] Peter Dawe on Tuesday.
    bad:  [[Lieutenant Colonel->Lt.-Col.]] Sarah Dunn took command in June.
    good: Lieutenant-Colonel Sarah Dunn took command in June.
    good: Lt.-Col. Sarah Dunn took command in June.
    good: The colonel said Lieutenant-Colonel Dunn would stay.
    good: He works for General Motors Canada in Oshawa.
    good: Major League Baseball cancelled the game.
    good: Warrant Officer Lisa Kent was decorated.

    ## Fix safety
    Unsafe: the rank is abbreviated to its CP form; the words change, so an editor confirms.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "spelled" or s.names != 2:
            continue  # a lone surname, or a run of capitals ("General Clothing Factory")
        if _inside_quote(par.text, s.start):
            continue  # a speaker's words are quoted as spoken
        cp, rank = s.info
        if rank in _ROLE_WORDS and not ctx.analysis(military_context, par):
            continue  # "Captain Auston Matthews" leads a hockey team
        if ctx.options["accept_official"] and par.text[s.start:s.end] == rank:
            continue  # the official form, spelled out: a house style (Vice-Admiral Jane Roy)
        yield ctx.finding(
            par, s.start, s.end, f"CP style abbreviates {rank} before a full name: {cp}",
            fix=Fix.unsafe(f"Write {cp}", cp), confidence=s.confidence,
        )


@rule(
    "titles/untranslated-title",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
)
def untranslated_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French title or rank abbreviation left untranslated before a name.

    ## Why it matters
    Engines often leave short French forms as they are (Mme, Mgén, Bgén, Adjuc) because
    they look like names or codes. English readers do not know them, and the English
    title is lost.

    ## Examples
    bad:  The ministry said [[Mme->Ms.]] Joly would travel to Brussels.
    bad:  The base is commanded by [[Bgén->Brig.-Gen.]] Paul Prévost since the spring.
    bad:  The award went to [[Caporal-chef->Master Cpl.]] Luc Gagné of Valcartier.
    good: The ministry said Ms. Joly would travel to Brussels.
    good: The base is commanded by Brig.-Gen. Paul Prévost since the spring.
    good: The novel was written by J. M. Coetzee in 1999.

    ## Fix safety
    Unsafe: the title is translated to its English form; an editor checks which English
    form (Ms. or Mrs.) the person uses.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "french":
            continue
        english, french = s.info
        if s.text in ("M.", "M"):
            continue  # as often an initial (J. M. Coetzee) as "Monsieur"
        yield ctx.finding(
            par, s.start, s.end, f"French title “{s.text}” left untranslated before a name: {english}",
            fix=Fix.unsafe(f"Write {english}", english), confidence=s.confidence,
        )


@rule(
    "titles/wrong-case",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
)
def wrong_case(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A title abbreviation before a name in the wrong case (maj.-gen., GEN.).

    ## Why it matters
    Engines lower-case or upper-case abbreviations they do not recognise; a title before a
    name is capitalised in English.

    ## Examples
    bad:  The plan was approved by [[maj.-gen.->Maj.-Gen.]] Dany Roy on Friday.
    bad:  The speech was given by [[PROF.->Prof.]] Anne Lee at the event.
    good: The plan was approved by Maj.-Gen. Dany Roy on Friday.
    good: THE PLAN WAS APPROVED BY MAJ.-GEN. DANY ROY

    ## Fix safety
    Safe: only the case of the letters changes.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "case":
            continue
        house: str = s.info
        yield ctx.finding(
            par, s.start, s.end, f"Title in the wrong case: {house}",
            fix=Fix.safe(f"Write {house}", house), confidence=s.confidence,
        )


_CALQUE_NAME = lazy(r"\s+\p{Lu}\p{Ll}")


def _find_calques(text: str, table: list[tuple[str, tuple]]) -> Iterator[tuple[int, int, tuple]]:
    """Case-insensitive whole-word matches of the calque table, longest first, no overlaps.

    A handful of substring searches in C per paragraph: faster than walking every token.
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: compare per character
        low = "".join(c.lower()[:1] for c in text)
    taken: list[tuple[int, int]] = []
    for bad, value in table:
        i = low.find(bad)
        while i >= 0:
            j = i + len(bad)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                if not any(a < j and i < b for a, b in taken):
                    taken.append((i, j))
                    yield i, j, value
            i = low.find(bad, j)


@rule(
    "titles/rank-calque",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
    scope=Scope.DOCUMENT,
)
def rank_calque(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French rank translated word for word (Counter-Admiral for contre-amiral).

    ## Why it matters
    Ranks have fixed English equivalents that are not their literal translation:
    capitaine de frégate is a Commander, contre-amiral a Rear-Admiral. A calque gives the
    officer a rank that does not exist, or the wrong one.

    ## Examples
    bad:  The fleet is led by [[Counter-Admiral->Rear-Admiral]] Josée Kurtz.
    bad:  [[Frigate Captain->Commander]] Paul Forget took command of HMCS Montréal.
    bad:  The ceremony honoured [[Adjutant-Chief->Chief Warrant Officer]] Marc Roy.
    good: The fleet is led by Rear-Admiral Josée Kurtz.
    good: The frigate captain ordered the crew to stations.
    good: He served as a frigate captain in the 1990s.

    ## Fix safety
    Unsafe: the rank is replaced by its English equivalent, which an editor should confirm.
    """
    data: Ranks = ctx.data("ranks")
    # One search over the whole story (paragraphs joined by line breaks) costs a few
    # substring scans in C; per paragraph it would cost a few per paragraph.
    pars = doc.paragraphs
    starts: list[int] = []
    pieces: list[str] = []
    offset = 0
    for par in pars:
        starts.append(offset)
        pieces.append(par.text)
        offset += len(par.text) + 1
    joined = "\n".join(pieces)
    for jstart, jend, value in sorted(_find_calques(joined, data.calques), key=lambda x: x[0]):
        i = bisect.bisect_right(starts, jstart) - 1
        par = pars[i]
        text = par.text
        start, end = jstart - starts[i], jend - starts[i]
        good, fr, ambiguous, bad = value
        if ambiguous:
            words = text[start:end].replace("-", " ").split()
            if not all(w[:1].isupper() for w in words if w not in ("of", "the")):
                continue
            if not _CALQUE_NAME.match(text, end):
                continue
        why = f" ({fr})" if fr else ""
        yield ctx.finding(
            par, start, end, f"Literal translation of a French rank{why}: the English rank is {good}",
            fix=Fix.unsafe(f"Write {good}", good), confidence=0.75 if ambiguous else 0.9,
        )


@rule(
    "titles/mixed-rank-styles",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
)
def mixed_rank_styles(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same rank abbreviated two ways in one story (Lt. Col. and Lt.-Col.).

    ## Why it matters
    A story should write a rank one way. Two forms of the same rank are the trace of copy
    assembled from several sources or translated in pieces. In Canadian copy the CP form
    is the story's form whenever it is used at all (a story that never uses it is left to
    titles/non-cp-rank); elsewhere the form used most often is.

    ## Examples
    bad:  Lt.-Col. Ann Ray spoke first.\\n\\nLater [[Lt. Col.->Lt.-Col.]] Bo Li said more.
    bad:  [[MGen->Maj.-Gen.]] Ann Ray spoke first.\\n\\nLater Maj.-Gen. Bo Li said more.
    good: Lt.-Col. Ann Ray spoke first.\\n\\nLater Lt.-Col. Bo Li said more.
    good: Lt. Col. Ann Ray and Maj. Gen. Bo Li spoke.

    ## Fix safety
    Safe when only periods, hyphens or spaces differ from the story's main form; unsafe
    when letters differ (LCol → Lt. Col.).
    """
    data: Ranks = ctx.data("ranks")
    by_rank: dict[str, list[tuple[Paragraph, Slot]]] = {}
    for par in doc.paragraphs:
        for s in ctx.analysis(title_slots, par):
            if s.kind == "style":
                rank = s.info.rank
            elif s.kind == "cp" and s.text in data.cp_forms:
                rank = data.cp_forms[s.text]
            else:
                continue
            by_rank.setdefault(rank, []).append((par, s))
    for rank, uses in by_rank.items():
        counts: dict[str, int] = {}
        for _, s in uses:
            counts[s.text] = counts.get(s.text, 0) + 1
        if len(counts) < 2:
            continue
        if ctx.locale == "en-CA":
            cps = [f for f in counts if f in data.cp_forms]
            if not cps:
                continue
            main = cps[0]
        else:
            main = max(counts, key=lambda f: (counts[f], -next(i for i, (_, s) in enumerate(uses) if s.text == f)))
        for par, s in uses:
            if s.text == main:
                continue
            safe = _letters(s.text) == _letters(main)
            fix = (Fix.safe if safe else Fix.unsafe)(f"Write {main}", main)
            yield ctx.finding(
                par, s.start, s.end, f"{rank} is written {main} elsewhere in this story ({counts[main]}×)",
                fix=fix, confidence=0.8,
            )


@rule(
    "titles/spelled-out-honorific",
    category="Style/Awkward",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ranks",),
)
def spelled_out_honorific(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An honorific spelled out before a surname (Mister Trudeau, Madam Joly).

    ## Why it matters
    French copy writes "monsieur" and "madame" in full; engines render them as Mister and
    Madam, which English news copy never uses before a name (it writes Mr. and Ms.). The
    result reads as a translation.

    ## Examples
    bad:  [[Mister->Mr.]] Legault said the province would not pay.
    bad:  The motion was tabled by [[Madam->Ms.]] Joly on Tuesday.
    good: Mr. Legault said the province would not pay.
    good: Madam Speaker, I rise today on a point of order.
    good: Mister Rogers' Neighborhood ran for decades.
    good: “Thank you, Madam Chair,” she said.

    ## Fix safety
    Unsafe: the word changes (Mister → Mr.); whether Ms. or Mrs. is right for a woman is
    the editor's call.
    """
    for s in ctx.analysis(title_slots, par):
        if s.kind != "spelled-honorific" or s.names != 1:
            continue  # "Mister John Smith" is rarer, and a full name after it is often a title
        good: str = s.info
        nxt = par.text[s.end:].lstrip()
        if nxt[:1] and nxt.split(maxsplit=1)[0].endswith(("'", "’")):
            continue  # "Mister Rogers' Neighborhood": a title of a work
        yield ctx.finding(
            par, s.start, s.end, f"Honorific spelled out before a name: {good}",
            fix=Fix.unsafe(f"Write {good}", good), confidence=s.confidence,
        )
