"""The two packs of the names family, compiled once per Checker: `names` (rules/names.toml: well-known
people by first name and initial, their titles and roles, words that are not names) and
`accented_names` (official names and French given names with their accents), and the folding
and sound keys that compare a name with a known one.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

import msgspec

from mtqa import pattern_cache
from mtqa.accents import OfficialNames, has_accent, strip_accents
from mtqa.matching import levenshtein
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.rules.names.known_index import KnownSurnames
from mtqa.segment import MONTH_ABBREVIATIONS, SENTENCE_OPENERS
from mtqa.text.calendar import MONTHS, WEEKDAYS
from mtqa.text.fold import without_marks
from mtqa.text.gated_literals import GatedLiterals

NAMES_SCHEMA = {
    "person": [{"name!": str, "role": str, "titles": [str], "aliases": [str]}],
    "titles": {"person": [str]},
    "not_names": {"words": [str]},
}


_DAYS = frozenset(WEEKDAYS)
_MONTHS = frozenset(MONTHS) | MONTH_ABBREVIATIONS


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """`s` casefolded without marks, curly apostrophes straight; ASCII is only lowercased (its
    casefold is its lowercase, it decomposes to itself and holds no mark or ’)."""
    if s.isascii():
        return s.lower()
    return without_marks(s.casefold()).replace("’", "'")


_DOUBLE = pattern_cache.compile(r"(\p{L})\1+")
_the_letter = itemgetter(1)  # a match of _DOUBLE → its letter once
# a run of five letters or more: the words of a role, and of a story, that tell two people apart
LONG_WORD = lazy(r"\p{L}{5,}")
_SOUNDS = (("ph", "f"), ("ck", "k"), ("ou", "u"), ("ae", "e"))
_ENDINGS = (("ey", "i"), ("ie", "i"), ("y", "i"))


@lru_cache(maxsize=8192)
def sound_key(s: str) -> str:
    """A rough spelling-independent key: doubled letters collapsed, -ey/-ie/-y alike
    (remembered: a story compares each of its names with several others)."""
    k = _DOUBLE.sub(_the_letter, s)  # not the template "\\1": `regex` reads a template in Python
    for a, b in _SOUNDS:
        k = k.replace(a, b)
    for a, b in _ENDINGS:
        if k.endswith(a):
            k = k[: -len(a)] + b
            break
    return k


# A page's byline or credit often comes from another system than its body and writes the
# typewriter apostrophe where the body has the curly one ("O'Connor" / "O’Connor"): one spelling.
_ONE_APOSTROPHE = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def near(a: str, b: str) -> bool:
    """Whether two different surnames are near-identical spellings (not plural or possessive).
    Two that differ only in the apostrophe's form are one spelling, set in two typefaces."""
    # (two ASCII spellings hold none of those apostrophes: equal translated only when equal)
    if a != b and not (a.isascii() and b.isascii()) and a.translate(_ONE_APOSTROPHE) == b.translate(_ONE_APOSTROPHE):
        return False
    fa, fb = fold(a), fold(b)
    if fa == fb or len(fa) < 4 or len(fb) < 4:
        return fa == fb and a != b  # same letters, other accents or case: "Poilièvre"
    if fa[0] != fb[0]:
        return False
    if sound_key(fa) == sound_key(fb):
        return True
    if min(len(fa), len(fb)) < 5:
        return False  # Iraq / Iran, Ruff / Rudd: too short to tell a misspelling from another name
    if fa + "s" == fb or fb + "s" == fa or fa.rstrip("'s") == fb.rstrip("'s"):
        return False
    # Hyphenated given names differ by a whole syllable between relatives (Jong-un, Jong-il).
    limit = 1 if min(len(fa), len(fb)) <= 6 or "-" in fa or "-" in fb else 2
    if abs(len(fa) - len(fb)) > limit:
        return False
    return levenshtein(fa, fb) <= limit


# Words of a role too common in news copy to count as evidence that the story is about
# that person ("minister" is in every political story).
_GENERIC_ROLE_WORDS = frozenset(
    "canadian canada leader minister president later until killed former from party chief officer "
    "general".split()
)


class Person(msgspec.Struct, frozen=True):
    first: str
    last: str
    full: str
    role: str
    titles: frozenset[str]
    role_words: frozenset[str]


class NamesData(msgspec.Struct):
    by_first: dict[str, list[Person]]
    by_initial: dict[str, list[Person]]
    known_last: frozenset[str]
    known_full: frozenset[str]
    person_titles: frozenset[str]
    not_names: frozenset[str]
    surnames: KnownSurnames  # the long surnames indexed for near-miss lookups, built with the pack


@pack_compiler("names", NAMES_SCHEMA)
def compile_names(raw: dict) -> NamesData:
    by_first: dict[str, list[Person]] = {}
    known: set[str] = set()
    for p in raw.get("person", []):
        for name in [p["name"], *p.get("aliases", [])]:
            words = name.split()
            if len(words) < 2:
                continue
            role = p.get("role", "")
            role_words = frozenset(
                w for w in LONG_WORD.findall(role.casefold()) if w not in _GENERIC_ROLE_WORDS
            )
            person_titles = set(p.get("titles", []))
            person_titles.update(t.split()[-1] for t in list(person_titles) if t)  # "Supreme Leader" → "Leader"
            person = Person(words[0], words[-1], p["name"], role, frozenset(person_titles), role_words)
            by_first.setdefault(words[0], []).append(person)
            known.add(fold(f"{words[0]} {words[-1]}"))
    titles = frozenset(raw.get("titles", {}).get("person", []))
    not_names = frozenset(raw.get("not_names", {}).get("words", [])) | SENTENCE_OPENERS | _DAYS | _MONTHS
    by_initial: dict[str, list[Person]] = {}
    for people in by_first.values():
        for person in people:
            by_initial.setdefault(fold(person.last)[:1], []).append(person)
    known_last = frozenset(fold(p.last) for people in by_first.values() for p in people)
    surnames = KnownSurnames(by_initial, fold)
    return NamesData(by_first, by_initial, known_last, frozenset(known), titles, not_names, surnames)


ACCENTS_PACK = "accented_names"
ACCENTS_SCHEMA = {
    "official": {"parties": [str], "institutions": [str], "places": [str], "accepted": [str], "english_forms": [str]},
    "given": {"french": [str], "with_twin": [str]},
}


class AccentData(msgspec.Struct, frozen=True):
    official: OfficialNames
    english_forms: frozenset[str]  # single words English writes without accents by right
    given: dict[str, tuple[str, bool]]  # accent-less form → (accented form, has an English twin)
    accented: frozenset[str]  # every accented form of the pack: evidence that a story keeps accents
    accented_gated: GatedLiterals  # the same forms, each searched only where its accented letter stands


@pack_compiler(ACCENTS_PACK, ACCENTS_SCHEMA)
def compile_accents(raw: dict) -> AccentData:
    off = raw.get("official", {})
    names = [(n, kind) for kind in ("parties", "institutions", "places") for n in off.get(kind, [])]
    english = [*off.get("english_forms", []), *off.get("accepted", [])]
    given: dict[str, tuple[str, bool]] = {}
    g = raw.get("given", {})
    for twin, key in ((False, "french"), (True, "with_twin")):
        for name in g.get(key, []):
            bare = strip_accents(name)
            if bare != name:
                given.setdefault(bare, (name, twin))
    accented = {n for n, _ in names if has_accent(n)} | {a for a, _ in given.values()}
    return AccentData(
        OfficialNames(names, english), frozenset(w for e in english for w in e.split()), given, frozenset(accented),
        GatedLiterals.of(accented),
    )
