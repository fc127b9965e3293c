"""French proper names inside English copy: ``the Regroupement des éleveuses et des éleveurs franco-manitobains``.

Canadian copy names Quebec and francophone bodies in French, and such a name carries lowercase
French words (``éleveuses``, ``franco-manitobains``) and French particles (``des``, ``et des``)
that no English list knows. They are the body's name, not words an engine left untranslated,
so the rules that look for French leftovers and non-words skip them. The form is a capitalised
word in mid-sentence (the name's head: ``Regroupement``, ``Conseil``, ``Fédération``) followed
at once (or after one French adjective: ``Centre québécois du ...``, ``Institut national de ...``)
by a French particle, then words, each further particle followed by one or two words; or, as
French capitalises a name's first word only, a head, one lowercase word of any kind and its
particles, up to a capitalised word that ends the name (``the Prix créateurs d’emplois du Québec``).
A capitalised word that starts a sentence or a line is no evidence of a name (``Photo
d’archives`` opening a caption is a leftover), and a lowercase head never is (``ministère de
la Santé``) -- unless the same copy already names the body so in mid-sentence: a release that
cites ``the Bureau de protection civile de Laval`` and signs off with that name alone on its
contact line names it twice (`names_used_in_prose`, passed as `known`).
"""

from __future__ import annotations

from typing import Callable

from mtqa import pattern_cache
from mtqa.analysis import analysis

_SPACE = r"[ \u00a0]"
_PARTICLE = (rf"(?:et{_SPACE}des|et{_SPACE}du|et{_SPACE}de{_SPACE}la|et{_SPACE}de|de{_SPACE}la|de{_SPACE}l['’]|"
             r"des|du|de|d['’]|aux|à|et)")
_WORD = r"[\p{L}\p{M}][\p{L}\p{M}\-'’]*"
# A French adjective the head may take before its first particle (Centre québécois du ..., Institut
# national de ..., Conseil supérieur de ...): a word with an ending of French adjectives.
_ADJECTIVE = r"\p{Ll}[\p{L}\p{M}]*(?:ois|oise|ais|aise|al|ale|aux|ique|ien|ienne|ier|ière|eur|eure|if|ive|el|elle)"
_FRENCH_NAME = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}'’\-])\p{{Lu}}[\p{{L}}\p{{M}}]+(?:{_SPACE}{_ADJECTIVE}(?![\p{{L}}\p{{M}}]))?"
    rf"(?:{_SPACE}{_PARTICLE}(?:{_SPACE}|(?<=['’])){_WORD}(?:{_SPACE}(?!{_PARTICLE}{_SPACE})\p{{Ll}}[\p{{L}}\p{{M}}\-]*)?)+"
)
# A name that French capitalises on its first word only, running from its head through one lowercase
# word and its particles to a capitalised place or body at its end: "Prix créateurs d’emplois du
# Québec". The lowercase word may be any (a plural noun, "créateurs", that the adjective slot above
# does not take), since the capitalised end vouches for a name; a run that ends in lowercase words
# ("the Quebec travailleurs de la construction") is not one.
_FRENCH_NAME_TO_PLACE = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}'’\-])\p{{Lu}}[\p{{L}}\p{{M}}]+{_SPACE}\p{{Ll}}[\p{{L}}\p{{M}}\-]+"
    rf"(?:{_SPACE}{_PARTICLE}(?:{_SPACE}|(?<=['’]))\p{{Ll}}[\p{{L}}\p{{M}}\-]*)*"
    rf"{_SPACE}{_PARTICLE}(?:{_SPACE}|(?<=['’]))\p{{Lu}}[\p{{L}}\p{{M}}\-]+"
)
# What may stand just before a sentence's or a line's first word.
_OPENING = pattern_cache.compile(r"(?:^|[.!?:;«“\"(\[\n]\s*|\n)$")


def french_name_spans(text: str, known: Callable[[], frozenset[str]] | None = None) -> list[tuple[int, int]]:
    """The spans of `text` that are French proper names headed by a capitalised word in
    mid-sentence (see the module docstring); at a sentence's or a line's start, only the
    stretch that is one of the `known` names (those the copy uses in mid-sentence). `known` is
    asked only when a candidate opens a line or a sentence, which is rare: the names are a
    whole-document analysis."""
    if " d" not in text and " à" not in text and " et" not in text:
        return []
    spans = []
    for pattern in (_FRENCH_NAME, _FRENCH_NAME_TO_PLACE):
        for m in pattern.finditer(text):
            if not _OPENING.search(text, max(0, m.start() - 3), m.start()):
                spans.append(m.span())
            elif known is not None:
                spans.extend((m.start(), m.start() + len(name)) for name in known()
                             if text.startswith(name, m.start()) and _ends_at_word(text, m.start() + len(name)))
    return spans


def _ends_at_word(text: str, end: int) -> bool:
    """Whether a word ends at `end` (the name is not the head of a longer word)."""
    return end == len(text) or not (text[end].isalnum() or text[end] in "'’-")


@analysis("french-names-in-prose")
def names_used_in_prose(doc) -> frozenset[str]:
    """The French names of bodies the copy writes in mid-sentence, where their capitalised head
    proves them names: the same name opening a line elsewhere (a contact block's signature) is
    that name again, not a leftover."""
    names: set[str] = set()
    for par in doc.paragraphs:
        text = par.text
        names.update(text[s:e] for s, e in french_name_spans(text))
    return frozenset(names)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)
