"""French names of institutions rendered word for word into English, as translation engines do.

An engine that does not know a body keeps the French name's order and translates each word:
``Institut national de santé publique du Québec`` becomes "National Institute of Public Health
of Quebec", ``ministre de la Sécurité publique`` "Minister of Public Security" or "Public
Security Minister". The gazetteer (`official_names`) lists each body's French name; this module
makes its wrong renderings from it, so that a new body needs no hand-written list. What an
engine does, and so what `render` does:

* the words keep their order, except an adjective after its noun, which English puts before it
  (``santé publique`` → "Public Health", ``Agence spatiale canadienne`` → "Canadian Space Agency");
* ``de``, ``du``, ``des`` → "of", with the article kept ("of the") or dropped ("of"), never before
  a place ("of Quebec"), nor after a minister or ministry (the titles family flags "Minister of
  the Health"); ``à``, ``au``, ``aux`` → "to" or "for"; ``et`` → "and"; ...;
* each word has one or more renderings (``ministère`` → "Ministry", "Department");
* a name that ends on its place may also open on it ("Quebec Society of Alcohols"), and a
  minister or ministry may follow its portfolio ("Public Security Minister");
* the capitalised form, and, where a place or a proper adjective keeps a capital, a lowercase one
  ("Canadian allocation for children").

The glossary (which words, which renderings) is the pack's ``[render]`` table. Which renderings
become literal forms is the compiler's business: not those that are the body's (or another
body's) accepted English.
"""

from __future__ import annotations

from itertools import islice, product

import msgspec

# French function words and what an engine puts for them (the first is the usual one).
_PREPOSITIONS = {"de": ("of",), "à": ("to", "for"), "en": ("in",), "pour": ("for",), "sur": ("on",),
                 "contre": ("against",), "et": ("and",), "chez": ("at",), "dans": ("in",)}
_ARTICLES = frozenset({"le", "la", "les"})
_CONTRACTIONS = {"du": ("de", "le"), "des": ("de", "les"), "au": ("à", "le"), "aux": ("à", "les")}
_ELIDED = ("l'", "d'", "l’", "d’")
_MAX_RENDERINGS = 64  # per name: the product of its words' renderings is cut there


class Glossary(msgspec.Struct, frozen=True):
    """The pack's ``[render]`` table: French words or phrases (lowercase) and their renderings."""

    words: dict[str, tuple[str, ...]]  # nouns and other words that keep their place
    adjectives: dict[str, tuple[str, ...]]  # follow their noun in French; English puts them before
    places: dict[str, tuple[str, ...]]  # proper nouns: no article before them, capitals kept
    proper_adjectives: dict[str, tuple[str, ...]]  # canadien → Canadian: an adjective with a capital
    heads: frozenset[str]  # ministre, ministère: also rendered after their portfolio

    @classmethod
    def of(cls, raw: dict) -> Glossary:
        def table(key: str) -> dict[str, tuple[str, ...]]:
            return {k.casefold(): tuple(v) for k, v in raw.get(key, {}).items()}

        return cls(table("words"), table("adjectives"), table("places"), table("proper_adjectives"),
                   frozenset(h.casefold() for h in raw.get("heads", [])))


class UnknownWord(ValueError):
    """A word of a French name the glossary has no rendering for."""


class _Token(msgspec.Struct, frozen=True):
    kind: str  # "art", "prep", "noun", "adj", "place", "padj"
    french: str
    options: tuple[str, ...]
    comma: bool = False  # a comma followed it in the French name


def _split(french: str) -> list[tuple[str, bool]]:
    """The name's words, lowercase, elisions and contractions undone, with a flag for a comma after."""
    out: list[tuple[str, bool]] = []
    for raw in french.split():
        comma = raw.endswith(",")
        word = raw.rstrip(",")
        low = word.casefold()
        for el in _ELIDED:
            if low.startswith(el) and len(low) > len(el):
                out.append(("le" if el[0] == "l" else "de", False))
                word, low = word[len(el):], low[len(el):]
                break
        if low in _CONTRACTIONS:
            out.extend((w, False) for w in _CONTRACTIONS[low])
            if comma:
                out[-1] = (out[-1][0], True)
            continue
        out.append((low, comma))
    return out


def _tokens(french: str, gloss: Glossary) -> list[_Token]:
    """The name's words classed and glossed, the longest glossary phrase first."""
    words = _split(french)
    out: list[_Token] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            phrase = " ".join(w for w, _c in words[i : i + n])
            comma = words[i + n - 1][1]
            for kind, table in (("place", gloss.places), ("padj", gloss.proper_adjectives),
                                ("adj", gloss.adjectives), ("noun", gloss.words)):
                if phrase in table:
                    out.append(_Token(kind, phrase, table[phrase], comma))
                    break
            else:
                if n == 1 and phrase in _ARTICLES:
                    out.append(_Token("art", phrase, ("the",), comma))
                elif n == 1 and phrase in _PREPOSITIONS:
                    out.append(_Token("prep", phrase, _PREPOSITIONS[phrase], comma))
                elif n == 1:
                    raise UnknownWord(phrase)
                else:
                    continue
            i += n
            break
    return out


def _english_order(toks: list[_Token]) -> list[_Token]:
    """Adjectives that follow their noun moved before it, the last one first
    (``Agence spatiale canadienne`` → Canadian Space Agency); adjectives joined by ``et`` keep
    their order (``criminelles et pénales`` → Criminal and Penal)."""
    out: list[_Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "noun" and not t.comma:
            j = i + 1
            while j < len(toks) and not toks[j - 1].comma:
                if toks[j].kind in ("adj", "padj"):
                    j += 1
                elif (toks[j].french == "et" and j > i + 1 and j + 1 < len(toks)
                      and toks[j + 1].kind in ("adj", "padj")):
                    j += 1  # "poursuites criminelles et pénales" → Criminal and Penal Prosecutions
                else:
                    break
            if j > i + 1:
                adjs = toks[i + 1 : j]
                if any(a.french == "et" for a in adjs):
                    ordered = adjs
                else:
                    ordered = adjs[::-1]
                # the comma after the last adjective stays at the end of the group
                out.extend(msgspec.structs.replace(a, comma=False) for a in ordered)
                out.append(msgspec.structs.replace(t, comma=toks[j - 1].comma))
                i = j
                continue
        out.append(t)
        i += 1
    return out


def _drop_articles(toks: list[_Token], keep: bool) -> list[_Token]:
    """Articles kept ("of the Treasury") or dropped ("of Treasury"); never before a place or at the start."""
    out = []
    for i, t in enumerate(toks):
        if t.kind == "art":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not keep or i == 0 or nxt is None or nxt.kind == "place":
                continue
        out.append(t)
    return out


def _spell(toks: list[_Token], choice: tuple[str, ...], lower: bool) -> str:
    words = []
    for t, w in zip(toks, choice):
        if lower and t.kind in ("noun", "adj"):
            w = w.lower()
        words.append(w + ("," if t.comma else ""))
    return " ".join(words).rstrip(",")


def _spellings(toks: list[_Token]) -> list[tuple[str, bool]]:
    """Every spelling of a token sequence (capitalised; lowercase too where a proper word keeps
    a capital and the name has four words or more): (text, is_lowercase). None for one word,
    nor for two without a proper word: those are words of prose, not a name."""
    out: list[tuple[str, bool]] = []
    proper = any(t.kind in ("place", "padj") for t in toks)
    if len(toks) < 2 or (len(toks) == 2 and not proper):
        return out  # "Public Security", "Health": words, not a name
    for choice in islice(product(*(t.options for t in toks)), _MAX_RENDERINGS):
        out.append((_spell(toks, choice, False), False))
        if proper and len(toks) >= 4:  # "the police service of Toronto" is prose
            out.append((_spell(toks, choice, True), True))
    return out


def render(french: str, gloss: Glossary) -> list[str]:
    """The word-for-word renderings of a French name, in a stable order, without repeats.

    Raises UnknownWord for a word the glossary does not gloss.
    """
    toks = _english_order(_tokens(french, gloss))
    shapes: list[list[_Token]] = []
    # "Minister of the Health": an article before a minister's portfolio is the titles family's
    # to flag (titles/french-order-title), so a minister or ministry is rendered without it
    headed = bool(toks) and toks[0].french in gloss.heads
    for keep in ((False,) if headed else (True, False)):
        shape = _drop_articles(toks, keep)
        shapes.append(shape)
        # "… de <place>" → "<place> …": the place before the rest
        if (len(shape) >= 3 and shape[-1].kind == "place" and shape[-2].french == "de"
                and shape[-3].french != "ville"):  # but not "City of Montreal"
            shapes.append([shape[-1], *shape[:-2]])
        # "ministre de <portfolio>" → "<portfolio> Minister"
        if len(shape) >= 3 and shape[0].french in gloss.heads and shape[1].french == "de":
            rest = shape[2:]
            if rest and rest[0].kind == "art":
                rest = rest[1:]
            if rest and all(t.kind != "prep" for t in rest):
                shapes.append([*rest, shape[0]])
    seen: dict[str, None] = {}
    for shape in shapes:
        for text, _lower in _spellings(shape):
            seen.setdefault(text, None)
    return list(seen)
