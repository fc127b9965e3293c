"""The ``outlets`` pack (``rules/outlets.toml``): newspapers' and broadcasters' names as an engine
renders them word for word, and the place words that tell their country, compiled for
`publications/translated-name` (mtqa.rules.publications.outlets).

Apart from the rule so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rule: the rule's triggers read this pack by name
(`mtqa.scan.FromPack`), so its module is imported only when one of them fires.
"""

from __future__ import annotations

import msgspec

from mtqa import jurisdiction
from mtqa.matching import PhraseMatcher
from mtqa.packs import pack_compiler

PACK = "outlets"
SCHEMA = {
    "outlet!": [{"name!": str, "country!": str, "literal!": [str], "ambiguous": bool, "unless": [str]}],
    "places": {"*": [str]},
}


class Outlet(msgspec.Struct, frozen=True):
    name: str
    country: str
    ambiguous: bool
    article: bool  # the literal form starts with "The" ("The Press"); "Press" alone is not it
    unless: tuple[str, ...] = ()  # words pointing to another outlet of that name
    inflected: bool = False  # the name itself with a German case ending ("Süddeutschen Zeitung")


class Outlets(msgspec.Struct):
    literals: PhraseMatcher  # literal form -> list of Outlet (one form may render several names)
    places: PhraseMatcher  # place word -> country code
    literal_firsts: frozenset[str]
    place_firsts: frozenset[str]


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> Outlets:
    # keyed by the form without its article, so that "the" is never a word to look for
    forms: dict[str, list[Outlet]] = {}
    for entry in raw["outlet"]:
        for lit in entry["literal"]:
            article = lit.startswith("The ")
            core = lit[4:] if article else lit
            outlet = Outlet(entry["name"], entry["country"], entry.get("ambiguous", False), article,
                            tuple(entry.get("unless", [])))
            forms.setdefault(core, []).append(outlet)
        if entry["country"] in _GERMAN:
            for form in _inflected(entry["name"]):
                forms.setdefault(form, []).append(Outlet(entry["name"], entry["country"], False, False, (), True))
    places: dict[str, list[str]] = {}
    for country, words in raw.get("places", {}).items():
        for w in words:
            places.setdefault(w, []).append(country)
    return Outlets(PhraseMatcher(forms), PhraseMatcher(places), jurisdiction.first_words(forms),
                   jurisdiction.first_words(places))


_GERMAN = frozenset({"DE", "AT", "CH"})
_CASE_ENDINGS = ("r", "n", "s", "m")


def _inflected(name: str) -> list[str]:
    """A German masthead with its adjectives declined as a German sentence declines them.

    "die Süddeutsche Zeitung" is "der Süddeutschen Zeitung" after a German preposition;
    an engine that keeps the name keeps the case ending too. The masthead's form ends its
    adjectives in -e; a name with -er, -en, -es or -em there is the sentence's, not the paper's.
    """
    words = name.split(" ")
    out = []
    for i, w in enumerate(words[:-1]):
        if len(w) > 3 and w.endswith("e") and w[:1].isupper():
            for ending in _CASE_ENDINGS:
                out.append(" ".join(words[:i] + [w + ending] + words[i + 1:]))
    return out
