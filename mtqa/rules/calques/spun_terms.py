"""Fixed two-word terms with one word swapped for a thesaurus synonym, as article spinners do.

A paraphrase tool rewrites copy word by word from a thesaurus and does not know that a term
is fixed: *climate change* becomes "climate variety", *interest rate* "interest pace", *prime
minister* "peak minister". Each word is English, so no word list objects; the pair is
what no writer puts together. The table (``rules/spun_terms.toml``) is derived from WordNet
3.0 by ``scripts/build_spun_terms.py``, not from any corpus: two-word noun terms whose words
are frequent and which a language model lists as a strong bigram, the single-word synonyms
from the words' rarer senses, and only the variants that are neither a WordNet term nor a
bigram the model lists. Nothing of WordNet, wordfreq or the model is needed at run time.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.rules.calques.spun_terms_pack import PACK, SpunTerms
from mtqa.scan import FromPack, Phrases
from mtqa.segment import Paragraph

# Characters that glue a variant to its neighbour: then it is part of a name, a compound or an address.
_GLUE = frozenset("-/_@.'’&")
# What may stand before a sentence's first word (after spaces): a variant opening a sentence may be capitalised.
_SENTENCE_OPENERS = frozenset(".!?:;“\"‘'(—–")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence (or of the paragraph)."""
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def glued(text: str, start: int, end: int) -> bool:
    """Whether the phrase at start:end is part of a longer compound, name or address:
    "Press-Jam", "press/jam", "jam.io", or a hyphen spaced out beside it ("mineral - rich water")."""
    if start > 0 and text[start - 1] in _GLUE or text[max(0, start - 3): start].rstrip(" ")[-1:] in ("-", "/"):
        return True
    after = text[end: end + 3].lstrip(" ")
    return bool(after) and after[0] in "-/" or (end < len(text) and text[end] in _GLUE and text[end + 1: end + 2].isalpha())


@rule(
    "calques/spun-term",
    category="Style/Unidiomatic",
    severity=Severity.MINOR,
    status=Status.PREVIEW,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.6,
    triggers=(Phrases("variant", FromPack("variants"), pack=PACK, boundary="letters"),),
)
def spun_term(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A fixed term with one word swapped for a thesaurus synonym ("climate variety" for climate change).

    ## Why it matters
    Article spinners and blind synonym replacement reword a text one word at a time and
    break the terms news is written in: the words are English, the pair is not. A reader
    must guess the term, and an editor sees copy that was reworded to hide its source.
    The terms are WordNet's two-word nouns; the swaps are the synonyms of their words in
    a rarer sense, kept only where the swapped pair is no term and no ordinary phrase of
    English (``scripts/build_spun_terms.py`` says how).

    ## Examples
    bad:  The report warned that [[climate variety->climate change]] threatens the coast.
    bad:  Prices of [[tangible estate->real estate]] rose in Toronto.
    bad:  The bank raised its [[interest pace->interest rate]] again.
    bad:  Analysts expect higher [[interest paces->interest rates]] next year.
    bad:  She called the [[peak minister->prime minister]] after the vote.
    bad:  [[Polite war->civil war]] broke out in 1861, the book says.
    good: The report warned that climate change threatens a variety of crops.
    good: Prices of real estate rose; the tangible value of the estate fell.
    good: The bank raised its interest rate again; rates rose at a rapid pace.
    good: The prime minister spoke at the peak of the crisis; a minister followed.
    good: The Tangible Estate Group and the Peak Minister Award are names, not terms.
    good: Sales of tangible-estate bonds and interest/pace charts are compounds.

    ## Fix safety
    Unsafe: the fixed term is what a spinner most likely replaced; check the sense.

    ## Known issues
    A preview: on the real-copy corpus's tuning half, its signal excerpts and the WMT zh→en
    set it fires nowhere (benchmarks/README.md, "Spun fixed terms from WordNet"), so its
    precision is unmeasured. Only two-word terms, one word swapped: the spinners seen in the
    corpus use a thesaurus of their own and reword terms WordNet does not list (*monetary
    policy* → "financial coverage"). A variant that is ordinary English in another sense is a
    false flag ("a city residence" for *city hall*); the build drops the pairs the language
    model lists and pairs of very common words, not every one.
    """
    data: SpunTerms = ctx.data(PACK)
    text = par.text
    for hit in ctx.hits(par, "variant"):
        s, e = hit.start, hit.end
        if glued(text, s, e):
            continue  # a name or a compound, not the term
        words = text[s:e].split(" ")
        if any(w[:1].isupper() for w in words[1:]) or words[0].isupper() or (
                words[0][:1].isupper() and not opens_sentence(text, s)):
            continue  # capitals inside a sentence: a name ("the Center group", "Blossom Minister Roy")
        term = data.variants[hit.phrase]
        yield ctx.finding(
            par, s, e,
            f"“{text[s:e]}” reads like “{term}” with a word swapped for a synonym",
            suggestions=(term,),
            fix=Fix.unsafe(f"Write “{term}”", term),
        )
