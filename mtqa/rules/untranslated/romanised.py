"""Romanised Mandarin left as a common noun: ``after eating jiaozi``, ``the guanxi of officials``.

An engine translating from Chinese writes a word it cannot render in pinyin, as it writes
names; in lowercase it is no name but an untranslated word. A lowercase word that reads as
pinyin (`mtqa.text.pinyin`), that English word lists know at most as rare (wordfreq) and that
no English dictionary lists (the tagger's lexicon and lemminflect's tables) or builds the
regular ways (`nonwords`' forms) is reported. Capitalised pinyin is a name and stays quiet, as
does a word the copy glosses in brackets (``hukou (household registration)``, ``dumplings
(jiaozi)``) or quotes in a post or block quotation.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import lexicon, tagging
from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.quoted_language import in_foreign_quotation
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.rules.nonwords.rules import closed_compound, derivable
from mtqa.segment import Paragraph
from mtqa.text.pinyin import reads_as_pinyin

# A lowercase ASCII word of five letters or more standing on its own (not in an address, a
# handle, a file name or a hyphenated compound).
_WORD = lazy(r"(?<![\p{L}\p{M}\p{N}_@#/\\.'’\-])[a-z]{5,}(?![\p{L}\p{M}\p{N}_@#/\\'’\-]|\.[A-Za-z0-9])")
_GLOSS_AFTER = lazy(r"[ \u00a0]*[(\[]")
_GLOSS_BEFORE = lazy(r"[(\[][ \u00a0]*$")
_RARE = lexicon.COMMON_ZIPF


def untranslated_pinyin(lex: lexicon.Lexicon, tagger: tagging.Tagger, word: str) -> bool:
    """Whether lowercase `word` is pinyin that English does not use: rare or unlisted, in no
    dictionary, not a regular form of an English word, and read as pinyin."""
    if lex.zipf(word) >= _RARE or tagger.readings(word) or tagger.lexicon_tag(word) is not None:
        return False
    if derivable(lex, word) or closed_compound(lex, word):
        return False  # "remixing", "singalong": English built the regular ways
    return reads_as_pinyin(word)


@rule(
    "untranslated/pinyin-word",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def pinyin_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Mandarin word left in pinyin as a common noun: ``after eating jiaozi``, ``the guanxi between them``.

    ## Why it matters
    The engine wrote the word in pinyin instead of translating it; English readers meet a
    foreign word with no gloss.

    ## Examples
    bad:  Families gathered to eat [[jiaozi]] on the eve of the festival.
    bad:  Business there runs on [[guanxi]], a trader said.
    good: Families gathered to eat dumplings on the eve of the festival.
    good: Families gathered to eat dumplings (jiaozi) and watch the gala.
    good: Business there runs on guanxi (personal connections), a trader said.
    good: Premier Li Qiang met Zhang Xiaoming in Guangxi; the banana crop was on the agenda.
    good: The band remixing old songs played on, and the banana crop grew.
    """
    text = par.text
    words = {m.group() for m in _WORD.finditer(text)}
    if not words:
        return
    lex, tg = lexicon.english(), tagging.tagger()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    if tg is None:
        raise CheckSkipped(tagging.MISSING)
    rare = lex.uncommon(words)
    suspects = {w for w in rare if untranslated_pinyin(lex, tg, w)}
    if not suspects:
        return
    for m in _WORD.finditer(text):
        if m.group() not in suspects:
            continue
        s, e = m.span()
        if _GLOSS_AFTER.match(text, e) or _GLOSS_BEFORE.search(text, max(0, s - 3), s):
            continue  # glossed: "hukou (household registration)", "dumplings (jiaozi)"
        if in_foreign_quotation(ctx, par, s):
            continue
        yield ctx.finding(par, s, e, f"“{m.group()}” looks like Mandarin left in pinyin: translate it")
