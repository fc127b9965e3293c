"""The source's language, guessed from its script and function words (or declared in the document's
metadata), and the word sets of each language that the source rules read.
"""

from __future__ import annotations

from mtqa.patterns import lazy
from mtqa.text.function_words import EN_FUNCTION, FR_FUNCTION

# ---- languages ------------------------------------------------------------------------

# Articles and prepositions that appear in French proper names kept in English copy
# (Université de Montréal, Musée des beaux-arts, Chemin de la Côte-des-Neiges).
FR_NAME_WORDS = frozenset("de la le les du des d l à au aux".split())
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
CJK_RUN = lazy(rf"[{_CJK}]+(?:[\s，。、：；！？“”‘’（）《》「」·\p{{N}}]*[{_CJK}]+)*")
CJK_CHAR = lazy(rf"[{_CJK}]")
WORD_TOKEN = lazy(r"[\p{L}]+(?:[’'-][\p{L}]+)*")


_DE_FUNCTION = frozenset("der die das und ist nicht mit für auf dem den des ein eine sich von zu im sind wird "
                         "wurde auch nach bei aus über".split())
_ES_FUNCTION = frozenset("el los las del y es en que por con para una un se su al como más pero fue este esta "
                         "son sus".split())
_CYRILLIC = lazy(r"\p{Cyrillic}")
_KANA = lazy(r"[\p{Hiragana}\p{Katakana}]")
LANGUAGES = ("zh", "ja", "ru", "fr", "de", "es", "en")


def source_language(text: str) -> str:
    """The source's language from its script and function words: zh, ja, ru, fr, de, es or en."""
    head = text[:20000]
    cjk = len(CJK_CHAR.findall(head))
    if cjk > 20 or (cjk and cjk * 4 > len(head)):
        return "ja" if len(_KANA.findall(head)) * 10 > cjk else "zh"
    letters = sum(1 for c in head if c.isalpha()) or 1
    if len(_CYRILLIC.findall(head)) * 2 > letters:
        return "ru"
    counts = {"fr": 0, "de": 0, "es": 0, "en": 0}
    for m in WORD_TOKEN.finditer(head):
        w = m.group().casefold()
        if w in FR_FUNCTION and w not in ("a", "on", "en", "la", "le", "les", "de", "des", "du", "que", "est"):
            counts["fr"] += 1
        if w in _DE_FUNCTION:
            counts["de"] += 1
        if w in _ES_FUNCTION and w not in ("en", "que", "la", "de"):
            counts["es"] += 1
        if w in EN_FUNCTION:
            counts["en"] += 1
        elif w in ("le", "les", "des", "du", "est"):
            counts["fr"] += 1
    for chars, lang in (("ñ¿¡", "es"), ("ßäöü", "de"), ("çœèêàù", "fr")):
        counts[lang] += 2 * sum(head.count(c) for c in chars)
    best = max(counts, key=lambda k: (counts[k], k == "en"))
    return best if counts[best] > counts["en"] else "en"


def language_of(doc) -> str:
    """The source language a bilingual file declares (fr-CA → fr), or the one detected."""
    declared = ((doc.meta or {}).get("source_lang") or "").replace("_", "-").split("-")[0].lower()
    return declared if declared in LANGUAGES else source_language(doc.source or "")


def known_language(doc) -> str | None:
    """The source's language where it is known: declared, or detected as one of zh, ja, ru, fr, de, es.

    None where detection cannot tell: it falls back to en when no language's words outweigh English
    ones (a short or unusual source), and mtqa checks translations *into* English, whose sources
    the bilingual readers refuse to declare English."""
    lang = language_of(doc)
    return None if lang == "en" else lang
