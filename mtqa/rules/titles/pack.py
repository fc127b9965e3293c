"""The `ranks` pack (rules/ranks.toml) compiled once per Checker into the lookup tables of `Ranks`.

Every real title form by style (CP, CAF, AP, hyphen without periods), the French forms, the
spelled-out ranks and honorifics, the rank calques and the ways engines read the parts of an
abbreviation: what the title slots (titles.analysis) are classified against.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import msgspec

from mtqa import rx as regex
from mtqa.text.fold import without_marks
from mtqa.text.sieve import Sieve
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.segment import TITLE_ABBREVIATIONS

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
# Ranks that are also job titles or roles (a team captain, the commander of a task force):
# spelled out before a name they are reported only in a paragraph about the military.
ROLE_WORDS = frozenset({"Commander", "Captain", "Private", "Lieutenant", "Captain (N)", "Lieutenant (N)"})


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Casefold and strip accents: "Gén" → "gen"."""
    return without_marks(s.casefold())


def parts_of(form: str) -> tuple[str, ...]:
    return tuple(p for p in _SPLIT_PARTS.split(form) if p)


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

    # What the rules' triggers read (`mtqa.scan.FromPack`): computed here, beside the tables, so
    # that a trigger names them as data and its rule module is imported only when one fires.
    @property
    def spelled_first_words(self) -> list[str]:
        """First words of the ranks spelled out (Major of "Major General")."""
        return first_words(self.spelled)

    @property
    def french_first_words(self) -> list[str]:
        """First words of the French titles (Mme, Bgén, Caporal of "Caporal-chef")."""
        return first_words(self.french)

    @property
    def spelled_honorific_first_words(self) -> list[str]:
        """The honorifics spelled out (Mister, Madam)."""
        return first_words(self.spelled_honorifics)

    @property
    def case_error_first_words(self) -> list[str]:
        """First words of the house forms a case error is read against, case-folded whole (the
        slot's chunk case-folds to its house form's case folding)."""
        return first_words(house.casefold() for house in self.valid_folded.values())

    @property
    def calque_bad_forms(self) -> list[str]:
        """The rank calques as `titles/rank-calque` looks for them (lower case)."""
        return [bad for bad, _value in self.calques]

    @property
    def other_style_forms(self) -> list[str]:
        """The forms a title slot reads as another style's as written (`titles/non-cp-rank`): the
        listed non-CP forms, and the CP forms with a hyphen (a dash in its place is a slip)."""
        return [*self.style, *(form for form in self.cp_forms if "-" in form)]

    @property
    def other_style_first_words(self) -> list[str]:
        """First words of `other_style_forms` (LCol, Lt of "Lt. Col.", Maj. of "Maj.-Gen.")."""
        return first_words(self.other_style_forms)

    @property
    def compact_style_first_words(self) -> list[str]:
        """First words of the compact CAF forms read in any case (lcol, mgen), case-folded."""
        return first_words(self.style_folded)

    @property
    def other_style_opening_on_a_break(self) -> bool:
        return some_form_opens_on_a_break([*self.other_style_forms, *self.style_folded])

    @property
    def shared_rank_first_words(self) -> list[str]:
        """First words of the CP forms whose rank another CP form names too: two of them in one
        story are two forms of one rank (`titles/mixed-rank-styles`) with no other style's."""
        named = Counter(self.cp_forms.values())
        return first_words(form for form, rank in self.cp_forms.items() if named[rank] > 1)

    @property
    def spelled_opening_on_a_break(self) -> bool:
        return some_form_opens_on_a_break(self.spelled)

    @property
    def french_opening_on_a_break(self) -> bool:
        return some_form_opens_on_a_break(self.french)

    @property
    def spelled_honorific_opening_on_a_break(self) -> bool:
        return some_form_opens_on_a_break(self.spelled_honorifics)

    @property
    def house_form_opening_on_a_break(self) -> bool:
        return some_form_opens_on_a_break(self.valid_folded.values())


def first_word(form: str) -> str:
    """A form's text up to its first space or hyphen (all of it when it has neither)."""
    return form.replace(" ", "-").split("-", 1)[0]


def first_words(forms) -> list[str]:
    """The forms' first words (`first_word`), each once, sorted; none empty."""
    return sorted({w for w in map(first_word, forms) if w})


def some_form_opens_on_a_break(forms) -> bool:
    """Whether a form opens on a space or hyphen (none in the shipped pack): no first word
    announces it, so its rule runs on every paragraph."""
    return any(not first_word(f) for f in forms)


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
        conf = 0.6 if en in ROLE_WORDS else 0.7
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
