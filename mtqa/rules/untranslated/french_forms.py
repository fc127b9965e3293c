"""French forms an engine passes through capitalised, where the French-words rule (lowercase words,
accents, elisions) does not look: a place's French name and a fronted French pronoun.

An engine takes a capitalised word it does not know for a name and copies it: the French name
of a city or country (``a victim in Barcelone``, ``flights to Californie``) stays French, though
English has its own form one ending away (*Barcelona*, *California*). French also fronts a
stressed pronoun before its clause (``Moi, je pense…``); an engine translates the clause and
keeps the pronoun (``Moi, I think…``). Both are read from the form of the words and from two
well-kept lists, wordfreq's English and French frequencies and the tagger's lexicon of proper
nouns, not from a list of names: a French given name (*Hélène*, *Josée*), a French place English
keeps (*Laval*, *Gaspésie*) and a surname that happens to be spelt like a pronoun stay quiet.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

from mtqa import lexicon, tagging
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.quoted_language import in_foreign_quotation
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph

# French place-name endings and the English ones of the same places: -ie/-ia (Californie,
# Colombie), -ie/-y (Italie, Sicilie), -e/-a (Barcelone, Floride, Genève), -ique/-ica and
# -ique/-ico (Amérique, Mexique), -nne/-n (Lisbonne). French given names take -e where English
# ones take -a (Thérèse, Laure, Angèle), so -e/-a counts only after the endings of places' names
# (-one, -ide, -ane, -ève, -ye); a bare -e (Hélène, Morgane) and -e/-y never do.
_PLACE_ENDINGS = (("ie", "ia"), ("ie", "y"), ("one", "ona"), ("ide", "ida"), ("ane", "ana"), ("ève", "eva"),
                  ("ye", "ya"), ("ique", "ica"), ("ique", "ico"), ("nne", "n"))
# A capitalised word with one of those endings after an English preposition of place, the slot
# where a place stands (a French sentence would have "à", "de", "en" there).
_PLACE_SLOT = lazy(
    r"(?<![\p{L}\p{N}])(?i:in|to|from|for|at|near|across|into|toward|towards|visit|visited|visiting|outside)"
    r"[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]{2,}(?:ie|e|ique|nne))(?![\p{L}\p{M}\p{N}'’\-])"
)
_NEXT_CAPITAL = lazy(r"[ \u00a0]+\p{Lu}")  # a capitalised word after it: a given name before its surname
_EN_RARE = lexicon.COMMON_ZIPF  # the French form is rare in English (a few per ten million words) ...
_FR_COMMON = 3.0  # ... and common in French
_EN_PLACE = 3.5  # the English form is a common word, written as a proper noun


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode()


def english_place(en: lexicon.Lexicon, fr: lexicon.Lexicon, tagger: tagging.Tagger, word: str) -> str | None:
    """The English name of the place whose French name `word` is ("Barcelone" → "Barcelona"), or None.

    `word` is rare in English and common in French; one French place ending undone (accents
    dropped) gives a common English word the tagger knows only as a proper noun.
    """
    low = word.lower()
    if en.zipf(low) >= _EN_RARE or fr.zipf(low) < _FR_COMMON:
        return None
    for end, english_end in _PLACE_ENDINGS:
        if not low.endswith(end) or len(low) - len(end) < 3:
            continue
        cand = _ascii(low[: -len(end)] + english_end)
        proper = cand[:1].upper() + cand[1:]
        if en.zipf(cand) >= _EN_PLACE and tagger.lexicon_tag(proper) == "NNP" and tagger.lexicon_tag(cand) is None:
            return proper
    return None


@rule(
    "untranslated/french-place-name",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def french_place_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A place's French name left in English copy where English has its own (``in Barcelone``, ``to Californie``).

    ## Why it matters
    An engine copies a capitalised word it takes for a name. English readers know the city or
    country by its English name, one ending away, and the French one reads as a misspelling.

    ## Examples
    bad:  Two Canadians were hurt in [[Barcelone->Barcelona]] on Friday, Ottawa said.
    bad:  Snowbirds who fly to [[Floride->Florida]] face new rules, and so do those bound for [[Californie->California]].
    bad:  The team flew home from [[Italie->Italy]] after the final.
    good: Two Canadians were hurt in Barcelona on Friday, Ottawa said.
    good: The ferry runs from Gaspé to Laval, and the tour ends in Gaspésie.
    good: The award went to Hélène Roy; a gift from Thérèse moved her, and a card to Laure.
    good: Amélie Roy thanked her coach. The trophy went to Amélie, who cried.
    good: She wrote « nous partons en Californie », in French.

    ## Fix safety
    Unsafe: the English form is the place's usual English name; a French name English copy
    keeps (a Quebec town that shares it) would be changed too.
    """
    text = par.text
    matches = list(_PLACE_SLOT.finditer(text))
    if not matches:
        return
    en, tg = lexicon.english(), tagging.tagger()
    if en is None:
        raise CheckSkipped(lexicon.MISSING)
    if tg is None:
        raise CheckSkipped(tagging.MISSING)
    fr = lexicon.french()
    if fr is None:
        raise CheckSkipped(lexicon.MISSING)
    for m in matches:
        s, e = m.span(1)
        if _NEXT_CAPITAL.match(text, e) or in_foreign_quotation(ctx, par, s):
            continue
        if regex.search(rf"(?<![\p{{L}}\p{{N}}]){m.group(1)}[ \u00a0]+\p{{Lu}}", ctx.doc.text):
            continue  # the story writes it before a surname elsewhere: a given name ("Virginie Roy")
        english = english_place(en, fr, tg, m.group(1))
        if english:
            yield ctx.finding(par, s, e, f"“{m.group(1)}” is the French name of {english}",
                              fix=Fix.unsafe(f"Write “{english}”", replacement=english))


# French stressed pronouns that are no English word; "nous", "vous" and "elle" are names and titles too.
# Before a clause: a lowercase word or "I" ("Moi, Lolita" is a title)
_FRONTED = lazy(r"(?<![\p{L}\p{N}])(Moi|Toi|Lui|Eux),[ \u00a0]+(?=\p{Ll}|I[ \u00a0'’])")
_OPENS_SENTENCE = lazy(r"(?:^|[.!?:;]|[«“\"‘(\[—–])[ \u00a0\u202f]*$")


@rule(
    "untranslated/fronted-french-pronoun",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def fronted_french_pronoun(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French stressed pronoun left before a translated clause: ``Moi, I think…``, ``Lui, a rookie who…``.

    ## Why it matters
    French puts a stressed pronoun before its clause for emphasis (*Moi, je…*); the engine
    translates the clause and keeps the pronoun, which English readers cannot read.

    ## Examples
    bad:  [[Moi]], I want to win at home, the goalie said.
    bad:  Nobody saw it coming. [[Lui]], a rookie who had never started, scored twice.
    good: Me, I want to win at home, the goalie said.
    good: Coach Andy Lui spoke first. Lui, 52, said the team was ready.
    good: The singer's hit “Moi, Lolita” topped the charts; moi, said the pig.

    ## Known issues
    A surname spelt like a pronoun that the story uses only at a sentence's head, before a
    comma, reads as the pronoun.
    """
    pars = doc.paragraphs
    fronted = [(par, m) for par in pars if "," in par.text for m in _FRONTED.finditer(par.text)
               if _OPENS_SENTENCE.search(par.text, max(0, m.start() - 4), m.start())]
    if not fronted:
        return
    for word in sorted({m.group(1) for _, m in fronted}):
        here = [(par, m) for par, m in fronted if m.group(1) == word]
        used = sum(len(regex.findall(rf"(?<![\p{{L}}\p{{N}}]){word}(?![\p{{L}}\p{{N}}])", par.text)) for par in pars)
        if used > len(here):
            continue  # the story writes it in other slots too: a name ("Coach Andy Lui")
        for par, m in here:
            if regex.match(r",[ \u00a0]+\p{N}", par.text[m.end(1):m.end(1) + 4]):
                continue  # "Lui, 52,": a person's age after a surname
            if not in_foreign_quotation(ctx, par, m.start(1)):
                yield ctx.finding(par, m.start(1), m.end(1), f"French pronoun “{word}” left untranslated before its clause")
