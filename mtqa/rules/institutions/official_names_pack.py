"""The ``official_names`` pack (``rules/official_names.toml``): a gazetteer of federal and
provincial bodies, their accepted English names, French names and literal renderings, and the
paraphrase-tool rewordings of those names, compiled for the rules of
mtqa.rules.institutions.official_names.

Apart from the rules so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rules: the rules' triggers read this pack by name
(`mtqa.scan.FromPack`), so their module is imported only when a trigger fires.
"""

from __future__ import annotations

from itertools import combinations, product

import msgspec

from mtqa import jurisdiction
from mtqa.matching import PhraseMatcher
from mtqa.packs import pack_compiler
from mtqa.rules.institutions import near_forms
from mtqa.rules.institutions.renderings import Glossary, UnknownWord, render
from mtqa.text.fold import without_marks

PACK = "official_names"
SCHEMA = {
    "body!": [
        {
            "french!": str,
            "english!": [str],
            "literal": [str],
            "context": str,
            "level": str,
            "kind": str,
            "render": bool,
        }
    ],
    "render": {
        "words": {"*": [str]},
        "adjectives": {"*": [str]},
        "places": {"*": [str]},
        "proper_adjectives": {"*": [str]},
        "heads": [str],
    },
    "spin": [{"word!": str, "spun!": [str]}],
    "spin_extra": {"names": [str], "context": [str]},
}
CONTEXTS = ("canada", "quebec", "federal")


class Body(msgspec.Struct, frozen=True):
    french: str
    english: tuple[str, ...]
    context: str
    kind: str
    level: str = "QC"


class Hit(msgspec.Struct, frozen=True):
    body: Body
    how: str  # "literal", "french" or "english"


def _accent_forms(s: str) -> set[str]:
    """A name with and without the accents English copy may drop (Québec / Quebec)."""
    return {s, s.replace("Québec", "Quebec"), s.replace("Quebec", "Québec"), s.replace("Montréal", "Montreal")}


def _case_slips(s: str) -> set[str]:
    """A literal rendering of two words or more with its first word, or all its words, in
    lowercase ("blue Lounge", "executive council"): engines keep the source's lowercase
    common words inside a name they translate. Only names that hold a word beyond their
    first, so that no single word is ever matched in lowercase."""
    words = s.split(" ")
    if len(words) < 2 or not words[0][:1].isupper():
        return set()
    first_lower = " ".join([words[0][:1].lower() + words[0][1:], *words[1:]])
    return {first_lower, s.lower()} - {s}


class Gazetteer(msgspec.Struct, frozen=True):
    matcher: PhraseMatcher
    firsts: frozenset[str]  # first words of its phrases, for jurisdiction.scan
    spun: PhraseMatcher | None = None  # paraphrase-tool rewordings of the English names → the name
    spun_firsts: frozenset[str] = frozenset()
    spin_context: frozenset[str] = frozenset()  # words that make a one-word spun name ("cupboard") political
    # literal forms of three capitalised words or more by their head, for their slips (near_forms)
    near: dict[str, list[tuple[tuple[str, ...], Hit]]] = {}


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> Gazetteer:
    """One phrase matcher: literal renderings, French names and the accepted English forms.

    English forms are in the table so that a longer accepted name wins over a literal form
    inside it ("Council of Ministers of Education"). A body's literal forms are its
    hand-written ones and its French name rendered word for word (`renderings.render`), less
    any rendering that is accepted English for a body of the gazetteer.
    """
    gloss = Glossary.of(raw.get("render", {}))
    accepted = {_folded(f) for entry in raw["body"] for e in entry["english"] for f in _accent_forms(e)}
    phrases: dict[str, Hit] = {}
    for entry in raw["body"]:
        body = _body(entry)
        # one Hit of each kind a body, shared by its forms: a smaller compiled pack to unpickle
        _add_english_and_french(phrases, body)
        literal = Hit(body, "literal")
        for form in _literal_forms(entry, body, gloss, accepted):
            if form not in phrases:
                phrases[form] = literal
    spun = _spun_names(raw, phrases)
    return Gazetteer(
        PhraseMatcher(phrases), jurisdiction.first_words(phrases),
        PhraseMatcher(spun), jurisdiction.first_words(spun),
        frozenset(w.casefold() for w in raw.get("spin_extra", {}).get("context", [])),
        near_forms.index([(f, h) for f, h in phrases.items() if h.how == "literal"]),
    )


def _body(entry: dict) -> Body:
    """A gazetteer entry as a Body; a context the rules do not know is the pack's error."""
    from mtqa.errors import PackError

    context = entry.get("context", "canada")
    if context not in CONTEXTS:
        raise PackError(PACK, f"context must be one of {', '.join(CONTEXTS)}, not {context!r}")
    return Body(entry["french"], tuple(entry["english"]), context, entry.get("kind", ""), entry.get("level", "QC"))


def _add_english_and_french(phrases: dict[str, Hit], body: Body) -> None:
    """A body's accepted English names (with and without accents; a later body's form wins)
    and its French name, unless that is one word or one of its English names (the first body
    listing it keeps it)."""
    english = Hit(body, "english")
    for e in body.english:
        if e.startswith("the "):
            continue  # a description ("the floor of …") shadows no literal form
        for form in _accent_forms(e):
            phrases[form] = english
    own = {f.casefold() for e in body.english for f in _accent_forms(e)}
    if body.french.casefold() not in own and len(body.french.split()) > 1:
        phrases.setdefault(body.french, Hit(body, "french"))


def _literal_forms(entry: dict, body: Body, gloss: Glossary, accepted: set[str]) -> list[str]:
    """A body's literal forms: its hand-written ones (with accents dropped or added and case
    slips), then its French name rendered word for word, less any accepted English name of
    the gazetteer. A French word the glossary lacks is the pack's error."""
    from mtqa.errors import PackError

    forms: list[str] = []
    for lit in entry.get("literal", []):
        forms.extend(sorted(_accent_forms(lit) | _case_slips(lit)))
    if entry.get("render", True):
        try:
            forms.extend(f for f in rendered(body.french, gloss) if _folded(f) not in accepted)
        except UnknownWord as exc:
            raise PackError(PACK, f"no rendering of {str(exc)!r} in {body.french!r}: "
                                  "add it to [render] or set render = false") from None
    return forms


def rendered(french: str, gloss: Glossary) -> list[str]:
    """A French name's word-for-word renderings, with and without the accents of its places."""
    out: dict[str, None] = {}
    for r in render(french, gloss):
        for form in sorted(_accent_forms(r)):
            out.setdefault(form, None)
    return list(out)


def _folded(s: str) -> str:
    """A name compared without case or accents: a rendering that is an accepted name in
    another spelling ("Supreme Court of Canada") is not a literal form."""
    return without_marks(s.casefold())


_MAX_SWAPS = 2  # a paraphrase tool rewords one or two words of a name ("Query Interval")


def _spun_names(raw: dict, taken: dict) -> dict[str, str]:
    """Every English name with one or two of its words swapped for a paraphrase tool's synonym.

    The names are the gazetteer's English forms and the pack's ``spin_extra.names``; the swaps
    are the pack's ``[[spin]]`` table. A spun form that is itself a name or literal form of
    the gazetteer is left out. The value is the name it rewords.
    """
    swaps: dict[str, list[str]] = {}
    for entry in raw.get("spin", []):
        swaps.setdefault(entry["word"], []).extend(entry["spun"])
    names = [e for b in raw["body"] for e in b["english"] if not e.startswith("the ")]
    names += raw.get("spin_extra", {}).get("names", [])
    out: dict[str, str] = {}
    for name in names:
        words = name.split(" ")
        slots = [i for i, w in enumerate(words) if _base(w) in swaps]
        for n in range(1, min(_MAX_SWAPS, len(slots)) + 1):
            for chosen in combinations(slots, n):
                for forms in product(*(_cased(swaps[_base(words[i])], words[i]) for i in chosen)):
                    new = list(words)
                    for i, form in zip(chosen, forms):
                        new[i] = form + words[i][len(_base(words[i])):]
                    spun = " ".join(new)
                    if spun not in taken and spun != name:
                        out.setdefault(spun, name)
    return out


def _base(word: str) -> str:
    """A name's word without its possessive ("Minister's" → "Minister")."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _cased(forms: list[str], model: str) -> list[str]:
    """The synonyms in the case of the word they replace: Bank → Financial institution, Financial Institution."""
    if not model[:1].isupper():
        return list(forms)
    out = []
    for f in forms:
        for v in (f[:1].upper() + f[1:], " ".join(w[:1].upper() + w[1:] for w in f.split(" "))):
            if v not in out:
                out.append(v)
    return out
