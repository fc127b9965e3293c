"""The `institutions` pack (rules/institutions.toml) compiled once per Checker: one `LocaleData` per
locale table, with its variants (calques, spellings, foreign bodies and titles, acronyms, our own
names) in a phrase matcher and the word sets the family's triggers and pre-filters use.
"""

from __future__ import annotations

from functools import cached_property

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.matching import PhraseMatcher
from mtqa.packs import SeverityName, pack_compiler
from mtqa.text.tokens import ALNUM_RUN

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

    # What the family's triggers read (`mtqa.scan.FromPack`, over every locale): named as data,
    # so that a rule module reading them is imported only when one fires.
    @property
    def trigger_words(self) -> frozenset:
        """The words that open an institution's name, title a person or are spelled the
        locale's way, those that are one word as written."""
        return _one_words(self.first_words | self.person_triggers | self.name_spelling_words)

    @property
    def signal_trigger_words(self) -> frozenset:
        """The first words of the phrases placing a sentence here or abroad, those that are one
        word as written."""
        return _one_words(self.signal_words)


def _one_words(words: frozenset) -> frozenset:
    return frozenset(w for w in words if ALNUM_RUN.fullmatch(w))


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> dict[str, LocaleData]:
    """One LocaleData per locale table: phrase matchers and small regexes, built once."""
    return {locale: _locale_data(t) for locale, t in raw.get("locale", {}).items()}


# The kind of variant each list of an institution's entry names ("foreign_titles" -> "foreign_title").
_VARIANT_KINDS = (("foreign", "foreign"), ("generic", "generic"), ("foreign_titles", "foreign_title"),
                  ("spellings", "spelling"), ("calques", "calque"), ("acronyms", "acronym"))


def _locale_data(t: dict) -> LocaleData:
    """One locale table compiled: what it matches, what it weighs and the words that trigger it."""
    phrases = _name_variants(t)
    signals = _signals(t)
    return LocaleData(
        country=t["country"],
        adjective=t["adjective"],
        matcher=PhraseMatcher(phrases),
        signals=PhraseMatcher(signals),
        own_bodies=PhraseMatcher({b: b for b in t.get("own_bodies", [])}),
        riding_pattern=_riding_pattern(t),
        rank_pattern=_rank_pattern(t),
        own_person_titles=frozenset(t.get("own_person_titles", [])),
        person_title_words=frozenset(t.get("person_title_words", [])),
        foreign_qualifiers=frozenset(t.get("foreign_qualifiers", [])),
        foreign_determiners=frozenset(t.get("foreign_determiners", [])),
        own_qualifiers=frozenset(s for s in t.get("own_signals", []) if s[:1].isupper() and " " not in s),
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


def _name_variants(t: dict) -> dict[str, Variant]:
    """Every phrase the matcher finds and what it is: a name allowed as it stands, an
    institution's own name (which a variant never displaces), or one of its variants (which
    displaces an allowed phrase: the first entry listing a variant keeps it)."""
    phrases: dict[str, Variant] = {}
    for phrase in t.get("name_allow", []):
        phrases[phrase] = Variant("allow", None, phrase)
    for entry in t.get("institution", []):
        phrases.setdefault(entry["name"], Variant("own", entry, entry["name"]))
        for key, kind in _VARIANT_KINDS:
            for v in entry.get(key, []):
                prev = phrases.get(v)
                if prev is None or prev.kind == "allow":
                    phrases[v] = Variant(kind, entry, v)
    return phrases


def _signals(t: dict) -> dict[str, tuple[str, float]]:
    """The phrases that place a sentence, with their side and weight: the table's own signals
    (weak ones at half weight), its institutions' names and abbreviations longer than two
    letters, then its foreign signals (which win over an own one spelt the same)."""
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
    return signals


def _riding_pattern(t: dict) -> str | None:
    """A riding parenthetical, '(Outremont, Que.)': a place, a comma and one of the table's
    provinces (longest first, so an abbreviation does not cut a longer form)."""
    provinces = sorted(t.get("provinces", []), key=len, reverse=True)
    if not provinces:
        return None
    return r"\((?=[^()\n]{1,80}\))[^(),\n]{2,60},\s*(?:" + "|".join(regex.escape(p) for p in provinces) + r")\)"


def _rank_pattern(t: dict) -> str | None:
    """A rank before a name ('Lt.-Gen.'), skipped when the name after a title is read."""
    ranks = sorted(t.get("ranks", []), key=len, reverse=True)
    return r"(?:" + "|".join(regex.escape(r) for r in ranks) + r")\s+" if ranks else None


def _first_words(phrases) -> frozenset:
    from mtqa.matching import tokens

    out = set()
    for p in phrases:
        toks = tokens(p)
        if toks:
            out.add(p[toks[0][0] : toks[0][1]])
    return frozenset(out)
