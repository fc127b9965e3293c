"""Grammar: "a" before a vowel sound and "an" before a consonant sound.

English chooses the article by the sound of the next word, which a word-for-word engine or a
paraphrase tool that swaps the word after the article does not redo: ``a extra gradual``
(the spinner swapped "more" for "extra"), ``an major step``. Only lowercase words are judged:
names, acronyms and figures are read aloud in ways spelling does not show (``an MP``, ``a UN
agency``, ``an 11-year-old``). Spelling does not show the sound of some lowercase words either,
so those are left alone: silent *h* (``an hour``, ``an honest``), *u* and *eu* said "you"
(``a university``, ``a euro``), *o* said "w" (``a one-time``).
"""

from __future__ import annotations

from typing import Iterator

from mtqa import pattern_cache
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph
from mtqa.text.articles import wants_an

# Untimed (a timeout costs ~2 µs a call, as much as the search): one character looked behind, the
# article and a space, then one run of letters, apostrophes and hyphens; a match is tried only at
# an "a" or "A", never inside such a run (whose characters the look-behind refuses), so the
# search is linear in the paragraph whatever its text.
_ARTICLE_WORD = pattern_cache.compile(r"(?<![\p{L}\p{N}'’.-])(?P<art>[Aa]n?) (?P<word>\p{Ll}[\p{Ll}'’-]*)")

_SENTENCE_START = lazy(r"(?:^|[.!?:;]['’\"”)]?\s+|^['‘\"“(]|\s['‘\"“(])$")

# French function words: two of them around an "a" make it the French verb, not the article.
_FRENCH_WORDS = lazy(
    r"\b(?:le|la|les|des|du|une|est|que|qui|il|elle|on|pour|avec|dans|sur|nous|vous|ce|cette|pas|ne|et)\b")


def _looks_french(text: str, at: int) -> bool:
    window = text[max(0, at - 60):at + 60]
    return len(_FRENCH_WORDS.findall(window)) >= 2


@rule(
    "grammar/a-or-an",
    # What a finding holds: only lowercase ASCII words are judged, and "a" is wrong only before
    # a vowel letter ("an" before any letter: "an major", "an university").
    triggers=(Pattern("article before a letter", r"[Aa] [aeiou]|[Aa]n [a-z]"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.9,
)
def a_or_an(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"a" before a word that starts with a vowel sound, or "an" before a consonant sound.

    ## Why it matters
    A swapped word after the article leaves the article of the word that was there; the slip
    reads as careless to every reader and marks a paraphrase tool's or an engine's output.

    ## Examples
    bad:  The bank wants [[a extra->an extra]] gradual path for interest rates.
    bad:  She called it [[a important->an important]] step for the province.
    bad:  The minister said it was [[an major->a major]] change.
    good: The bank wants an extra gradual path for interest rates.
    good: She was elected to a university board, a one-time post paid in a euro-denominated fee.
    good: It took an hour, and a historic vote followed; an honest broker, a unique case.
    good: He is an MP, a NDP-backed candidate met a UN agency and an 11-year-old.
    good: The report by A and an X-ray of the site were published; an s-curve, a priori.
    good: It was a unanimous vote for an unidentified man, a usable and a utopian plan.
    good: « Le gouvernement a ouvert la porte », a dit le ministre; « il a accepté ».

    ## Fix safety
    Safe: the article is set for the sound of the word after it.
    """
    for m in _ARTICLE_WORD.finditer(par.text):  # untimed: see _ARTICLE_WORD
        art, word = m.group("art"), m.group("word")
        if not word.isascii():
            continue
        # The article's fit first (a string test): the context is read only around a misfit.
        takes_an = wants_an(word)
        if takes_an is None or takes_an == (len(art) == 2):
            continue
        if _looks_french(par.text, m.start()):
            continue  # French "a" (has) in a quote: "le ministre a annoncé", "il a ouvert"
        if art[0] == "A" and not _SENTENCE_START.search(par.text, 0, m.start()):
            continue  # "Plan A and B", "by A and": a letter, not the article
        right = ("An" if art[0] == "A" else "an") if takes_an else art[0]
        yield ctx.finding(par, m.start(), m.end(),
                          f"“{art}” before “{word}”: write “{right}”",
                          fix=Fix.safe(f"Write “{right} {word}”", f"{right} {word}"))
